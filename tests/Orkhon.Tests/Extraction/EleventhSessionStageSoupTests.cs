namespace Orkhon.Tests.Extraction;

/// <summary>
/// The stages and rows the eleventh session added (a speaker saying another party was behind, to blame for or responsible for a
/// hostile act; a criticism whose object is an act noun answering that act's agent after "by"; a signing told by the states and
/// then by their leaders coded once; months and years counted from the date told before, "a fortnight ago", "tonight", "this
/// morning", a season "this spring" already past; condolences offered bare and terms agreed to; meetings named by their noun
/// with "between", handshakes; delisting, bases handed over, goods banned by the partner's adjective, mission staff expelled,
/// patrol ships sent; joint drills run or co-hosted, names put to a treaty; and the review's word lists moved to data: the
/// clause breaks of a meeting adjunct and of a verb series, frontiers, a compound's determiners, joiners, floating "all",
/// ordinals, cardinals and the parts of a decade) read words around the token they stand on, forwards and backwards, and some
/// count dates. Their cue words, alone, in pairs, cut short, shuffled into soup, with no publication date and with the
/// calendar's first and last days, must never throw, must keep every event's span inside the text and must give the same
/// events twice.
/// </summary>
public sealed class EleventhSessionStageSoupTests
{
    private static readonly string[] s_cues =
    [
        // reported blame: a verb of saying, the accused, "was behind", "to blame", "responsible for", "bore responsibility for"
        "said", "says", "told", "warned", "that", "Kyiv", "Moscow", "Baku", "Yerevan", "Israel", "Hamas", "was", "were", "is", "are",
        "been", "be", "had", "also", "not", "never", "n't", "behind", "to", "blame", "blamed", "responsible", "responsibility",
        "directly", "fully", "bore", "bears", "bear", "full", "sole", "for", "the", "this", "these", "those", "a", "an", "attack",
        "attacks", "clashes", "incursion", "provocation", "seizure", "strikes", "schedule", "security",
        // nested act agents: a criticism of an act noun and its agent after "by"
        "condemned", "denounced", "rejected", "demanded", "called", "expulsion", "killing", "arrest", "of", "its", "their", "two",
        "senior", "diplomats", "general", "unprovoked", "illegal", "and", "by", "Poland", "United", "States", "act", "terrorism",
        // a signing told by the states, then by their leaders
        "Mongolia", "Russia", "signed", "treaty", "Battulga", "Putin", "after", "talks", "president", "minister", "foreign",
        // months and years counted from a date told before, fortnights, tonight, this morning, seasons
        "year", "years", "month", "months", "decade", "decades", "later", "earlier", "afterwards", "on", "following", "previous",
        "preceding", "same", "in", "that", "from", "than", "over", "versus", "up", "5", "percent", "fortnight", "fortnights", "ago",
        "tonight", "morning", "afternoon", "evening", "past", "weekend", "spring", "summer", "winter", "between", "2017", "2019",
        "March", "2019", "99", "9999", "0001", "Dec.", "31", "Jan.", "1", "since", "early", "mid", "late", "1990s", "mid-1990s",
        // ordinals and cardinals counted from, the Nth day of a stay
        "first", "second", "third", "twelfth", "thirteenth", "day", "days", "visit", "three", "twelve", "one", "six", "week", "weeks",
        // condolences, terms agreed to, meetings by their noun, handshakes
        "offered", "expressed", "conveyed", "extended", "his", "condolences", "sympathy", "agreed", "acceded", "consented", "all",
        "terms", "demands", "conditions", "ultimatum", "bowed", "negotiations", "consultations", "discussions", "shook", "hands",
        "handshake", "with", "will", "shall", "unlikely", "scheduled", "open", "Monday",
        // delisting, bases, goods, mission staff, patrol ships, drills, treaties
        "struck", "took", "off", "blacklist", "list", "pulled", "out", "handed", "base", "vacated", "banned", "halted", "Australian",
        "wine", "oil", "imports", "levies", "steel", "expelled", "high", "commissioner", "consul", "kicked", "impounded",
        "Venezuelan", "cargo", "plane", "detained", "American", "reporter", "dispatched", "coast", "guard", "ships", "waters",
        "near", "Japan", "China", "co-hosted", "ran", "run", "joint", "exercises", "drills", "put", "names", "declaration",
        "extradited", "cartel", "boss", "campaign", "killings", "against", "civilians",
        // the review's word lists: clause breaks, frontiers, determiners, joiners, floating "all"
        "during", "told", "Panama's", "while", "when", "which", "who", "before", "as", ":", ";", ",", ".", "\"", "border", "frontier",
        "borders", "along", "at", "across", "close", "next", "Polish", "Kenya's", "new", "Chinese-funded", "railway", "joined",
        "condemnation", "calls", "but", "then", "has", "have", "would", "attending", "both", "Britain", "EU", "NATO", "Ukraine",
        "Iran", "Washington",
    ];

    // Every cue word alone, and each pair of them, opening and closing a text: the first and last token of a sentence, where
    // look-backs (the verb of saying before an accused, the determiner before an act noun, the date told before a count) and
    // look-aheads (the act noun after "behind", the agent after "by", the unit after a count) run off the ends.
    [Fact]
    public void Extract_EveryCueAloneAndInPairs_NeverThrows()
    {
        StageSoup.ExtractEachCueAloneAndInPairs(s_cues);
    }

    [Theory]
    [InlineData("Kyiv said Moscow was")]
    [InlineData("Kyiv said Moscow was behind")]
    [InlineData("Kyiv said Moscow was behind the")]
    [InlineData("Kyiv said Moscow was to")]
    [InlineData("Kyiv said Moscow was to blame")]
    [InlineData("Baku said Yerevan was responsible")]
    [InlineData("Baku said Yerevan was responsible for")]
    [InlineData("Israel said Hamas bore full responsibility")]
    [InlineData("Israel said Hamas bore full responsibility for the")]
    [InlineData("said that Moscow had never been behind the attack")]
    [InlineData("was behind the attack")]
    [InlineData("to blame")]
    [InlineData("Moscow condemned the")]
    [InlineData("Moscow condemned the expulsion")]
    [InlineData("Moscow condemned the expulsion of its diplomats by")]
    [InlineData("Moscow condemned the expulsion of its diplomats by the")]
    [InlineData("condemned the unprovoked and illegal seizure by")]
    [InlineData("Mongolia and Russia signed a treaty. Battulga and Putin signed")]
    [InlineData("Battulga and Putin signed the treaty after talks. Mongolia and Russia signed")]
    [InlineData("A year later")]
    [InlineData("A year on")]
    [InlineData("A year on,")]
    [InlineData("two years")]
    [InlineData("the following")]
    [InlineData("the following month")]
    [InlineData("the previous year")]
    [InlineData("later that")]
    [InlineData("later that year")]
    [InlineData("in that same")]
    [InlineData("up 5 percent from a year earlier")]
    [InlineData("a fortnight")]
    [InlineData("a fortnight ago")]
    [InlineData("tonight")]
    [InlineData("this morning")]
    [InlineData("this past weekend")]
    [InlineData("this spring")]
    [InlineData("in the early")]
    [InlineData("in the mid-")]
    [InlineData("since late")]
    [InlineData("on the twelfth day of")]
    [InlineData("on the thirteenth day of the visit")]
    [InlineData("Putin offered his")]
    [InlineData("Putin offered his condolences")]
    [InlineData("Colombia agreed to all of")]
    [InlineData("Colombia agreed to all of Washington's terms")]
    [InlineData("Talks between")]
    [InlineData("Negotiations between Serbia and")]
    [InlineData("shook hands")]
    [InlineData("Erdogan's handshake with")]
    [InlineData("struck Panama off")]
    [InlineData("Beijing banned Australian")]
    [InlineData("Canada expelled India's high")]
    [InlineData("China dispatched two coast guard ships to waters near")]
    [InlineData("Kazakhstan and Kyrgyzstan ran joint")]
    [InlineData("put their names to")]
    [InlineData("Rubio told Panama's president, during")]
    [InlineData("held drills close to the")]
    [InlineData("Kenya's new Chinese-funded")]
    [InlineData("The EU, Britain and NATO have joined")]
    [InlineData("who were all")]
    [InlineData("are all attending")]
    public void Extract_CueCutShort_Completes(string text)
    {
        StageSoup.AssertSoundAtEveryDate(text);
    }

    // Counts from a date told before, near the calendar's ends: each count must stop at the calendar's edge rather than
    // overflow, whatever the date it counts from, and the date told before may be the publication day's neighbour or far off.
    [Theory]
    [InlineData("The treaty was signed in December 9999. A year later, Mongolia and Russia renewed it.")]
    [InlineData("The treaty was signed in January 0001. A year earlier, Mongolia and Russia held talks.")]
    [InlineData("The treaty was signed in 9999. Two decades later, Mongolia and Russia renewed it.")]
    [InlineData("The treaty was signed in 0001. 99 years earlier, Mongolia and Russia held talks.")]
    [InlineData("The treaty was signed on Dec. 31, 9999. The following month, Putin visited Mongolia.")]
    [InlineData("The treaty was signed on Jan. 1, 0001. The previous month, Putin visited Mongolia.")]
    [InlineData("The treaty was signed on Dec. 31, 9999. Later that year, Putin visited Mongolia.")]
    [InlineData("The treaty was signed between 2017 and 9999. Two years later, Putin visited Mongolia.")]
    [InlineData("The treaty was signed since 2019. Two years later, Putin visited Mongolia.")]
    [InlineData("Putin visited Mongolia a fortnight ago.")]
    [InlineData("Putin visited Mongolia 99 fortnights ago.")]
    [InlineData("Putin visited Mongolia tonight.")]
    [InlineData("Russian troops withdrew from the border this spring.")]
    [InlineData("Putin visited Mongolia in the late 1990s and in the early 2000s.")]
    [InlineData("Putin visited Mongolia since mid-9999.")]
    [InlineData("Putin arrived on Jan. 1, 0001, the twelfth day of the visit.")]
    [InlineData("Putin arrived on Dec. 31, 9999, the third day of the visit.")]
    [InlineData("Putin visited Mongolia on Dec. 31, 9999. Six days later, Xi visited Russia.")]
    [InlineData("Putin visited Mongolia on Jan. 1, 0001. Twelve days ago, Xi visited Russia.")]
    public void Extract_CountsAtTheCalendarsEnds_Complete(string text)
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
        "Kyiv said Moscow was behind the attack .", "Baku said Yerevan was to blame for the clashes .",
        "Israel said Hamas bore full responsibility for the incursion .", "Kyiv said Moscow was not behind schedule .",
        "Moscow condemned the expulsion of its two senior diplomats by Poland .", "Tehran denounced the killing of its general by the United States",
        "Mongolia and Russia signed a treaty .", "Battulga and Putin signed the treaty after talks .",
        "The treaty was signed in March 2019 .", "A year later , Putin visited Mongolia .", "Two decades on ,", "the following month",
        "the previous year", "later that year", "in that same month", "up 5 percent from a year earlier", "a fortnight ago",
        "tonight", "this morning", "this past weekend", "this spring", "in the early 1990s", "since late 2023",
        "on the third day of the visit", "Putin offered his condolences .", "Colombia agreed to all of Washington's terms .",
        "Talks between the Chilean and Peruvian foreign ministers lasted three hours .", "The two presidents shook hands .",
        "The European Union struck Panama off its blacklist .", "Beijing banned Australian wine .", "Canada expelled India's high commissioner .",
        "China dispatched two coast guard ships to waters near Japan .", "Kazakhstan and Kyrgyzstan ran joint exercises .",
        "Rubio told Panama's president during talks in Panama City that", "held drills near the Polish border",
        "The EU , Britain and NATO have joined the condemnation .", "who were all attending", "Dec. 31 , 9999", "Jan. 1 , 0001",
    ];

    // Soup shaped like the stages' phrases (a blame after a verb of saying, an act noun and its agent, a count from a date told
    // before), so the stages fire rather than bail out on their first word.
    [Fact]
    public void Property_CuePhraseSoup_IsSoundAndDeterministic() =>
        StageSoup.CheckSoupsOf(s_phrases, 200, 40);

    // One long run-on text of the cue words (60,000 words, sentences of random length, some very long): it completes well within
    // the hang guard. A stage that looks back without a bound, or scans the sentence again at each cue, shows here.
    [Fact]
    public void Extract_LongCueWordSoup_CompletesWithinAGuard() =>
        StageSoup.AssertExtractsWithinGuard(StageSoup.RandomRun(s_cues, 11, 60_000));

    // The stages' phrases with no full stop between them, over 50,000 words: every sentence runs to the splitter's longest and
    // holds many blames, act nouns and counts, so a stage whose cost grows with the square of its sentence pays the most here.
    [Fact]
    public void Extract_LongCuePhraseRunOn_CompletesWithinAGuard() =>
        StageSoup.AssertExtractsWithinGuard(StageSoup.RandomRun(s_phrases, 37, 55_000, p => p.Replace(" .", " ,", StringComparison.Ordinal)));

    // The same phrases as sentences, over 50,000 words: each count has a date told before it to run from, and each blame and
    // each signing earlier acts to look back on.
    [Fact]
    public void Extract_LongCuePhraseSoup_CompletesWithinAGuard() =>
        StageSoup.AssertExtractsWithinGuard(StageSoup.RandomRun(s_phrases, 41, 55_000));
}
