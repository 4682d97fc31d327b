using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Mediation credited to a third party in words beyond "mediated" and "brokered" (rows <c>p29-mediate-*</c>): a state that
/// secured or negotiated a deal between two others, "helped secure" a truce, "facilitated" an exchange, or lent its "good
/// offices" mediated it, 045 to each side (the README: a mediator gives 045 to each party). Sentences of our own, in agency
/// and newspaper styles, with hard negatives.
/// </summary>
public sealed class ThirdPartyMediationTests
{
    private static List<string> Codes(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 5, 10)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("Egypt helped secure the truce between Israel and Hamas.", "EGY>ISR 045", "EGY>PSE 045")]
    [InlineData("Qatar and Egypt helped negotiate a ceasefire between Israel and Hamas on Wednesday.", "QAT>ISR 045", "EGY>PSE 045")]
    [InlineData("The United States secured a peace agreement between Armenia and Azerbaijan in August.", "USA>ARM 045", "USA>AZE 045")]
    [InlineData("Washington negotiated a truce between Kyrgyzstan and Tajikistan last year.", "USA>KGZ 045", "USA>TJK 045")]
    [InlineData("Russia and Ukraine swapped 95 prisoners each on Friday in an exchange facilitated by the United Arab Emirates.", "ARE>RUS 045", "ARE>UKR 045")]
    [InlineData("The Emirates facilitated the exchange of prisoners between Russia and Ukraine.", "ARE>RUS 045", "ARE>UKR 045")]
    [InlineData("Iran and Saudi Arabia restored diplomatic ties in 2023 through Oman's good offices.", "OMN>IRN 045", "OMN>SAU 045")]
    public void AThirdPartyThatBroughtTheSidesTogether_MediatedBetweenThem(string text, string first, string second)
    {
        var codes = Codes(text);
        Assert.Contains(first, codes);
        Assert.Contains(second, codes);
    }

    // A mediator that secured a deal between others signed nothing itself.
    [Fact]
    public void ADealSecuredBetweenOthers_IsNoSigningOfTheMediator() =>
        Assert.DoesNotContain(Codes("The United States secured an agreement between Armenia and Azerbaijan."), c => c.EndsWith(" 057", StringComparison.Ordinal));

    // Good offices offered are an offer to mediate (039), not a mediation.
    [Fact]
    public void GoodOfficesOffered_AreAnOfferToMediate()
    {
        var codes = Codes("Switzerland offered its good offices to Iran and the United States.");
        Assert.Contains("CHE>IRN 039", codes);
        Assert.DoesNotContain(codes, c => c.EndsWith(" 045", StringComparison.Ordinal));
    }

    // Hard negatives: a deal of one's own, help with money, trade made easier, an offer to mediate.
    [Theory]
    [InlineData("The United States and Japan secured a deal on chips.")]
    [InlineData("Kazakhstan helped secure funding for the project from the World Bank.")]
    [InlineData("The new visa rules facilitated travel between Mongolia and Kazakhstan.")]
    [InlineData("Ukraine secured a pledge from Germany to send more tanks.")]
    [InlineData("Turkey offered to mediate between Russia and Ukraine.")]
    [InlineData("Armenia negotiated a peace deal with Azerbaijan in 2024.")]
    public void NoThirdPartyBroughtTheSidesTogether_IsNoMediation(string text) =>
        Assert.DoesNotContain(Codes(text), c => c.EndsWith(" 045", StringComparison.Ordinal));
}
