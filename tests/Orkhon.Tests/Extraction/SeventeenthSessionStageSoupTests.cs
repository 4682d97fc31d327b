namespace Orkhon.Tests.Extraction;

/// <summary>
/// The stages and rows the seventeenth session added: light verbs whose event-noun object is their subject's act ("issued a
/// demand for", "carried out the arrest of"), speculation attributed after its clause (", analysts said", "according to
/// commentators") or carried into the next sentence (", they said."), a fronted phrase that keeps its own rumours, plans
/// called off, the national adjective on a passive's subject ("A Greek tanker was seized by Iran"), the partner of a party's
/// last meeting for its next act, "the two presidents" after a call, an opening adjunct before "the ministers", a season of
/// a named year, an opening "After the talks," as the occasion told before, former office-holders, yardsticks after "since",
/// lists struck off, bans on an act, and the lexicon's case-folded word table. Their cue words, alone, in pairs, cut short,
/// shuffled into soup, with no publication date and with the calendar's first and last days, must never throw, must keep
/// every event's span inside the text and must give the same events twice; a long run-on and a document of thousands of
/// short sentences must cost no more than linear time.
/// </summary>
public sealed class SeventeenthSessionStageSoupTests
{
    private static readonly string[] s_cues =
    [
        // light verbs and their event nouns
        "Iran", "issued", "issues", "a", "demand", "for", "Britain", "to", "Russian", "authorities", "announced", "the", "arrest",
        "of", "Chinese", "police", "carried", "carry", "out", "Ukraine", "gave", "flat", "rejection", "lodged", "protest", "made",
        "formal", "strongly", "worded", "ordered", "expulsion", "completed", "withdrawal",
        // speculation after its clause, in the next sentence, and fronted phrases
        "could", "may", "freeze", "assets", "if", "talks", "fail", "analysts", "said", "according", "commentators", "believe",
        "pundits", "some", "they", "They", "say", "added", "After", "weeks", "speculation", "Amid", "rumours", "rift", "Xi", "met",
        "Putin", "Despite",
        // plans called off and passives on a national adjective
        "cancelled", "plans", "visit", "postponed", "plan", "sign", "shelved", "its", "put", "off", "called", "A", "Greek", "tanker",
        "was", "were", "has", "been", "seized", "by", "Lebanese", "villages", "shelled", "Israeli", "tanks", "proposal", "rejected",
        // a party's partner, the two presidents and opening adjuncts
        "Modi", "received", "Sri", "Lanka's", "president", "India", "also", "offered", "credit", "line", "Ruto", "spoke", "telephone",
        "with", "Hassan", "two", "presidents", "agreed", "On", "sidelines", "meeting", "foreign", "ministers", "During",
        "Japan", "condemned", "China's", "missile", "test", "Tokyo", "pledged", "aid",
        // seasons, opening occasions and dates
        "in", "spring", "summer", "autumn", "winter", "2023", "2022", "signed", "Doha", "Qatar", "on", "Sunday",
        "ULAANBAATAR", "March", "3", "(Xinhua)", "--", "9999", "0001", "31", "December", "1", "January",
        // former office-holders, yardsticks, lists struck off and bans
        "former", "Former", "ex-", "Ex-chancellor", "late", "Japanese", "prime", "minister", "would", "send", "worst", "fighting",
        "since", "their", "war", "largest", "first", "such", "trip", "struck", "South", "Korea", "whitelist", "register", "roll",
        "1992", "ban", "American", "moratorium", "visits",
        // the word table's case folding: capitals, non-ASCII letters, a Kelvin sign and a dotless i
        "VISITED", "Visited", "vİsited", "ıssued", "\u212Aiev", "Erdoğan", "Türkiye",
        // punctuation and the words a stage stops at
        ".", ",", ";", ":", "?", "'s", "-", "(", ")", "\"", "but", "and", "without", "Will",
    ];

    // Every cue word alone, and each ordered pair, opening and closing a text.
    [Fact]
    public void Extract_EveryCueAloneAndInPairs_NeverThrows()
    {
        StageSoup.ExtractEachCueAloneAndInPairs(s_cues);
    }

    [Theory]
    [InlineData("Iran issued a demand for")]
    [InlineData("Iran issued a")]
    [InlineData("Chinese police carried out the arrest of")]
    [InlineData("Chinese police carried out")]
    [InlineData("carried out")]
    [InlineData("Ukraine gave a flat rejection to")]
    [InlineData("Britain could freeze the assets if talks fail, analysts")]
    [InlineData("Britain could freeze the assets, according to")]
    [InlineData(", according to commentators")]
    [InlineData(", some analysts")]
    [InlineData("analysts")]
    [InlineData("Analysts say Beijing may act. China could freeze the loan talks, they")]
    [InlineData(", they said")]
    [InlineData("They say")]
    [InlineData("After weeks of speculation,")]
    [InlineData("Amid rumours of a rift")]
    [InlineData("Amid")]
    [InlineData("Japan cancelled plans to")]
    [InlineData("shelved its plans")]
    [InlineData("put off plans to")]
    [InlineData("A Greek tanker was seized by")]
    [InlineData("A Greek tanker has been")]
    [InlineData("A Russian proposal for a ceasefire was rejected by")]
    [InlineData("Modi received Sri Lanka's president. India also offered")]
    [InlineData("India also")]
    [InlineData("Ruto spoke by telephone with Hassan. The two presidents")]
    [InlineData("The two")]
    [InlineData("On the sidelines of the meeting, the foreign")]
    [InlineData("On the sidelines of the meeting,")]
    [InlineData("On,")]
    [InlineData("Japan condemned China's missile test. Tokyo also pledged")]
    [InlineData("in the spring of")]
    [InlineData("the winter of 9999")]
    [InlineData("in the summer of 0001")]
    [InlineData("Qatar hosted talks. After the talks,")]
    [InlineData("After the talks")]
    [InlineData("the former Japanese prime minister said Japan would")]
    [InlineData("the former")]
    [InlineData("Ex-chancellor Schroeder told reporters Germany should")]
    [InlineData("the late")]
    [InlineData("ex-")]
    [InlineData("the worst fighting between the two since")]
    [InlineData("the first such visit since")]
    [InlineData("since")]
    [InlineData("struck South Korea off its")]
    [InlineData("struck the vessels off")]
    [InlineData("off")]
    [InlineData("the 1992 ban on")]
    [InlineData("a moratorium on visits by")]
    [InlineData("ULAANBAATAR, March 3 (Xinhua) --")]
    [InlineData("\u212Aiev VISITED Erdoğan")]
    [InlineData("ıssued")]
    public void Extract_CueCutShort_Completes(string text)
    {
        StageSoup.AssertSoundAtEveryDate(text);
    }

    // Seasons, opening occasions and partners of a meeting at the calendar's ends.
    [Theory]
    [InlineData("Japan and China held talks in the winter of 9999. After the talks, the two sides signed a deal.")]
    [InlineData("In the spring of 0001, Modi received Sri Lanka's president. India also offered a credit line on 31 December 9999.")]
    [InlineData("ULAANBAATAR, December 31 (Xinhua) -- Ruto spoke by telephone with Hassan on 1 January 0001. The two presidents agreed to meet.")]
    [InlineData("The talks were the first since the summer of 9999, analysts said.")]
    [InlineData("Analysts say Beijing may act on 31 December 9999. China could freeze the loan talks, they said.")]
    public void Extract_DatesAtTheCalendarsEnds_Complete(string text)
    {
        StageSoup.AssertSoundAtEveryDate(text);
    }

    [Fact]
    public void Property_CueWordSoup_IsSoundAndDeterministic() =>
        StageSoup.CheckSoupsOf(s_cues, 300, 200);

    private static readonly string[] s_phrases =
    [
        "Iran issued a demand for Britain to release the tanker .", "Russian authorities announced the arrest of two Ukrainians .",
        "Chinese police carried out the arrest of a Taiwanese publisher .", "Ukraine gave a flat rejection to the Russian proposal .",
        "Britain could freeze the assets if talks fail , analysts said .", "Moscow may expel the envoy , according to commentators .",
        "Israel could strike the site , commentators believe .", "Analysts say Beijing may punish Mongolia .",
        "China could freeze the loan talks , they said .", "They say Tokyo may recall its envoy .",
        "After weeks of speculation , Germany expelled two Russian diplomats .", "Amid rumours of a rift , Xi met Putin .",
        "Japan cancelled plans to visit Seoul .", "Ankara shelved its plans to expel the envoy .",
        "A Greek tanker was seized by Iran .", "Lebanese villages were shelled by Israeli tanks .",
        "A Russian proposal for a ceasefire was rejected by Ukraine .", "Modi received Sri Lanka's president in New Delhi .",
        "India also offered a credit line .", "Ruto spoke by telephone with Hassan .", "The two presidents agreed to meet .",
        "On the sidelines of the meeting , the foreign ministers signed a deal .", "Japan condemned China's missile test .",
        "Tokyo also pledged aid .", "Japan and China held talks in the spring of 2023 .", "After the talks , the two sides signed a deal .",
        "The former Japanese prime minister said Japan would send aid to Ukraine .",
        "Ex-chancellor Schroeder told reporters Germany should buy Russian gas .",
        "It was the worst fighting between the two since their 2020 war .", "Japan struck South Korea off its whitelist .",
        "The 1992 ban on American aid to Azerbaijan was lifted .", "Erdoğan VISITED \u212Aiev .",
        "ULAANBAATAR , March 3 ( Xinhua ) --", "31 December 9999", "1 January 0001",
    ];

    [Fact]
    public void Property_CuePhraseSoup_IsSoundAndDeterministic() =>
        StageSoup.CheckSoupsOf(s_phrases, 200, 40);

    // Over 50,000 words of the cue words, sentences of random length, some very long.
    [Fact]
    public void Extract_LongCueWordSoup_CompletesWithinAGuard() =>
        StageSoup.AssertExtractsWithinGuard(StageSoup.RandomRun(s_cues, 17, 55_000));

    // The phrases with no full stop between them, over 50,000 words: every sentence runs to the splitter's longest, and a
    // stage that scans the rest of the sentence for each phrase (a trailing speaker, a former office-holder) shows here.
    [Fact]
    public void Extract_LongCuePhraseRunOn_CompletesWithinAGuard() =>
        StageSoup.AssertPhraseRunOnWithinGuard(s_phrases, 57);

    // Short sentences with no punctuation but full stops: a document-level stage that scans all earlier sentences for each one
    // (a party's last meeting, speculation carried on, the last joint act's people) grows with the square of the document and
    // shows here.
    [Fact]
    public void Extract_ThousandsOfShortSentences_CompletesWithinAGuard()
    {
        var shortSentences = s_phrases.Where(p => p.EndsWith(" .", StringComparison.Ordinal))
            .Select(p => p.Replace(" , ", " ", StringComparison.Ordinal)).ToArray();
        StageSoup.AssertShortSentencesWithinGuard(shortSentences, 65);
    }
}
