namespace Orkhon.Tests.Extraction;

/// <summary>
/// The reading the p37-reactions branch added (<c>ReportedVerdicts</c>: "said the measures were unjustified", "told reporters
/// Tokyo's decision was illegal") and the deed nouns a reaction answers ("regretted the 'unfortunate' decision"). Their cue
/// words, alone, in pairs, shuffled into soup, with no publication date and with the calendar's first and last days, must never
/// throw, must keep every event's span inside the text and must give the same events twice; a long run-on and a document of
/// thousands of short sentences must cost no more than linear time.
/// </summary>
public sealed class ReactionsStageSoupTests
{
    private static readonly string[] s_cues =
    [
        "Qatar", "'s", "foreign", "ministry", "said", "told", "reporters", "him", "that", "on", "Tuesday", "the", "measures", "decision",
        "move", "seizure", "were", "was", "is", "be", "would", "not", "unjustified", "illegal", "unacceptable", "Tokyo", "Russia",
        "Saudi", "Arabia", "cut", "diplomatic", "ties", "with", "regretted", "welcomed", "'", "unfortunate", "veto", "blocked",
        "Japanese", ",", ".",
    ];

    private static readonly string[] s_phrases =
    [
        "Saudi Arabia cut diplomatic ties with Qatar on Monday .", "Qatar 's foreign ministry said the measures were unjustified .",
        "Russia said on Tuesday that Tokyo 's decision was illegal .", "The minister told reporters the seizure was unacceptable .",
        "Rabat regretted the ' unfortunate ' decision .", "Georgia called the veto a hostile act .",
        "Russia blocked Georgia 's bid on Monday .", "Moscow said the Japanese move would be illegal .",
    ];

    [Fact]
    public void Extract_EveryCueAloneAndInPairs_NeverThrows() =>
        StageSoup.ExtractEachCueAloneAndInPairs(s_cues);

    [Theory]
    [InlineData("Qatar said the measures were")]
    [InlineData("Russia said that Tokyo 's decision was")]
    [InlineData("The minister told reporters the")]
    [InlineData("Rabat regretted the '")]
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

    [Fact]
    public void Extract_LongCuePhraseRunOn_CompletesWithinAGuard() =>
        StageSoup.AssertPhraseRunOnWithinGuard(s_phrases, 37);

    [Fact]
    public void Extract_ManyShortSentences_CompletesWithinAGuard() =>
        StageSoup.AssertShortSentencesWithinGuard(s_phrases, 37);
}
