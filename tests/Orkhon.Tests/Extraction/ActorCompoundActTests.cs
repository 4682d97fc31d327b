using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Acts told in an actor-adjective compound (<c>ActorCompoundActs</c>): a mediation ("a U.S.-brokered truce between Israel
/// and Hamas") and a project paid for ("a Chinese-funded railway in Kenya"); and the rows of the p23-senses-a block. Hard negatives: compounds that name no act
/// between two parties.
/// </summary>
public sealed class ActorCompoundActTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    private static string Show(List<EventMention> events) => string.Join("; ", events.Select(e => $"{e.Source.Code}->{e.Target.Code} {e.Cameo.Value}"));

    private static void AssertHas(string text, string source, string target, string cameo)
    {
        var events = Extract(text);
        Assert.True(events.Any(e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value == cameo), Show(events));
    }

    [Theory]
    [InlineData("A U.S.-brokered ceasefire between Israel and Lebanon took effect on Wednesday.", "USA", "ISR", "LBN")]
    [InlineData("Armenia and Azerbaijan on Friday accepted a Russian-mediated truce along their border.", "RUS", "ARM", "AZE")]
    [InlineData("The Qatar-brokered prisoner swap between Iran and the United States was completed in September 2023.", "QAT", "IRN", "USA")]
    [InlineData("The UN-sponsored talks between Armenia and Azerbaijan resumed in Geneva on Monday.", "UN", "ARM", "AZE")]
    public void AMediatorsCompound_MediatesToEachSide(string text, string mediator, string first, string second)
    {
        AssertHas(text, mediator, first, "045");
        AssertHas(text, mediator, second, "045");
    }

    [Theory]
    [InlineData("The Chinese-funded railway in Kenya opened to passengers in 2017.", "CHN", "KEN")]
    [InlineData("Japan-financed hospitals in Mongolia treated thousands of patients last year.", "JPN", "MNG")]
    [InlineData("Laos's Chinese-funded railway carried a million passengers in 2022.", "CHN", "LAO")]
    [InlineData("A Japan-backed project in Mongolia trained 300 teachers in 2019.", "JPN", "MNG")]
    [InlineData("A Chinese-sponsored dam in Cambodia began producing power in 2013.", "CHN", "KHM")]
    public void AFundersCompound_BeforeAProjectInAState_IsAid(string text, string funder, string host) =>
        AssertHas(text, funder, host, "070");

    [Theory]
    [InlineData("Chinese-made cars flooded the Russian market in 2023.")]
    [InlineData("A state-owned bank in Mongolia raised its rates in 2022.")]
    [InlineData("The US-born writer moved to Kenya in 2010.")]
    [InlineData("Iran-backed militias in Iraq held a rally in Baghdad on Friday.")]
    [InlineData("The Chinese-funded railway opened to passengers in 2017.")]
    [InlineData("A Turkish-brokered exhibition of carpets opened in Baku on Monday.")]
    public void ACompoundNamingNoActBetweenTwoParties_GivesNoCompoundEvent(string text) =>
        Assert.DoesNotContain(Extract(text), e => e.LexiconEntry is "compound-mediation" or "compound-funding");

    [Fact]
    public void AFundersCompoundInItsOwnState_IsNoAid() =>
        Assert.DoesNotContain(Extract("The Chinese-funded railway in China opened in 2017."), e => e.Cameo.Value == "070");

    [Theory]
    [InlineData("Iran let go two French nationals in May 2023.", "IRN", "FRA", "0841")]
    [InlineData("Venezuela let go six American detainees on Saturday.", "VEN", "USA", "0841")]
    [InlineData("Germany supplied Ukraine with air-defence systems in October 2022.", "DEU", "UKR", "072")]
    [InlineData("Iran has provided Russia with drones since 2022.", "IRN", "RUS", "072")]
    [InlineData("Japan bankrolled the construction of a new airport in Mongolia in 2016.", "JPN", "MNG", "070")]
    [InlineData("India paid for a new oil refinery in Mongolia in 2018.", "IND", "MNG", "070")]
    public void TheBlocksRows_CodeTheirSenses(string text, string source, string target, string cameo) =>
        AssertHas(text, source, target, cameo);

    [Theory]
    [InlineData("The Russian coach let go three players before the match.")]
    [InlineData("Russia will pay for the war in Ukraine, the minister said.")]
    [InlineData("Germany supplied Ukraine's hospitals with generators in 2023.")]
    public void TheBlocksRows_LeaveOtherSensesUncoded(string text) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.Value is "0841" or "072" or "070");

    [Fact]
    public void AMediatorsCompoundWithItsOwnYear_TakesThatYear()
    {
        var events = Extract("Israel and Morocco on Tuesday marked the anniversary of the 2020 U.S.-brokered accords between Israel and Morocco.");
        Assert.Contains(events, e => e.Source.Code == "USA" && e.Target.Code == "MAR" && e.Cameo.Value == "045" && e.Date.ToString()!.StartsWith("2020", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Iran confirmed in March 2023 that it had arrested two British nationals.", "IRN", "GBR")]
    [InlineData("Russia acknowledged that it had expelled two Estonian diplomats in 2023.", "RUS", "EST")]
    [InlineData("China confirmed it had detained a Japanese businessman in March 2023.", "CHN", "JPN")]
    public void AStateConfirmingItsOwnAct_AcknowledgesIt(string text, string source, string target) =>
        AssertHas(text, source, target, "015");

    [Theory]
    [InlineData("Ukraine confirmed that Russian forces had shelled Kharkiv on Monday.")]
    [InlineData("Iran denied on Monday that it had arrested two British nationals.")]
    [InlineData("Russia said it had expelled two Estonian diplomats in 2023.")]
    [InlineData("China confirmed that Japan had detained a Chinese captain in 2010.")]
    public void AnotherStatesActOrAnUnadmittedOne_IsNoAcknowledgement(string text) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.Value == "015");

    [Theory]
    [InlineData("A prisoner exchange between Russia and Ukraine was carried out in May 2025.", "RUS", "UKR")]
    [InlineData("The swap of captives between Armenia and Azerbaijan ended in December 2023.", "ARM", "AZE")]
    public void ASwapOfCaptivesBetweenTwoStates_IsARelease(string text, string first, string second)
    {
        AssertHas(text, first, second, "0841");
        AssertHas(text, second, first, "0841");
    }

    [Theory]
    [InlineData("Talks on a prisoner swap between Russia and Ukraine could resume next month.")]
    [InlineData("An exchange of views between Russia and Ukraine took place in Istanbul in 2022.")]
    public void ASwapOnlyHopedForOrAnExchangeOfViews_IsNoRelease(string text) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.Value == "0841");
}
