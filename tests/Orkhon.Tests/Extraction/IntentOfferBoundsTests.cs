using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Offers and agreements that are no intent to cooperate (root 03; branch p24-intent): a state that offers itself (as a
/// venue, a host, a mediator) offers nothing to the party named near it; condolences offered are no intent (the
/// condolence rows code them when the bereaved follows "to" or "over"); and agreeing to another party's demands or ultimatum is yielding (083), while
/// agreeing to a deal's own terms stays an agreement.
/// </summary>
public sealed class IntentOfferBoundsTests
{
    private static string[] Summary(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 6, 1)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("Kazakhstan offered Mongolia access to its Caspian port in 2024.", "KAZ>MNG 030")] // the recipient after the verb
    [InlineData("Armenia offered Azerbaijan a new draft of the peace treaty on Tuesday.", "ARM>AZE 030")]
    [InlineData("On Monday Turkey offered Sweden talks on its membership bid.", "TUR>SWE 030")]
    public void AnOfferToANamedParty_IsStillAnIntent(string text, string expected) =>
        Assert.Contains(expected, Summary(text));

    [Theory]
    [InlineData("Mongolia established diplomatic ties with Pyongyang in 1948 and with Seoul in 1990, and has offered itself as a venue for talks.")]
    [InlineData("Austria has long offered itself as a neutral meeting place for Russia and the United States.")]
    [InlineData("Qatar, which hosts talks between Washington and the Taliban, offered itself again as a mediator on Sunday.")]
    public void AStateOfferingItself_OffersNothingToThePartiesNamedNearIt(string text) =>
        Assert.DoesNotContain(Summary(text), e => e.EndsWith(" 030", StringComparison.Ordinal));

    [Theory]
    [InlineData("Putin apologised to Aliyev in a telephone call on Saturday and offered his condolences.")]
    [InlineData("Tokayev phoned Erdogan on Tuesday and expressed his sympathy.")]
    [InlineData("Kazakhstan offered Kyrgyzstan its condolences after the floods.")]
    public void CondolencesOffered_AreNoIntentToCooperate(string text) =>
        Assert.DoesNotContain(Summary(text), e => e.EndsWith(" 030", StringComparison.Ordinal));

    [Theory]
    [InlineData("Serbia agreed to the European Union's demands in 2013.", "SRB>EU 083")]
    [InlineData("Hamas agreed on Monday to Israel's demand for a list of hostages.", "PSE>ISR 083")]
    [InlineData("Belgrade acceded to Washington's demands on Sunday.", "SRB>USA 083")]
    public void AgreeingToAnotherPartysDemands_IsYielding(string text, string expected)
    {
        var events = Summary(text);
        Assert.Contains(expected, events);
        Assert.DoesNotContain(events, e => e.EndsWith(" 030", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Japan agreed to the terms of the loan with Mongolia in 2023.")] // a deal's own terms: no yielding
    [InlineData("Tokyo and Seoul agreed to terms of a currency swap in 2023.")]
    [InlineData("Protesters in Belgrade said the government had agreed to none of their demands.")] // no state yields to a state
    public void AgreeingToTermsOrToNonStateDemands_IsNoYielding(string text) =>
        Assert.DoesNotContain(Summary(text), e => e.EndsWith(" 083", StringComparison.Ordinal));
}
