namespace Orkhon.Tests.Extraction;

/// <summary>
/// The stage the p36-findings branch added (<c>InquiryFindings</c>: an inquiry's finding, a report's "that" clause, "according
/// to a report by", a trailing "…, a mission concluded") and the widened admissions ("confirmed for the first time that it
/// had", "admitted that its jets"). Their cue words, alone, in pairs, shuffled into soup, with no publication date and with
/// the calendar's first and last days, must never throw, must keep every event's span inside the text and must give the
/// same events twice; a long run-on and a document of thousands of short sentences must cost no more than linear time.
/// </summary>
public sealed class InquiryFindingsStageSoupTests
{
    private static readonly string[] s_cues =
    [
        "A", "U.N.", "commission", "found", "concluded", "established", "determined", "verified", "that", "Sudanese", "forces", "had",
        "shelled", "Chadian", "villages", "said", "in", "a", "report", "released", "on", "Wednesday", "according", "to", "published",
        "by", "the", "human", "rights", "office", "Malian", "soldiers", "killed", "civilians", "fact-finding", "mission", "German",
        "intelligence", "Russia", "was", "responsible", "for", "breached", "not", "never", "may", "confirmed", "first", "time",
        "it", "its", "jets", "struck", "admitted", "Pakistan", "Afghanistan", "'s", "findings", ",", ".",
    ];

    private static readonly string[] s_phrases =
    [
        "A U.N. commission found that Sudanese forces had shelled Chadian villages .",
        "German intelligence concluded on Monday that Russia had supplied drones to Belarus .",
        "Chadian troops shelled Sudanese villages in May 2023 , a U.N. fact-finding mission concluded .",
        "According to a report published on Friday by the U.N. human rights office , Malian soldiers killed Burkinabe civilians .",
        "The U.N. office said in a report released on Wednesday that China had detained Indian citizens .",
        "A U.N. panel found on Monday that Sudan was responsible for the attack .", "A U.N. panel found that Sudan had not shelled Chad .",
        "North Korea confirmed for the first time on Monday that it had sent troops to Russia .",
        "Pakistan admitted that its jets had struck targets inside Afghanistan .", "according to the commission 's report , Peru shelled Chile .",
    ];

    [Fact]
    public void Extract_EveryCueAloneAndInPairs_NeverThrows() =>
        StageSoup.ExtractEachCueAloneAndInPairs(s_cues);

    [Theory]
    [InlineData("A U.N. commission found that")]
    [InlineData("according to a report published by")]
    [InlineData("Chad shelled Sudan , a U.N. mission concluded")]
    [InlineData("North Korea confirmed for the first time that its")]
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
        StageSoup.AssertExtractsWithinGuard(StageSoup.RandomRun(s_cues, 36, 55_000));

    [Fact]
    public void Extract_LongCuePhraseRunOn_CompletesWithinAGuard() =>
        StageSoup.AssertPhraseRunOnWithinGuard(s_phrases, 36);

    [Fact]
    public void Extract_ThousandsOfShortSentences_CompletesWithinAGuard() =>
        StageSoup.AssertShortSentencesWithinGuard(s_phrases.Select(p => p.Replace(" , ", " ", StringComparison.Ordinal)).ToArray(), 36);
}
