namespace Orkhon.Tests.Extraction;

/// <summary>
/// The stages and rows the eighteenth session added: the act an appeal, demand, intent or refusal asks for (AskedActs: "urged
/// Kyiv and Moscow to observe the truce", "appealed to Oslo for emergency aid"), the giver inside a noun-first passive ("Aid
/// worth $5 million from Seoul was delivered to"), a signing told again (RetoldSignings), an act's onset in its noun's
/// relative clause and stays "lasting until" a day (DateAttacher.Onsets), acts on the agenda, split infinitives, "the two
/// sides" as an object, "X, who welcomed him", the conventions' rows, and names with marked letters folded by table. Their cue
/// words, alone, in pairs, shuffled into soup, with no publication date and with the calendar's first and last days, must
/// never throw, must keep every event's span inside the text and must give the same events twice; a long run-on and a
/// document of thousands of short sentences must cost no more than linear time.
/// </summary>
public sealed class EighteenthSessionStageSoupTests
{
    private static readonly string[] s_cues =
    [
        // asked acts and split infinitives
        "urged", "Kyiv", "and", "Moscow", "to", "observe", "the", "truce", "appealed", "Oslo", "for", "emergency", "aid", "demanded",
        "that", "Hanoi", "should", "immediately", "compensate", "crew", "agreed", "gradually", "resume", "imports", "further",
        "pledged", "swiftly", "refused", "release",
        // noun-first passives
        "Aid", "worth", "$5", "million", "from", "Seoul", "was", "were", "delivered", "A", "loan", "Beijing", "granted", "Colombo",
        "subsequently", "imposed", "Sanctions", "on",
        // signings told again, onsets and stays
        "Chile", "Peru", "signed", "a", "fisheries", "treaty", "accord", "documents", "which", "began", "broke", "out", "on", "Tuesday",
        "clashes", "months", "of", "talks", "mediated", "by", "Qatar", "lasts", "until", "Saturday", "run", "March", "20",
        // the agenda, the two sides, welcomes, conventions and marked names
        "is", "agenda", "table", "two", "sides", "both", "who", "welcomed", "him", "reopened", "embassy", "halted", "rail", "traffic",
        "Pope", "Francis", "Khurelsükh", "Erdoğan", "Łukaszenka", "Strauß", ",", ".",
    ];

    private static readonly string[] s_phrases =
    [
        "Biden urged Kyiv and Moscow on Monday to observe the truce .", "Sweden appealed to Oslo for more urgent humanitarian aid .",
        "Manila demanded that Hanoi should immediately compensate the crew .", "China agreed on Friday to gradually resume imports .",
        "Aid worth $5 million from Seoul was delivered to Ulaanbaatar .", "A loan from Beijing was granted to Colombo .",
        "Sanctions were subsequently imposed on Minsk .", "Chile and Peru signed a fisheries treaty on Monday .",
        "The two foreign ministers signed the treaty in Lima .", "after border clashes that began on Tuesday , Armenia protested .",
        "after months of talks mediated by Qatar , the two sides agreed .", "Macron arrived for a state visit that lasts until Saturday .",
        "A new pipeline is on the agenda of the talks .", "Xi spoke with the leaders of Laos and Cambodia and urged the two sides to talk .",
        "Yoon held talks with Kishida , who welcomed him at the palace .", "Pope Francis visited Ulaanbaatar .",
        "Khurelsükh met Erdoğan in Ankara .", "Russia halted rail traffic to Lithuania .", "Canada reopened its embassy in Tehran .",
        "ULAANBAATAR , March 3 ( Xinhua ) --", "31 December 9999", "1 January 0001",
    ];

    [Fact]
    public void Extract_EveryCueAloneAndInPairs_NeverThrows() =>
        StageSoup.ExtractEachCueAloneAndInPairs(s_cues);

    [Theory]
    [InlineData("Biden urged Kyiv and Moscow to")]
    [InlineData("Sweden appealed to Oslo for")]
    [InlineData("Aid worth $5 million from")]
    [InlineData("Chile and Peru signed a treaty . The two signed the")]
    [InlineData("after clashes that began on")]
    [InlineData("a state visit that lasts until")]
    [InlineData("Yoon met Kishida , who welcomed")]
    public void Extract_CueCutShort_Completes(string text) =>
        StageSoup.AssertSoundAtEveryDate(text);

    [Fact]
    public void Property_CueWordSoup_IsSoundAndDeterministic() =>
        StageSoup.CheckSoupsOf(s_cues, 300, 200);

    [Fact]
    public void Property_CuePhraseSoup_IsSoundAndDeterministic() =>
        StageSoup.CheckSoupsOf(s_phrases, 200, 40);

    // Over 50,000 words of the cue words, sentences of random length, some very long.
    [Fact]
    public void Extract_LongCueWordSoup_CompletesWithinAGuard() =>
        StageSoup.AssertExtractsWithinGuard(StageSoup.RandomRun(s_cues, 18, 55_000));

    // The phrases with no full stop between them: every sentence runs to the splitter's longest, and a stage that scans the
    // rest of the sentence for each asked act or onset shows here.
    [Fact]
    public void Extract_LongCuePhraseRunOn_CompletesWithinAGuard() =>
        StageSoup.AssertPhraseRunOnWithinGuard(s_phrases, 58);

    // Thousands of short sentences: a document-level stage that looks back over all earlier signings for each one (a signing
    // told again) grows with the square of the document and shows here.
    [Fact]
    public void Extract_ThousandsOfShortSentences_CompletesWithinAGuard()
    {
        var shortSentences = s_phrases.Where(p => p.EndsWith(" .", StringComparison.Ordinal))
            .Select(p => p.Replace(" , ", " ", StringComparison.Ordinal)).ToArray();
        StageSoup.AssertShortSentencesWithinGuard(shortSentences, 66);
    }
}
