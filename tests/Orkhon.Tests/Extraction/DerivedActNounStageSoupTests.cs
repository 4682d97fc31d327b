namespace Orkhon.Tests.Extraction;

/// <summary>
/// The cue words of <see cref="Orkhon.Extraction.DerivedActNouns"/> (branch p34-reactions): verbs told with the party before
/// them ("Poland and Lithuania said they would expel", "signed decrees recognising"), their derived nouns after a reaction
/// ("condemned the expulsions", "welcomed the withdrawal"), passives and determiners. Alone, in pairs, shuffled into soup,
/// with no publication date and with the calendar's first and last days, they must never throw, must keep every event's span
/// inside the text and must give the same events twice; a long run-on and thousands of short sentences must stay linear.
/// </summary>
public sealed class DerivedActNounStageSoupTests
{
    private static readonly string[] s_cues =
    [
        "Poland", "and", "Lithuania", ",", "said", "they", "would", "expel", "expelled", "Belarusian", "diplomats", "Belarus",
        "condemned", "the", "expulsions", "expulsion", "of", "were", "was", "got", "from", "Vilnius", "Kiir", "announced", "that",
        "his", "troops", "pull", "out", "withdrew", "welcomed", "withdrawal", "signed", "decrees", "recognising", "recognition",
        "ban", "a", "protest", "rejected", "denial", "confirmed", "admission", "on", "3", "June", "2024", ".",
    ];

    private static readonly string[] s_phrases =
    [
        "Poland and Lithuania said they would expel Belarusian diplomats .", "Belarus condemned the expulsions .",
        "Diplomats were expelled from Vilnius .", "Kiir announced that his troops would pull out .", "France welcomed the withdrawal .",
        "Medvedev signed decrees recognising the regions .", "Washington condemned the recognition as illegal .",
        "Seoul confirmed that it had sent troops .", "Tokyo condemned the admission .", "the ban of the protest", "31 December 9999",
    ];

    [Fact]
    public void Extract_EveryCueAloneAndInPairs_NeverThrows() =>
        StageSoup.ExtractEachCueAloneAndInPairs(s_cues);

    [Theory]
    [InlineData("Poland said it would expel")]
    [InlineData("Hungary expelled two diplomats . Kyiv condemned the")]
    [InlineData("Kiir announced his troops would pull out . France welcomed the withdrawal")]
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
        StageSoup.AssertExtractsWithinGuard(StageSoup.RandomRun(s_cues, 34, 55_000));

    [Fact]
    public void Extract_LongCuePhraseRunOn_CompletesWithinAGuard() =>
        StageSoup.AssertPhraseRunOnWithinGuard(s_phrases, 34);

    // Thousands of short sentences: the told verbs are kept for the last few sentences only, never the whole document.
    [Fact]
    public void Extract_ThousandsOfShortSentences_CompletesWithinAGuard() =>
        StageSoup.AssertShortSentencesWithinGuard([.. s_phrases.Where(p => p.EndsWith(" .", StringComparison.Ordinal))], 34);
}
