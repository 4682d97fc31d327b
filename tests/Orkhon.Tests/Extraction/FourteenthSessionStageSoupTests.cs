namespace Orkhon.Tests.Extraction;

/// <summary>
/// The stages and rows the fourteenth session added (a meeting made one of several parties by an adjunct after its parties, "met A
/// and B for a trilateral summit"; a release told as one side of a swap, "in exchange for", "in a prisoner swap"; parts of a year
/// or month, "at the end of the year", "mid-2019", ordinal days, "the 14th of March", and counts after a named place, "from
/// Nairobi later that week"; a negation that affirms, "did not hesitate to", "not only … but also", and the causatives "led",
/// "spurred", "caused"; new senses: halted strikes, referrals to a court, leaving an organisation, ground broken, relief flown,
/// a breach declared, a summit opened, strikes resumed) read words after a party up to a reach, look ahead for a trade's words,
/// read a part of a period from the publication day and step over a negation. Their cue words, alone, in pairs, cut short,
/// shuffled into soup, with no publication date and with the calendar's first and last days, must never throw, must keep every
/// event's span inside the text and must give the same events twice; a long run-on and a document of thousands of short
/// sentences must cost no more than linear time.
/// </summary>
public sealed class FourteenthSessionStageSoupTests
{
    private static readonly string[] s_cues =
    [
        // meetings of several parties told by an adjunct after the parties
        "Xi", "met", "Putin", "and", "Lukashenko", "for", "a", "the", "trilateral", "summit", "at", "three-way", "meeting", "during",
        "in", "four-party", "format", "on", "sidelines", "sixth", "separately", "individually", "before", "after", "ahead", "Kishida",
        "Yoon", "Camp", "David",
        // releases told as one side of a swap
        "Iran", "released", "freed", "five", "American", "prisoners", "exchange", "Iranians", "held", "United", "States", "return",
        "Washington's", "release", "of", "prisoner", "swap", "as", "part", "an", "trade", "deal", "fire", "Belarus", "Polish",
        "journalist", "spies", "$6", "billion", "frozen", "funds", "pledge", "by",
        // parts of a year or month, ordinal days, counts after a named place
        "end", "year", "early", "late", "month", "first", "second", "latter", "half", "that", "later", "earlier", "towards", "around",
        "very", "beginning", "close", "middle", "3rd", "September", "14th", "March", "2nd", "4th", "June", "31st", "December",
        "1st", "January", "9999", "0001", "mid-2019", "late-2020", "Early-2021", "recalled", "its", "envoy", "from", "Nairobi",
        "week", "against", "over", "than", "compared", "with", "up", "percent",
        // a negation that affirms, and causatives
        "not", "only", "but", "also", "did", "hesitate", "hesitated", "never", "failed", "fail", "would", "to", "condemn",
        "condemned", "summon", "protest", "led", "spurred", "caused", "prompted", "Japan", "close", "U.S.", "ally", "Algeria",
        "ambassador", "scramble", "jets",
        // the new senses
        "Israel", "halted", "paused", "strikes", "Lebanon", "India", "Pakistan", "ceased", "hostilities", "along", "Line", "Control",
        "Lithuania", "referred", "International", "Criminal", "Court", "Russia", "left", "Council", "Europe", "Syria", "was",
        "suspended", "Arab", "League", "China", "Mongolia", "broke", "ground", "railway", "flew", "tents", "medicines", "Myanmar",
        "IAEA", "board", "declared", "breach", "safeguards", "Kazakhstan", "opened", "SCO", "Astana", "resumed", "airstrikes", "Gaza",
        // punctuation and the words a stage stops at
        ".", ",", ";", ":", "\"", "'s", "-", "(", ")", "which", "while", "although", "whereas", "if",
    ];

    // Every cue word alone, and each ordered pair, opening and closing a text: where an adjunct, a trade or a period's part looks
    // past the sentence's end, and a negation looks at the word after it, and find nothing.
    [Fact]
    public void Extract_EveryCueAloneAndInPairs_NeverThrows()
    {
        StageSoup.ExtractEachCueAloneAndInPairs(s_cues);
    }

    [Theory]
    [InlineData("Xi met Putin and Lukashenko for")]
    [InlineData("Xi met Putin and Lukashenko for a")]
    [InlineData("Xi met Putin and Lukashenko for a trilateral")]
    [InlineData("Xi met Putin and Lukashenko at a three-way")]
    [InlineData("Xi met Putin and Lukashenko on the sidelines in Astana on Friday for the sixth")]
    [InlineData("met Kishida and Yoon during")]
    [InlineData("met and for a trilateral summit")]
    [InlineData("for a trilateral summit")]
    [InlineData("Iran released five American prisoners in")]
    [InlineData("Iran released five American prisoners in exchange")]
    [InlineData("Iran released five American prisoners in exchange for")]
    [InlineData("Iran released five American prisoners in exchange for Washington's")]
    [InlineData("Iran released five American prisoners in return for the release of")]
    [InlineData("Belarus freed a Polish journalist in a")]
    [InlineData("Belarus freed a Polish journalist in a prisoner")]
    [InlineData("Belarus freed a Polish journalist as part of an")]
    [InlineData("Belarus freed a Polish journalist as part of")]
    [InlineData("in exchange for")]
    [InlineData("released in exchange for five Iranians")]
    [InlineData("at the end of")]
    [InlineData("at the end of the")]
    [InlineData("At the end of the year")]
    [InlineData("early in the")]
    [InlineData("in the first half of that")]
    [InlineData("later in the")]
    [InlineData("towards the very")]
    [InlineData("the 14th of")]
    [InlineData("from 2nd to")]
    [InlineData("from 2nd to 4th")]
    [InlineData("3rd")]
    [InlineData("mid-")]
    [InlineData("mid-2019")]
    [InlineData("-2019")]
    [InlineData("recalled its envoy from")]
    [InlineData("recalled its envoy from Nairobi later that")]
    [InlineData("from Nairobi later that week")]
    [InlineData("Israel did not")]
    [InlineData("Israel did not hesitate")]
    [InlineData("Israel did not hesitate to")]
    [InlineData("not only")]
    [InlineData("Japan not only condemned")]
    [InlineData("never failed")]
    [InlineData("never failed to")]
    [InlineData("The decision led Algeria to")]
    [InlineData("prompted Japan, a close U.S. ally, to")]
    [InlineData("prompted Japan, a close U.S. ally,")]
    [InlineData("Israel halted strikes on")]
    [InlineData("India and Pakistan ceased hostilities along")]
    [InlineData("Lithuania referred Belarus to")]
    [InlineData("Russia left the")]
    [InlineData("Syria was suspended from")]
    [InlineData("China and Mongolia broke ground on")]
    [InlineData("India flew tents and")]
    [InlineData("The IAEA board declared Iran in")]
    [InlineData("Kazakhstan opened the")]
    [InlineData("Israel resumed its airstrikes on")]
    public void Extract_CueCutShort_Completes(string text)
    {
        StageSoup.AssertSoundAtEveryDate(text);
    }

    // Parts of a period and ordinal days at the calendar's ends: "the end of the year" told with no date before it is of the
    // publication day's year, which may be the calendar's last; a part of the first or last year or month must stop at the edge
    // rather than overflow.
    [Theory]
    [InlineData("At the end of the year, Iran released five American prisoners in exchange for five Iranians.")]
    [InlineData("Later in the year, Israel halted strikes on Lebanon. Early in the month, India flew tents to Myanmar.")]
    [InlineData("Xi met Putin on 31st December 9999. Later that week, he met Lukashenko for a trilateral summit.")]
    [InlineData("Belarus freed a Polish journalist on the 1st of January 0001 in a prisoner swap. Earlier that year, Russia left the Council of Europe.")]
    [InlineData("From 2nd to 4th June 9999, Kazakhstan opened the SCO summit in Astana. At the end of that month, China met Mongolia.")]
    [InlineData("In the first half of that year, Lithuania referred Belarus to the International Criminal Court.")]
    [InlineData("In mid-2019 Israel resumed its airstrikes on Gaza. Algeria recalled its envoy from Nairobi later that week.")]
    [InlineData("Towards the very end of the year 9999, Japan did not hesitate to condemn Pyongyang.")]
    [InlineData("Early in the month of January 0001, the IAEA board declared Iran in breach of its safeguards.")]
    public void Extract_PartsOfPeriodsAtTheCalendarsEnds_Complete(string text)
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
        "Xi met Putin and Lukashenko for a trilateral summit .", "Kishida met Biden and Yoon at Camp David for a three-way summit .",
        "Erdogan met Putin and Raisi on the sidelines in Astana on Friday for the sixth trilateral meeting .",
        "Macron met Scholz and Tusk separately before the trilateral summit .", "Iran released five American prisoners in exchange for five Iranians .",
        "Caracas freed ten Americans in exchange for Washington's release of a Maduro ally .", "Belarus freed a Polish journalist in a prisoner swap .",
        "Moscow freed two spies as part of an exchange of prisoners .", "Iran freed the crew in return for $6 billion in frozen funds .",
        "an exchange of fire", "a trade deal", "At the end of the year , China warned Taiwan .", "early in the month", "later in the year",
        "in the first half of that year", "on 3rd September", "on the 14th of March", "from 2nd to 4th June", "in mid-2019", "late-2020",
        "Algeria recalled its envoy from Nairobi later that week .", "up 5 percent from a year earlier",
        "Japan did not hesitate to condemn the launch .", "Seoul not only condemned Pyongyang but also summoned its envoy .",
        "Tokyo has never failed to protest .", "Moscow would not hesitate to strike .", "The decision led Algeria to recall its ambassador .",
        "The launch spurred Beijing to lodge a protest .", "The test caused Seoul to scramble jets .",
        "The strike prompted Japan , a close U.S. ally , to summon the envoy .", "Israel halted strikes on Lebanon .",
        "Israel paused strikes in Gaza .", "India and Pakistan ceased hostilities along the Line of Control .",
        "Lithuania referred Belarus to the International Criminal Court .", "Russia left the Council of Europe .",
        "Syria was suspended from the Arab League .", "China and Mongolia broke ground on a second railway .",
        "India flew tents and medicines to Myanmar .", "The IAEA board declared Iran in breach of its safeguards obligations .",
        "Kazakhstan opened the SCO summit in Astana .", "Israel resumed its airstrikes on Gaza .", "31st December 9999", "1st January 0001",
    ];

    // Soup shaped like the stages' phrases (a meeting before its gathering adjunct, a release before its trade, a period's part
    // before its clause), so the stages fire rather than bail out on their first word.
    [Fact]
    public void Property_CuePhraseSoup_IsSoundAndDeterministic() =>
        StageSoup.CheckSoupsOf(s_phrases, 200, 40);

    // One long run-on text of the cue words (over 50,000 words, sentences of random length, some very long): it completes well
    // within the hang guard. A stage that looks ahead without a bound, or scans the sentence again at each cue, shows here.
    [Fact]
    public void Extract_LongCueWordSoup_CompletesWithinAGuard() =>
        StageSoup.AssertExtractsWithinGuard(StageSoup.RandomRun(s_cues, 14, 55_000));

    // The stages' phrases with no full stop between them, over 50,000 words: every sentence runs to the splitter's longest and
    // holds many releases, trades, adjuncts and negations, so a stage whose cost grows with the square of its sentence (a search
    // for the trade from each release, for the adjunct from each meeting) pays the most here.
    [Fact]
    public void Extract_LongCuePhraseRunOn_CompletesWithinAGuard() =>
        StageSoup.AssertPhraseRunOnWithinGuard(s_phrases, 54);

    // Short sentences with nothing but words and full stops: a document-level stage (a part of a period counted from the day
    // before, a count after a place looking for its reference date) that scans all earlier sentences for each sentence grows
    // with the square of the document and shows here.
    private static readonly string[] s_shortSentences =
    [
        "Xi met Putin and Lukashenko for a trilateral summit .", "Iran released five prisoners in exchange for five Iranians .",
        "Belarus freed a journalist in a prisoner swap .", "At the end of the year China warned Taiwan .",
        "Early in the month India flew tents to Myanmar .", "Later in the year Israel halted strikes on Lebanon .",
        "Algeria recalled its envoy from Nairobi later that week .", "In mid-2019 Israel resumed its airstrikes on Gaza .",
        "Japan did not hesitate to condemn the launch .", "Seoul not only condemned Pyongyang but also summoned its envoy .",
        "The decision led Algeria to recall its ambassador .", "Lithuania referred Belarus to the International Criminal Court .",
        "Russia left the Council of Europe .", "Syria was suspended from the Arab League .", "Kazakhstan opened the SCO summit .",
        "China and Mongolia broke ground on a railway .", "The IAEA board declared Iran in breach .",
        "On the 14th of March Xi met Putin .", "From 2nd to 4th June Modi visited Japan .", "India and Pakistan ceased hostilities .",
    ];

    [Fact]
    public void Extract_ThousandsOfShortSentences_CompletesWithinAGuard()
    {
        // About 50,000 words in over 5,000 sentences with no punctuation but full stops: a linear document takes seconds, one
        // whose cost grows with the square of its sentences minutes.
        StageSoup.AssertShortSentencesWithinGuard(s_shortSentences, 62);
    }
}
