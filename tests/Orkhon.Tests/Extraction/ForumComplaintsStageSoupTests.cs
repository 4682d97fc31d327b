namespace Orkhon.Tests.Extraction;

/// <summary>
/// The reading the p38-criticism branch added (<c>ForumComplaints</c>: "filed a complaint with the WTO against Kazakhstan",
/// "lodged a WTO complaint against Kazakhstan"). Its cue words, alone, in pairs, shuffled into soup, with no publication date
/// and with the calendar's first and last days, must never throw, must keep every event's span inside the text and must give
/// the same events twice; a long run-on must cost no more than linear time.
/// </summary>
public sealed class ForumComplaintsStageSoupTests
{
    private static readonly string[] s_cues =
    [
        "Kyrgyzstan", "Kazakhstan", "Uzbekistan", "filed", "lodged", "a", "complaint", "complaints", "case", "with", "at", "against",
        "the", "WTO", "World", "Trade", "Organization", "International", "Court", "of", "Justice", "and", ",", "on", "Monday", ".",
    ];

    private static readonly string[] s_phrases =
    [
        "Kyrgyzstan filed a complaint with the WTO against Kazakhstan .", "Kyrgyzstan lodged a WTO complaint against Kazakhstan .",
        "Kyrgyzstan filed complaints at the World Trade Organization on Monday against Kazakhstan and Uzbekistan .",
        "Kyrgyzstan filed a complaint against Kazakhstan at the WTO .", "Kyrgyzstan filed a case at the International Court of Justice .",
    ];

    [Fact]
    public void Extract_EveryCueAloneAndInPairs_NeverThrows() =>
        StageSoup.ExtractEachCueAloneAndInPairs(s_cues);

    [Theory]
    [InlineData("Kyrgyzstan filed a complaint with the WTO against")]
    [InlineData("Kyrgyzstan lodged a WTO complaint against")]
    [InlineData("against Kazakhstan at the WTO")]
    public void Extract_CueCutShort_Completes(string text) =>
        StageSoup.AssertSoundAtEveryDate(text);

    [Fact]
    public void Property_CueWordSoup_IsSoundAndDeterministic() =>
        StageSoup.CheckSoupsOf(s_cues, 300, 200);

    [Fact]
    public void Property_CuePhraseSoup_IsSoundAndDeterministic() =>
        StageSoup.CheckSoupsOf(s_phrases, 200, 40);

    [Fact]
    public void Extract_LongCueWordSoup_CompletesWithinAGuard() =>
        StageSoup.AssertExtractsWithinGuard(StageSoup.RandomRun(s_cues, 37, 55_000));
}
