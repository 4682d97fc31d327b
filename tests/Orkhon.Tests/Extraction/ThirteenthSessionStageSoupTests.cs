namespace Orkhon.Tests.Extraction;

/// <summary>
/// The stages and rows the thirteenth session added (a reaction or "the two sides" whose party is told in another sentence; events
/// told as nouns, with a possessive, "by" or "between"; the content of a dismissed or denied allegation; a time counted from an
/// event the text dates, "a month after the coup", "earlier this month", and stays told in the present; a leader named with his
/// state after "of"; a meeting named as a trip's purpose; the mention search's first-word gate; postures, threats and yielding
/// told as nouns and light verbs) look back over the sentences before, read words around a noun forwards and backwards and
/// count months and days from a date. Their cue words, alone, in pairs, cut short, shuffled into soup, with no publication date
/// and with the calendar's first and last days, must never throw, must keep every event's span inside the text and must give
/// the same events twice; a document of thousands of short sentences must cost no more than linear time.
/// </summary>
public sealed class ThirteenthSessionStageSoupTests
{
    private static readonly string[] s_cues =
    [
        // a party told in another sentence: reactions, answers and "the two sides"
        "Pyongyang", "fired", "two", "missiles", "Tokyo", "lodged", "a", "protest", "through", "its", "embassy", "in", "Beijing",
        "Baku", "accused", "Yerevan", "of", "shelling", "positions", "Armenia's", "defence", "ministry", "denied", "the", "claim",
        "Warsaw", "summoned", "Belarusian", "charge", "d'affaires", "He", "was", "handed", "note", "The", "sides", "signed", "six",
        "agreements", "Both", "governments", "pledged", "visitors", "Tehran", "promised", "response", "In", "return", "will",
        "move", "drew", "condemnation", "from", "retaliate", "rejected", "welcomed", "thanked", "praised", "replied", "vowed",
        "both", "countries", "neighbours",
        // events told as nouns: possessives, "by", "between", demonyms
        "after", "Russia's", "invasion", "Ukraine", "February", "2022", "following", "talks", "between", "Xi", "and", "Biden",
        "Bali", "to", "sanctions", "Washington", "imposed", "on", "amid", "clashes", "Thai", "Cambodian", "troops",
        "signing", "pact", "Manila", "Kyiv's", "request", "for", "Patriot", "systems", "Beijing's", "ban", "Japanese", "seafood",
        "since", "expulsion", "40", "diplomats", "by", "Berlin", "launch", "missile", "over", "Japan", "Chinese",
        // dismissed, denied and rejected allegations
        "dismissed", "allegations", "that", "Hezbollah", "had", "received", "drones", "Iran", "reports", "crossed", "into",
        "claims", "it", "supplied", "whether", "would", "if", "Moscow", "attacks", "deter", "former", "militias", "shelled", "town",
        // times counted from an event the text dates, stays told in the present
        "month", "weeks", "days", "before", "coup", "election", "summit", "earlier", "this", "year", "late", "last",
        "day", "week", "is", "three-day", "visit", "arrived", "Monday", "Friday", "ended", "four", "mid-March",
        "early", "spring", "9999", "0001", "Dec.", "31", "Jan.", "1", "May", "2019",
        // leaders named with their state after "of", trips for talks
        "Prime", "Minister", "Narendra", "Modi", "India", "President", "Lula", "Brazil", "New", "Delhi", "with",
        // postures, threats and yielding as nouns and light verbs
        "put", "high", "alert", "stationed", "near", "frontier", "build-up", "along", "stood", "down", "lifted",
        "blockade", "ultimatum", "seized", "ships", "released", "prisoners", "swap",
        // criticisms of an armed act and "condemned it", a new story after a dateline, plural offices opening a sentence
        "strikes", "strike", "condemned", "terms", "strongest", "uncertain", "no", "Egypt", "France", "Israel", "struck", "building",
        "Beirut", "MOSCOW", "(Reuters)", "-", "--", "ministers", "presidents", "agreed", "also", "then",
        // requirements met, participles as adjectives, objects denied by "neither", sanctions lifted
        "met", "standards", "sanitary", "targets", "conditions", "deadline", "carrying", "deported", "migrants", "heavily", "armed",
        "attackers", "expelled", "neither", "nor", "lift", "all", "suspending", "visa-free",
        // the mention search's first words and acronyms
        "UN", "NATO", "EU", "U.S.", "(SCO)", "SCO", "(QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ)", "said", ".", ",", ";", ":", "\"", "'s",
    ];

    // Every cue word alone, and each ordered pair, opening and closing a text: where a reaction looks for the sentence before,
    // a noun for its possessor or its "between", and a counted time for the event it counts from, and find nothing.
    [Fact]
    public void Extract_EveryCueAloneAndInPairs_NeverThrows()
    {
        StageSoup.ExtractEachCueAloneAndInPairs(s_cues);
    }

    [Theory]
    [InlineData("Tokyo lodged a protest")]
    [InlineData("Pyongyang fired two missiles. Tokyo lodged")]
    [InlineData("Pyongyang fired two missiles. Tokyo lodged a protest through its")]
    [InlineData("Baku accused Yerevan of shelling its positions. Armenia's defence ministry denied")]
    [InlineData("Baku accused Yerevan of. Armenia denied the claim")]
    [InlineData("Warsaw summoned the Belarusian charge d'affaires. He was handed")]
    [InlineData("He was handed a note of protest.")]
    [InlineData("The two sides")]
    [InlineData("The two sides signed")]
    [InlineData("Both governments pledged")]
    [InlineData(". The visitors")]
    [InlineData("In return,")]
    [InlineData("In return, Beijing will")]
    [InlineData("The move drew condemnation from")]
    [InlineData("after Russia's")]
    [InlineData("after Russia's invasion of")]
    [InlineData("following talks between")]
    [InlineData("following talks between Xi and")]
    [InlineData("amid clashes between Thai and")]
    [InlineData("the signing of a defence pact between")]
    [InlineData("Kyiv's request for")]
    [InlineData("Beijing's ban on")]
    [InlineData("since the expulsion of 40 diplomats by")]
    [InlineData("'s launch of a missile over")]
    [InlineData("between")]
    [InlineData("between and")]
    [InlineData("dismissed allegations that")]
    [InlineData("dismissed allegations that Hezbollah had")]
    [InlineData("denied reports that its troops had crossed into")]
    [InlineData("rejected claims that it")]
    [InlineData("asked whether Beijing would")]
    [InlineData("if Moscow attacks")]
    [InlineData("a month after")]
    [InlineData("a month after the")]
    [InlineData("two weeks after the election")]
    [InlineData("days after the summit")]
    [InlineData("earlier this")]
    [InlineData("earlier this month")]
    [InlineData("late last")]
    [InlineData("the following")]
    [InlineData("is on a three-day")]
    [InlineData("is on a three-day visit")]
    [InlineData("arrived on Monday for talks with")]
    [InlineData("four days of talks that ended on")]
    [InlineData("Prime Minister Narendra Modi of")]
    [InlineData("Prime Minister Narendra Modi of India and President Lula of")]
    [InlineData("put its troops on high")]
    [InlineData("a build-up along the")]
    [InlineData("stood down")]
    [InlineData("lifted the blockade of")]
    [InlineData("Israel struck a building in Beirut, and France and Egypt condemned")]
    [InlineData("Israel struck a building in Beirut, and France and Egypt condemned it")]
    [InlineData("condemned it")]
    [InlineData("condemned the strikes in the strongest")]
    [InlineData("condemned the strikes in the strongest terms")]
    [InlineData("The strikes drew condemnation from")]
    [InlineData("Pyongyang fired two missiles. MOSCOW, Dec 5 (Reuters) -")]
    [InlineData("Pyongyang fired two missiles. MOSCOW, Dec 5 (Reuters) - The two sides")]
    [InlineData("Boric met Milei in Santiago. The presidents")]
    [InlineData("- The ministers agreed")]
    [InlineData("few producers have met Japanese sanitary")]
    [InlineData("Pakistan met all the")]
    [InlineData("two planes carrying deported")]
    [InlineData("some 30 heavily armed")]
    [InlineData("will send neither")]
    [InlineData("Washington will lift all")]
    [InlineData("Russia (SCO")]
    [InlineData("Russia (QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ) QQQQQQQQQQQQQQQQQQQQ")]
    public void Extract_CueCutShort_Completes(string text)
    {
        StageSoup.AssertSoundAtEveryDate(text);
    }

    // Counted times and stays at the calendar's ends: a month or a week after a date in the calendar's last month, before one
    // in its first, and a stay whose days run past either end must stop at the edge rather than overflow.
    [Theory]
    [InlineData("A coup toppled the government on Dec. 31, 9999. A month after the coup, Russia recognised the junta.")]
    [InlineData("The election was held on Jan. 1, 0001. Two weeks before the election, China warned Taiwan.")]
    [InlineData("The summit opened on 31 December 9999. Days after the summit, Modi of India is on a three-day visit to Japan.")]
    [InlineData("Earlier this month, Pyongyang fired two missiles. Tokyo lodged a protest. The two sides held talks the following week.")]
    [InlineData("Late last year, Baku accused Yerevan of shelling its positions. Armenia denied the claim a month after.")]
    [InlineData("In January 0001, Xi arrived in Bali for talks with Biden. Four days of talks that ended on Friday followed.")]
    [InlineData("Beijing's ban on Japanese seafood began in mid-December 9999. In return, Tokyo will lift its blockade next month.")]
    public void Extract_CountedTimesAtTheCalendarsEnds_Complete(string text)
    {
        StageSoup.AssertSoundAtEveryDate(text);
    }

    // Random soup of the stages' own cue words, several sentences long, dated or not: extraction completes, keeps its events
    // inside the text and gives the same events again.
    [Fact]
    public void Property_CueWordSoup_IsSoundAndDeterministic() =>
        StageSoup.CheckSoupsOf(s_cues, 300, 200);

    private static readonly string[] s_phrases =
    [
        "Pyongyang fired two missiles on Sunday .", "Tokyo lodged a protest through its embassy in Beijing .",
        "Baku accused Yerevan of shelling its positions .", "Armenia's defence ministry denied the claim .",
        "Warsaw summoned the Belarusian charge d'affaires on Tuesday .", "He was handed a note of protest .",
        "The two sides signed six agreements .", "Both governments pledged to deepen ties .", "The visitors left on Friday .",
        "Tehran promised a response .", "In return , Beijing will lift the ban .", "The move drew condemnation from Berlin .",
        "after Russia's invasion of Ukraine in February 2022", "following talks between Xi and Biden in Bali",
        "amid clashes between Thai and Cambodian troops", "the signing of a defence pact between Manila and Tokyo",
        "Kyiv's request for Patriot systems", "Beijing's ban on Japanese seafood", "since the expulsion of 40 diplomats by Berlin",
        "Hezbollah dismissed allegations that it had received drones from Iran .", "Ankara denied reports that its troops had crossed into Iraq .",
        "Seoul asked whether Beijing would intervene .", "if Moscow attacks Kyiv", "A month after the coup , Russia recognised the junta .",
        "two weeks after the election", "Earlier this month , China warned Taiwan .", "Modi is on a three-day visit to Japan .",
        "Lula arrived in New Delhi on Monday for talks with Modi .", "Prime Minister Narendra Modi of India met President Lula of Brazil .",
        "Moscow put its troops on high alert .", "a military build-up along the frontier", "Iran handed over the seized ships .",
        "Israel struck a building in Beirut , and France and Egypt condemned it .", "Iran condemned the strikes in the strongest terms .",
        "The strikes drew condemnation from Egypt and Jordan .", "MOSCOW , Dec 5 ( Reuters ) - Russia condemned the attack .",
        "Boric met Milei in Santiago .", "The presidents agreed to expand trade .", "Few producers have met Japanese sanitary standards .",
        "Two planes carrying deported migrants landed .", "Some 30 heavily armed attackers fled .", "Seoul will send neither troops nor weapons .",
        "Washington will lift all sanctions on Syria .", "The Shanghai Cooperation Organisation ( SCO ) met .", "SCO members met in Astana .",
        "Dec. 31 , 9999", "Jan. 1 , 0001",
    ];

    // Soup shaped like the stages' phrases (a reaction after an act, a noun with its possessor, a counted time before its event),
    // so the stages fire rather than bail out on their first word.
    [Fact]
    public void Property_CuePhraseSoup_IsSoundAndDeterministic() =>
        StageSoup.CheckSoupsOf(s_phrases, 200, 40);

    // One long run-on text of the cue words (60,000 words, sentences of random length, some very long): it completes well within
    // the hang guard. A stage that looks back without a bound, or scans the sentence again at each cue, shows here.
    [Fact]
    public void Extract_LongCueWordSoup_CompletesWithinAGuard() =>
        StageSoup.AssertExtractsWithinGuard(StageSoup.RandomRun(s_cues, 13, 60_000));

    // The stages' phrases with no full stop between them, over 50,000 words: every sentence runs to the splitter's longest and
    // holds many event nouns, "between"s and counted times, so a stage whose cost grows with the square of its sentence pays the
    // most here.
    [Fact]
    public void Extract_LongCuePhraseRunOn_CompletesWithinAGuard() =>
        StageSoup.AssertExtractsWithinGuard(StageSoup.RandomRun(s_phrases, 53, 55_000, p => p.Replace(" .", " ,", StringComparison.Ordinal)));

    // Short sentences with nothing but words and full stops, ten thousand of them and more: a document-level stage (reactions looking back
    // for a party, "the two sides", a counted time looking for the event it counts from, a stay told elsewhere) that scans all
    // earlier sentences for each sentence grows with the square of the document and shows here.
    private static readonly string[] s_shortSentences =
    [
        "Pyongyang fired two missiles .", "Tokyo lodged a protest .", "Seoul condemned the launch .", "Baku accused Yerevan .",
        "Armenia denied the claim .", "Warsaw summoned the envoy .", "He was handed a note .", "The two sides signed six deals .",
        "Both governments pledged support .", "The visitors left .", "Tehran promised a response .", "Beijing will retaliate .",
        "The move drew condemnation .", "Moscow rejected the accusation .", "Kyiv thanked Berlin .", "Paris praised the deal .",
        "A month after the coup Russia recognised the junta .", "Earlier this month China warned Taiwan .",
        "Modi is on a three-day visit .", "Lula arrived on Monday .", "The talks ended on Friday .",
        "Hezbollah dismissed the allegations .", "Ankara denied the reports .", "Iran handed over the ships .",
        "Israel struck Beirut .", "Egypt condemned it .", "The strikes drew condemnation .", "The ministers agreed .",
        "Pakistan met the targets .", "Washington will lift the sanctions .", "Russia ( SCO ) met China .",
    ];

    [Fact]
    public void Extract_ThousandsOfShortSentences_CompletesWithinAGuard()
    {
        // About 60,000 words in over 10,000 sentences: a linear document takes a second or two, one with a cost that grows with
        // the square of its sentences minutes.
        var text = StageSoup.RandomRun(s_shortSentences, 61, 60_000);
        Assert.True(text.Count(c => c == '.') >= 10_000, "the document must hold at least 10,000 sentences");
        StageSoup.AssertExtractsWithinGuard(text);
    }
}
