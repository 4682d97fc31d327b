using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A split infinitive (branch p31-senses): one manner or sequence adverb between "to" and its verb ("agreed to gradually
/// resume imports", "pledged to also send aid") leaves the infinitive an infinitive. Before, the adverb hid the "to", so the
/// act after it was coded as done (085 for an agreement to ease a ban) beside a bare intent (030), where the unsplit
/// sentence gives the one intent of that act (0354, 0333).
/// </summary>
public sealed class SplitInfinitiveTests
{
    private static string[] Summary(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2025, 3, 14)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("Uzbekistan agreed on Tuesday to gradually lift its ban on Kazakh flour.", "UZB>KAZ 0354")]
    [InlineData("Azerbaijan pledged on Wednesday to swiftly send humanitarian aid to Georgia.", "AZE>GEO 0333")]
    [InlineData("Iran agreed to quietly release two Swedish citizens.", "IRN>SWE 0353")]
    [InlineData("Finland promised to also send humanitarian aid to Estonia.", "FIN>EST 0333")]
    [InlineData("Chile promised to further expand trade with Peru.", "CHL>PER 0311")]
    public void AnAdverbAfterTo_LeavesTheIntentOfTheActItSplits(string text, string expected)
    {
        var events = Summary(text);
        Assert.Contains(expected, events);
        // Neither the act told as done nor the bare intent beside it.
        Assert.Single(events);
    }

    [Theory]
    [InlineData("Uzbekistan agreed on Tuesday to gradually lift its ban on Kazakh flour.", "UZB>KAZ 085")]
    [InlineData("Azerbaijan pledged on Wednesday to swiftly send humanitarian aid to Georgia.", "AZE>GEO 073")]
    public void TheSplitInfinitive_IsNotTheActDone(string text, string done) =>
        Assert.DoesNotContain(done, Summary(text));

    [Theory]
    [InlineData("EU leaders agreed on Monday to swiftly impose new sanctions on Belarus.", "EU>BLR 163")]
    [InlineData("Lithuania decided on Friday to quickly expel three Russian diplomats.", "LTU>RUS 174")]
    public void AMeasureAgreedOrDecided_StaysTheMeasureTaken(string text, string expected) =>
        Assert.Contains(expected, Summary(text));

    [Theory]
    [InlineData("Armenia plans to gradually withdraw troops from the border with Azerbaijan.")]
    [InlineData("Georgia did not agree to fully restore flights to Russia.")]
    public void APlanOrANegation_StillGoverns_TheSplitInfinitive(string text) =>
        Assert.DoesNotContain(Summary(text), e => e.EndsWith(" 0874", StringComparison.Ordinal) || e.EndsWith(" 085", StringComparison.Ordinal)
            || e.EndsWith(" 0356", StringComparison.Ordinal) && text.Contains("not", StringComparison.Ordinal));

    [Fact]
    public void AVerbEndingInLy_AfterTo_IsNoAdverb() =>
        // "to supply" is itself the verb: nothing splits the infinitive, and the supply is no act done.
        Assert.DoesNotContain("RUS>ARM 061", Summary("Russia promised to supply gas to Armenia."));
}
