using FsCheck;
using FsCheck.Fluent;
using Orkhon.Extraction;
using Orkhon.Text;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// The stages the tenth session added (acts told in a state's compound, "a U.S.-brokered truce", "a Chinese-funded railway in
/// Kenya"; a state owning up to its own act, "confirmed that it had detained"; a named leader's killing as an assassination and
/// the strike that killed him no second act, a state's "-led" before an armed-act noun; a bare meeting noun in an adjunct, "told X
/// during talks", a host receiving guests "for a three-way meeting", parties "joining" in an absolute clause, a unit's "from", a
/// frontier adjective; a stance joined by reference, "joined in the condemnation", "joined calls for", and a threat backing the
/// same party's pressure; "no" denying an act, "from Oct. 28 to 31", "since late 2023", "in September that year", a day or an
/// interval counted from a month or a year) read words around the token they stand on, forwards and backwards, and some count
/// dates. Their cue words, alone, in pairs, cut short, shuffled into soup, with no publication date and with the calendar's first
/// and last days, must never throw, must keep every event's span inside the text and must give the same events twice.
/// </summary>
public sealed class TenthSessionStageSoupTests
{
    private static readonly string[] s_cues =
    [
        // compounds of mediation and funding, their nouns, "between" and the host after "in" or before "'s"
        "U.S.-brokered", "Qatar-mediated", "Egyptian-mediated", "Chinese-funded", "Japan-financed", "Saudi-bankrolled", "-brokered",
        "-funded", "Chinese-", "US-born", "Chinese-made", "truce", "ceasefire", "talks", "deal", "swap", "railway", "airport",
        "power", "plant", "between", "across", "humanitarian", "$", "4", "billion", "Kenya", "Kenya's", "new", "first",
        // admissions of a state's own act
        "confirmed", "admitted", "acknowledged", "conceded", "confirms", "that", "it", "they", "had", "has", "have", "already",
        "indeed", "detained", "seized", "tanker", "Canadians",
        // named leaders killed, strikes as their means, "-led" before an armed-act noun, compass words after a preposition
        "killed", "was", "Hezbollah", "commander", "chief", "leader", "head", "Ali", "Karaki", "Israeli-led", "U.S.-led", "Iran-led",
        "strikes", "strike", "air", "drone", "northern", "Iraq", "on",
        // the session's new lexicon rows
        "let", "go", "hostages", "supplied", "with", "weapons", "bankrolled", "paid", "for", "recalled", "its", "high",
        "commissioner", "charge", "d'affaires", "ended", "diplomatic", "relations", "barred", "aircraft", "would", "never", "recognise",
        "cannot", "accept",
        // meetings in adjuncts, hosts, datelines' dashes, absolute clauses of joiners, units "from", frontiers
        "told", "president", "during", "During", "at", "At", "a", "meeting", "in", "In", "hosted", "received", "three-way", "trilateral",
        "Panama", "Seoul", "SEOUL", "(", "Yonhap", ")", "--", "-", "joining", "began", "joint", "exercises", "ships", "Australian", "French",
        "Warships", "from", "troops", "experts", "near", "along", "off", "close", "next", "to", "border", "frontier", "coast", "waters",
        "Polish",
        // joined stances and threats backing pressure
        "joined", "joins", "the", "The", "condemnation", "calls", "call", "chorus", "of", "criticism", "demands", "appeal", "accused",
        "urged", "asked", "demanded", "EU", "Britain", "NATO", "also", "and", ",", "but", "then", "warned", "threatened", "retaliate",
        "matter", "ministry", "suspend", "dams", "Mongolia",
        // "no" denying an act, open spans, counted intervals
        "no", "No", "held", "visit", "there", "were", "Russian", "such", "doubt", "Oct.", "28", "31", "until", "through", "since",
        "late", "mid-2022", "early", "2023", "September", "year", "same", "next", "day", "earlier", "following", "three", "months",
        "after", "before", "two", "years", "May", "2022", "February", "who", "took", "office", "November", "99999", "9999", "0001",
        "Dec.", "Jan.", "1", ".", ";", ":", "\"",
        // actors
        "Israel", "Hamas", "Japan", "China", "Iran", "Russia", "Moscow", "Ukraine", "Putin", "Rubio", "Erdogan", "Sandu", "Kyiv",
        "South", "Korea", "United", "States", "Washington",
        // merged later: pairs of private people ("the two men", "both women")
        "men", "women", "both", "police", "freed",
    ];

    // Every cue word alone, and each pair of them, opening and closing a text: the first and last token of a sentence, where
    // look-backs ("that it had" before an act, "the" before a compound, a joiner before "joined") and look-aheads (a noun after a
    // compound, a name after a title, "joining" after "with") run off the ends.
    [Fact]
    public void Extract_EveryCueAloneAndInPairs_NeverThrows()
    {
        StageSoup.ExtractEachCueAloneAndInPairs(s_cues);
    }

    [Theory]
    [InlineData("a U.S.-brokered")]
    [InlineData("a U.S.-brokered truce")]
    [InlineData("a U.S.-brokered truce between")]
    [InlineData("a U.S.-brokered truce between Israel and")]
    [InlineData("the Qatar-mediated $ 4 billion")]
    [InlineData("the Qatar-mediated talks of")]
    [InlineData("a Chinese-funded railway in")]
    [InlineData("a Chinese-funded railway in the")]
    [InlineData("Kenya's new Chinese-funded")]
    [InlineData("'s Chinese-funded railway")]
    [InlineData("-brokered truce")]
    [InlineData("China confirmed")]
    [InlineData("China confirmed that it had")]
    [InlineData("confirmed on")]
    [InlineData("that it had detained two Canadians")]
    [InlineData("Iran acknowledged it had seized the tanker")]
    [InlineData("An Israeli drone strike killed Hezbollah commander")]
    [InlineData("An Israeli drone strike killed Hezbollah commander Ali")]
    [InlineData("killed the group's military commander")]
    [InlineData("Hamas leader was killed in an Israeli")]
    [InlineData("Israeli-led")]
    [InlineData("Israeli-led strikes")]
    [InlineData("a U.S.-led air")]
    [InlineData("strikes on northern")]
    [InlineData("Iran let go")]
    [InlineData("Germany supplied Ukraine with")]
    [InlineData("Japan paid for")]
    [InlineData("Ottawa recalled its high")]
    [InlineData("Taipei ended diplomatic relations with")]
    [InlineData("Belgrade said it would never")]
    [InlineData("Rubio told Panama's president during")]
    [InlineData("Rubio told Panama's president during talks")]
    [InlineData("Rubio told Panama's president during talks in Panama City that")]
    [InlineData("during talks")]
    [InlineData("At a meeting")]
    [InlineData("Erdogan hosted Putin and Raisi for a three-way")]
    [InlineData("Erdogan hosted Putin and Raisi for a three-way meeting")]
    [InlineData("SEOUL, June 27 (Yonhap) -- at talks")]
    [InlineData("-- during talks in Seoul")]
    [InlineData("Japan and the United States began joint exercises, with")]
    [InlineData("Japan and the United States began joint exercises, with Australian and French ships joining")]
    [InlineData("with France joining")]
    [InlineData("Warships from")]
    [InlineData("Warships from Iran")]
    [InlineData("Warships from the")]
    [InlineData("A delegation from the")]
    [InlineData("Troops from")]
    [InlineData("held drills near the Polish")]
    [InlineData("held drills close to")]
    [InlineData("joined")]
    [InlineData("Britain joined in the")]
    [InlineData("Britain joined in the condemnation")]
    [InlineData("The EU, Britain and NATO have also joined the growing chorus of")]
    [InlineData("South Korea joined calls for")]
    [InlineData("Russia asked Mongolia to suspend the dams. The ministry warned")]
    [InlineData("Russia asked Mongolia to suspend the dams. The ministry warned that it would")]
    [InlineData("held no")]
    [InlineData("held no talks")]
    [InlineData("No")]
    [InlineData("there were no Russian")]
    [InlineData("from Oct. 28 to")]
    [InlineData("from Oct. 28 to 31")]
    [InlineData("since late")]
    [InlineData("since mid-")]
    [InlineData("since mid-2022")]
    [InlineData("in September that year")]
    [InlineData("In February, Sandu accused Moscow; Russia dismissed the claim the next")]
    [InlineData("in May 2022, three months after")]
    [InlineData("Saikhanbileg, who took office in November,")]
    [InlineData("the two men")]
    [InlineData("Police held two women. Both women")]
    [InlineData("Putin met Xi. The two men")]
    public void Extract_CueCutShort_Completes(string text)
    {
        StageSoup.AssertSoundAtEveryDate(text);
    }

    // Times near the calendar's ends where the new stages count or read them: a compound's own time, a joined stance's date,
    // months and years counted from a month or a year, a day next to a month, open spans opening in part of a year.
    [Theory]
    [InlineData("The Dec. 31, 9999 U.S.-brokered truce between Israel and Hamas held.")]
    [InlineData("A U.S.-brokered truce of Jan. 1, 0001 between Israel and Hamas held.")]
    [InlineData("Japan accused China of hacking on Dec. 31, 9999. Britain joined in the condemnation.")]
    [InlineData("Japan urged China to free the crew. South Korea joined calls for their release on Jan. 1, 0001.")]
    [InlineData("Finland applied to join NATO in December 9999, three months after Russia's invasion.")]
    [InlineData("Finland applied to join NATO in January 0001, three months before Russia's invasion.")]
    [InlineData("Finland applied to join NATO in 9999, two years after the coup.")]
    [InlineData("Finland applied to join NATO in 0001, 99999 years before the coup.")]
    [InlineData("Finland applied to join NATO in May 2022, 99999 months after the coup.")]
    [InlineData("In December 9999, Sandu accused Russia of plotting a coup; Moscow dismissed the claim the next day.")]
    [InlineData("In January 0001, Sandu accused Russia of plotting a coup; Moscow dismissed the claim a day earlier.")]
    [InlineData("Putin visited China from Dec. 28 to 31, 9999.")]
    [InlineData("Putin visited China from Jan. 28 to 31, 0001.")]
    [InlineData("Russia has struck Ukraine since late 9999.")]
    [InlineData("Russia has struck Ukraine since early 0001.")]
    [InlineData("Putin visited China in December 9999 and met Xi in September that year.")]
    [InlineData("China confirmed on Dec. 31, 9999 that it had detained two Canadians.")]
    public void Extract_TimesAtTheCalendarsEnds_Complete(string text)
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
        "a U.S.-brokered truce between Israel and Hamas", "the Qatar-mediated talks", "a Chinese-funded railway in Kenya", "Kenya's Chinese-funded railway",
        "China confirmed on Thursday that it had detained two Canadians .", "Iran acknowledged it had seized the tanker .",
        "An Israeli drone strike killed Hezbollah commander Ali Karaki .", "Hamas leader Ismail Haniyeh was killed in an Israeli strike .",
        "Israeli-led strikes on northern Iraq killed", "Iran let go two French nationals .", "Germany supplied Ukraine with weapons .",
        "Ottawa recalled its high commissioner from New Delhi .", "Belgrade said it would never recognise Kosovo .",
        "Rubio told Panama's president during talks in Panama City that", "Erdogan hosted Putin and Raisi for a three-way meeting .",
        "SEOUL , June 27 ( Yonhap ) --", "Japan and the United States began joint exercises , with Australian and French ships joining .",
        "Warships from Iran , Russia and China began drills", "held drills near the Polish border", "The EU , Britain and NATO joined in the condemnation .",
        "South Korea joined calls for", "Russia asked Mongolia to suspend the dams .", "The ministry warned that it would take the matter further .",
        "Japan held no talks with China .", "there were no Russian strikes on the city", "from Oct. 28 to 31", "since late 2023", "in September that year",
        "In February , Sandu accused Moscow ; Russia dismissed the claim the next day .", "in May 2022 , three months after the invasion ,",
        "Dec. 31 , 9999", "Jan. 1 , 0001", "Police held two women . The two women were freed .", "Putin met Xi . Both men signed a deal .",
    ];

    // Soup shaped like the stages' phrases (a compound and its noun, an admission, a leader killed, an adjunct meeting, a joined
    // stance, a denial by "no", a counted interval), so the stages fire rather than bail out on their first word.
    [Fact]
    public void Property_CuePhraseSoup_IsSoundAndDeterministic() =>
        StageSoup.CheckSoupsOf(s_phrases, 200, 40);

    // p23-speed's folded text: a document held only in its normalised form and the characters folding changed. Extraction of
    // it reports the very events, with the very sentences, that extraction of the document's own text does.
    [Fact]
    public void Property_FoldedText_GivesTheDocumentsOwnEvents() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(100).WithEndSize(30), Prop.ForAll((from parts in Gen.ArrayOf(Gen.Elements(s_phrases)) from joint in Gen.Elements(" \u201C", "\u2019 ", " \u2014 ", "\u00A0", " ` ", " ") select (parts, joint)).ToArbitrary(), c =>
        {
            var text = string.Join(c.joint, c.parts);
            var normalised = TextNormaliser.Normalise(text);
            var changes = new List<(int At, char Original)>();
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] != normalised[i])
                {
                    changes.Add((i, text[i]));
                }
            }

            var folded = new FoldedText(normalised, changes);
            DateOnly? date = new DateOnly(2024, 3, 5);
            var own = EventExtractor.Default.Extract(text, date).Select(e => e.ToString());
            var fromFolded = EventExtractor.Default.Extract(SplitText.Of(folded), date).Select(e => e.ToString());
            return folded.Original(0, text.Length) == text && own.SequenceEqual(fromFolded);
        }));

    // One long run-on text of the cue words (60,000 words, sentences of random length, some very long): it completes well within
    // a hang guard. A stage that looks back without a bound or pairs every phrase with every event shows here.
    [Fact]
    public void Extract_LongCueWordSoup_CompletesWithinAGuard() =>
        StageSoup.AssertExtractsWithinGuard(StageSoup.RandomRun(s_cues, 10, 60_000));

    // The stages' phrases run on for over 50,000 words: each stage fires in every sentence, many times in the long ones, with
    // earlier stances, pressures and days always there to look back on.
    [Fact]
    public void Extract_LongCuePhraseSoup_CompletesWithinAGuard() =>
        StageSoup.AssertExtractsWithinGuard(StageSoup.RandomRun(s_phrases, 23, 55_000));

    // The same phrases with no full stop between them: every sentence runs to the splitter's longest, so a stage whose cost
    // grows with the square of its sentence (tokens × phrases, events × events) pays the most it can here.
    [Fact]
    public void Extract_LongCuePhraseRunOn_CompletesWithinAGuard() =>
        StageSoup.AssertExtractsWithinGuard(StageSoup.RandomRun(s_phrases, 31, 55_000, p => p.Replace(" .", " ,", StringComparison.Ordinal)));
}
