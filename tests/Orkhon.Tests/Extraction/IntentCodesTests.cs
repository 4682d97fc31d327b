using Orkhon.Domain;
using Orkhon.Extraction;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// The intent of a planned, promised or agreed act (CAMEO root 03), read from <c>data/lexicon/intent-codes.tsv</c>: every
/// code of the cooperative roots 04–08 has an intent of root 03 that mirrors its sub-code, the other roots have none, and in
/// sentences of our own a stated intent takes the intended act's sub-code while its twins keep theirs: the act done is its
/// own root, a negated intent is nothing (or a refusal, 12x, for yielding), and another party's expectation is nothing.
/// </summary>
public sealed class IntentCodesTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Fact]
    public void EveryCooperativeCode_HasAnIntentOfRoot03_AndNoOtherRootHasOne()
    {
        foreach (var type in CameoCatalog.Default.All)
        {
            var code = CameoCode.Parse(type.Code);
            var intent = IntentCodes.Of(code);
            if (code.RootNumber is >= 4 and <= 8)
            {
                Assert.True(intent is { } i && i.Root == CameoCode.ExpressIntentToCooperate && CameoCatalog.Default.Contains(i), type.Code);
            }
            else
            {
                Assert.Null(intent);
            }
        }
    }

    [Theory]
    [InlineData("040", "036")]
    [InlineData("042", "036")]
    [InlineData("046", "036")]
    [InlineData("045", "039")]
    [InlineData("054", "032")]
    [InlineData("057", "032")]
    [InlineData("060", "031")]
    [InlineData("061", "0311")]
    [InlineData("062", "0312")]
    [InlineData("063", "0313")]
    [InlineData("064", "0314")]
    [InlineData("070", "033")]
    [InlineData("071", "0331")]
    [InlineData("072", "0332")]
    [InlineData("073", "0333")]
    [InlineData("074", "0334")]
    [InlineData("075", "033")]
    [InlineData("080", "035")]
    [InlineData("081", "0351")]
    [InlineData("082", "0352")]
    [InlineData("083", "034")]
    [InlineData("0831", "0341")]
    [InlineData("0832", "0342")]
    [InlineData("0833", "0343")]
    [InlineData("0834", "0344")]
    [InlineData("084", "0353")]
    [InlineData("0841", "0353")]
    [InlineData("0842", "0353")]
    [InlineData("085", "0354")]
    [InlineData("086", "0355")]
    [InlineData("0862", "0355")]
    [InlineData("087", "0356")]
    [InlineData("0871", "0356")]
    [InlineData("0874", "0356")]
    public void AnIntendedAct_TakesTheCodebooksParallelIntent(string act, string intent) =>
        Assert.Equal(intent, IntentCodes.Of(CameoCode.Parse(act))?.Value);

    [Theory]
    [InlineData("010")]
    [InlineData("0214")]
    [InlineData("036")]
    [InlineData("090")]
    [InlineData("112")]
    [InlineData("138")]
    [InlineData("163")]
    [InlineData("190")]
    public void AStatementAppealIntentOrHostileAct_HasNoIntent(string act) => Assert.Null(IntentCodes.Of(CameoCode.Parse(act)));

    [Theory]
    [InlineData("Tokyo said it would send peacekeepers to Haiti.", "JPN", "HTI", "0334")]
    [InlineData("Oslo offered to mediate between Armenia and Azerbaijan.", "NOR", "ARM", "039")]
    [InlineData("Moscow pledged to pull its troops back from the border with Georgia.", "RUS", "GEO", "0356")]
    [InlineData("Ankara said it would lift its sanctions on Damascus.", "TUR", "SYR", "0354")]
    [InlineData("Seoul plans to hold talks with Hanoi.", "KOR", "VNM", "036")]
    // a schedule before the infinitive's "to" (modality-cues.tsv, classes schedule and schedule-copula)
    [InlineData("The Korean foreign minister is due to hold talks with Hanoi on Friday.", "KOR", "VNM", "036")]
    [InlineData("Seoul is set to free the Vietnamese fishermen.", "KOR", "VNM", "0353")]
    [InlineData("Seoul and Hanoi are to hold talks in Hue.", "KOR", "VNM", "036")]
    [InlineData("Kyiv and Moscow reaffirmed their commitment to the truce in 2023.", "UKR", "RUS", "0356")]
    [InlineData("Vienna offered its capital as a neutral venue for talks between Tehran and Washington.", "AUT", "IRN", "039")]
    [InlineData("Delhi and Beijing agreed to the disengagement of troops on their border in 2020.", "IND", "CHN", "0356")]
    public void AStatedIntent_TakesTheIntendedActsSubCode(string text, string source, string target, string cameo) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value == cameo);

    [Theory]
    // the act done is its own root, not an intent
    [InlineData("Tokyo sent peacekeepers to Haiti.", "JPN", "HTI", "074")]
    [InlineData("Oslo mediated between Armenia and Azerbaijan.", "NOR", "ARM", "045")]
    public void TheActDone_KeepsItsOwnRoot(string text, string source, string target, string cameo)
    {
        var events = Extract(text);
        Assert.Contains(events, e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value.StartsWith(cameo, StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Cameo.Root == CameoCode.ExpressIntentToCooperate);
    }

    [Theory]
    // a negated intent: nothing for aid, a refusal (12x) for yielding
    [InlineData("Tokyo said it would not send peacekeepers to Haiti.")]
    [InlineData("Ankara said it would not lift its sanctions on Damascus.")]
    // a schedule that fell through
    [InlineData("The Korean foreign minister had been due to hold talks with Hanoi but postponed the trip.")]
    // another party's expectation, and a commitment broken, state no intent of the party
    [InlineData("Analysts expect Tokyo to send peacekeepers to Haiti.")]
    [InlineData("Kyiv accused Moscow of breaking its commitment to the truce.")]
    public void ANegatedOrExpectedIntent_IsNoIntent(string text) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.Root == CameoCode.ExpressIntentToCooperate);

    [Fact]
    public void AVenueOfferedForOnesOwnTalks_IsNoMediation() =>
        Assert.DoesNotContain(Extract("Vienna offered its capital as a venue for its talks with Tehran."), e => e.Cameo.Value == "039");
}
