namespace Orkhon.Tests.Extraction;

/// <summary>
/// The stages and rows the fifteenth session added: orders of courts and bodies ("the court ordered Israel to", a day, a vote tally
/// or "unanimously" between an adopted resolution and its -ing form), joint exercises, summit delegations and mediation; parties
/// named in an earlier sentence ("They agreed", "The guest also pledged", "The hosts promised"); dates restated beside a count
/// ("Two years later, in May 2021,"), counts glossed by a date, the year that closes a name ("the Khaan Quest 2023 exercise");
/// a state's body under its own name ("Sudan's Security and Defence Council"); witnesses of an act ("with Borrell looking on");
/// aid sent after a disaster to the state it struck; a joint act owned by a compound of two states ("the India-Mongolia exercise");
/// states that share a compound's suffix after a suspended hyphen ("a Russian- and Turkish-brokered truce"); an organisation
/// that only owns a document noun ("violated U.N. resolutions", "under a U.N. mandate").
/// They look back over earlier sentences, over a tally or a name, and on over a list of parties to a watching word. Their cue
/// words, alone, in pairs, cut short, shuffled into soup, with no publication date and with the calendar's first and last days,
/// must never throw, must keep every event's span inside the text and must give the same events twice; a long run-on and a
/// document of thousands of short sentences must cost no more than linear time.
/// </summary>
public sealed class FifteenthSessionStageSoupTests
{
    private static readonly string[] s_cues =
    [
        // rulings, findings and orders of courts and international bodies
        "International", "Court", "of", "Justice", "tribunal", "ruled", "in", "favour", "favor", "the", "Philippines", "ordered",
        "Israel", "to", "halt", "instructed", "told", "refrain", "judge", "votes", "vote", "141", "five", "13", "0", "unanimously",
        "late", "early", "Thursday", "Friday", "passed", "abstentions",
        "issued", "an", "arrest", "warrant", "for", "Putin", "Security", "Council", "condemned", "General",
        "Assembly", "adopted", "a", "resolution", "demanding", "voted", "suspend", "Russia", "from", "Human", "Rights", "panel",
        "found", "that", "China", "had", "breached", "WTO", "IAEA", "board", "censured", "Iran", "heard", "case", "against",
        // joint exercises, training and peacekeeping
        "troops", "and", "Mongolia", "held", "joint", "drills", "military", "exercises", "two", "navies", "wrapped", "up",
        "naval", "Khaan", "Quest", "sent", "contingent", "U.N.", "mission", "South", "Sudan", "peacekeepers", "deployed", "trained",
        "Kazakh", "officers", "planned", "cancelled", "canceled", "exercise",
        // delegations at summits and multilateral meetings
        "prime", "minister", "attended", "summit", "hosted", "by", "leaders", "Japan", "Korea", "gathered", "delegation", "took",
        "part", "forum", "skipped", "BRICS", "Kazan", "G20", "New", "Delhi",
        // mediation credited to a third party
        "truce", "deal", "brokered", "Qatar", "with", "Turkish", "mediation", "talks", "facilitated", "Norway", "Egypt", "helped",
        "secure", "ceasefire", "offered", "mediate", "Hamas", "Ukraine", "grain",
        // parties named in an earlier sentence
        "Xi", "met", "Moscow", "on", "Tuesday", "also", "signed", "statement", "sides", "agreed", "He", "She", "They", "It",
        "pledged", "Both", "countries", "will", "visiting", "later", "laid", "wreath", "Tokyo", "its", "own", "promised",
        "agreement", "commits", "Seoul", "Beijing", "responded", "visitor", "visitors", "guest", "guests", "host", "hosts", "The",
        "president", "foreign", "his", "her",
        // dates of fresh text
        "ULAANBAATAR", "March", "3", "(Xinhua)", "--", "until", "2019", "turn", "century", "1990s", "following", "year", "autumn",
        "week", "days", "after", "before", "since", "9999", "0001", "31", "December", "1", "January", "spring", "decade", "Two",
        "years", "Days", "Less", "less", "than", "May", "2021", "February", "2020", "2023", "Vostok", "2022",
        "Maritime", "Belt", "ministers", "governments", "October", "18",
        // offices, embassies and officers of a state or a body
        "Chinese", "embassy", "Ulaanbaatar", "protested", "consulate", "Kremlin's", "press", "office", "Taiwan", "Affairs", "Office",
        "NATO's", "secretary", "general", "EU's", "policy", "chief", "envoy", "Kyrgyz", "border", "guards", "Sudan's", "Defence",
        "custody", "outside", "former", "company", "Intelligence", "Agency", "Self-Defense", "Force", "Forces",
        "Coast", "Guard", "Committee", "Ministry", "State", "Administration", "Science", "Technology", "Industry",
        "Communist", "Party", "&",
        // a disaster's stricken state, and a joint act owned by a compound of two states
        "earthquake", "floods", "cyclone", "struck", "western", "Nepal", "$10", "million", "emergency", "16th", "India-Mongolia",
        "Pakistan-China", "ended", "mandate",
        // states sharing a compound's suffix after a suspended hyphen
        "Russian-", "Turkish-brokered", "Qatari-", "Egyptian-", "U.S.-mediated", "Chinese-made", "jets", "or",
        // an organisation that only owns a document noun
        "violated", "resolutions", "rules", "law", "charter", "complied", "breach", "EU", "sanctions", "regime", "new", "nor",
        // witnesses of an act
        "Borrell", "looking", "watching", "observing", "present", "attendance", "Salman", "emir", "Trump", "Anwar",
        // punctuation and the words a stage stops at
        ".", ",", ";", ":", "\"", "'s", "-", "(", ")", "which", "while", "although", "whereas", "if", "but",
    ];

    // Every cue word alone, and each ordered pair, opening and closing a text: where a ruling looks for its addressee, a
    // mediation for its broker, a discourse phrase for its antecedent and a date for its anchor past the text's ends.
    [Fact]
    public void Extract_EveryCueAloneAndInPairs_NeverThrows()
    {
        StageSoup.ExtractEachCueAloneAndInPairs(s_cues);
    }

    [Theory]
    [InlineData("The International Court of Justice ordered")]
    [InlineData("The International Court of Justice ordered Israel to")]
    [InlineData("The tribunal ruled in favour of")]
    [InlineData("The tribunal ruled in")]
    [InlineData("The court issued an arrest warrant for")]
    [InlineData("issued an arrest warrant")]
    [InlineData("The General Assembly voted to suspend Russia from")]
    [InlineData("The General Assembly voted to")]
    [InlineData("The Security Council adopted a resolution demanding")]
    [InlineData("The Security Council adopted a resolution on Thursday")]
    [InlineData("The Security Council adopted a resolution late on Friday demanding")]
    [InlineData("The General Assembly passed a resolution by 141 votes to five")]
    [InlineData("The General Assembly passed a resolution by a vote of")]
    [InlineData("by 141 votes to five condemning")]
    [InlineData("unanimously demanding")]
    [InlineData("The court instructed")]
    [InlineData("The judge ordered Iran to")]
    [InlineData("ordered")]
    [InlineData("The panel found that China had")]
    [InlineData("The IAEA board censured")]
    [InlineData("Troops from China and Mongolia held joint")]
    [InlineData("Troops from China and")]
    [InlineData("The two navies wrapped up")]
    [InlineData("Mongolia sent a contingent to the U.N. mission in")]
    [InlineData("Peacekeepers from Mongolia deployed to")]
    [InlineData("trained Kazakh")]
    [InlineData("Japan's prime minister attended the summit hosted by")]
    [InlineData("Leaders of China, Japan and")]
    [InlineData("Japan's delegation took part in the forum hosted")]
    [InlineData("a truce brokered by")]
    [InlineData("a truce brokered")]
    [InlineData("with Turkish")]
    [InlineData("talks facilitated by")]
    [InlineData("Egypt helped secure the")]
    [InlineData("Xi met Putin in Moscow on Tuesday. The two")]
    [InlineData("Xi met Putin in Moscow on Tuesday. The two sides also")]
    [InlineData("Xi met Putin in Moscow on Tuesday. He also")]
    [InlineData("Xi met Putin in Moscow on Tuesday. Both")]
    [InlineData("Xi met Putin in Moscow on Tuesday. Tokyo, for its")]
    [InlineData("The two sides also signed")]
    [InlineData("He also pledged")]
    [InlineData("The agreement also commits")]
    [InlineData("Beijing responded by")]
    [InlineData("Yoon met Kishida in Tokyo. They")]
    [InlineData("They agreed to")]
    [InlineData("Modi arrived in Canberra for talks with Albanese. The guest")]
    [InlineData("Duda paid a visit to Vilnius. The hosts")]
    [InlineData("The")]
    [InlineData("The guest")]
    [InlineData("ULAANBAATAR, March 3 (Xinhua) --")]
    [InlineData("ULAANBAATAR, March 3 (Xinhua)")]
    [InlineData("ULAANBAATAR, March")]
    [InlineData("until")]
    [InlineData("until 2019")]
    [InlineData("at the turn of the")]
    [InlineData("in the 1990s")]
    [InlineData("in the")]
    [InlineData("the following")]
    [InlineData("that autumn")]
    [InlineData("a week later")]
    [InlineData("two days after the")]
    [InlineData("two days after")]
    [InlineData("Two years later,")]
    [InlineData("Two years later, in")]
    [InlineData("Two years later, in May 2021,")]
    [InlineData("Days later, on")]
    [InlineData("Less than a year later,")]
    [InlineData("In February 2020, less than a year later")]
    [InlineData(", less than a year later")]
    [InlineData("the Khaan Quest 2023")]
    [InlineData("Russia's Vostok 2022")]
    [InlineData("The 2023")]
    [InlineData("2023 exercise")]
    [InlineData("and on 18 October the")]
    [InlineData("; in May both")]
    [InlineData("The Chinese embassy in")]
    [InlineData("The Chinese embassy in Ulaanbaatar protested")]
    [InlineData("the Kremlin's press")]
    [InlineData("NATO's secretary")]
    [InlineData("the EU's foreign policy")]
    [InlineData("Kyrgyz border")]
    [InlineData("Sudan's Security and")]
    [InlineData("Sudan's Security and Defence")]
    [InlineData("Beijing's Taiwan Affairs")]
    [InlineData("Japan's Maritime Self-Defense")]
    [InlineData("China's State Administration for Science, Technology and")]
    [InlineData("Mongolia's &")]
    [InlineData("An earthquake struck western Nepal. China pledged")]
    [InlineData("An earthquake struck. China pledged $10 million in")]
    [InlineData("Floods hit India and Bangladesh. Japan sent")]
    [InlineData("The 16th India-Mongolia joint")]
    [InlineData("The Pakistan-China joint exercise ended under a U.N.")]
    [InlineData("Russia violated U.N.")]
    [InlineData("under a U.N.")]
    [InlineData("the EU's")]
    [InlineData("U.N. resolutions")]
    [InlineData("the the the U.N. resolution")]
    [InlineData("a Russian- and")]
    [InlineData("a Russian- and Turkish-brokered")]
    [InlineData("Qatari-, Egyptian- and")]
    [InlineData("Qatari-,")]
    [InlineData("- and U.S.-mediated talks")]
    [InlineData("Russian-")]
    [InlineData("Serbia and Kosovo signed the deal, with Borrell looking")]
    [InlineData("signed a ceasefire with Anwar and")]
    [InlineData("with Trump watching")]
    [InlineData("with the emir in")]
    [InlineData("with King Salman present")]
    [InlineData("was taken into custody outside the")]
    public void Extract_CueCutShort_Completes(string text)
    {
        StageSoup.AssertSoundAtEveryDate(text);
    }

    // Dates counted from an earlier event or a dateline at the calendar's ends: "the following year" after the last year, "two days
    // after the talks" of the last day, a decade or a century of the first year, a dateline's day on a document of the first day.
    [Theory]
    [InlineData("Xi met Putin on 31 December 9999. The following year, the two sides signed a statement.")]
    [InlineData("Xi met Putin on 31 December 9999. Two days after the talks, Beijing responded by sending an envoy.")]
    [InlineData("Xi met Putin on 31 December 9999. A week later, he also pledged aid to Mongolia.")]
    [InlineData("ULAANBAATAR, December 31 (Xinhua) -- Mongolia and China held joint military exercises.")]
    [InlineData("ULAANBAATAR, January 1 (Xinhua) -- The tribunal ruled in favour of the Philippines.")]
    [InlineData("In the 1990s, peacekeepers from Mongolia deployed to South Sudan.")]
    [InlineData("At the turn of the century, Egypt helped secure a truce between Israel and Hamas.")]
    [InlineData("Until 9999, the General Assembly voted to suspend Russia from the Human Rights Council.")]
    [InlineData("That autumn, Japan's prime minister attended the summit hosted by India in New Delhi.")]
    [InlineData("On 1 January 0001, the Chinese embassy in Ulaanbaatar protested. The year before, Tokyo, for its part, promised aid.")]
    public void Extract_DatesCountedFromAnEarlierEventAtTheCalendarsEnds_Complete(string text)
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
        "The International Court of Justice ordered Israel to halt its offensive .", "The tribunal ruled in favour of the Philippines .",
        "The court issued an arrest warrant for Putin .", "The General Assembly voted to suspend Russia from the Human Rights Council .",
        "The Security Council adopted a resolution demanding a ceasefire .", "The WTO panel found that China had breached its rules .",
        "The IAEA board censured Iran .", "The court heard a case against Mongolia .",
        "Troops from China and Mongolia held joint drills .", "The two navies wrapped up naval exercises .",
        "Mongolia sent a contingent to the U.N. mission in South Sudan .", "Peacekeepers from Mongolia deployed to South Sudan .",
        "Japan trained Kazakh officers .", "The exercise was planned but cancelled .",
        "Japan's prime minister attended the summit hosted by India .", "Leaders of China , Japan and South Korea gathered in Seoul .",
        "Japan's delegation took part in the forum hosted by China .", "Putin skipped the G20 summit in New Delhi .",
        "Israel and Hamas agreed a truce brokered by Qatar .", "Russia and Ukraine signed the grain deal with Turkish mediation .",
        "The talks were facilitated by Norway .", "Egypt helped secure the ceasefire .", "Qatar offered to mediate .",
        "Xi met Putin in Moscow on Tuesday .", "The two sides also signed a statement .", "The sides agreed to meet again .",
        "He also pledged aid .", "Both countries will hold talks .", "The visiting minister later laid a wreath .",
        "Tokyo , for its part , promised aid .", "The agreement also commits Seoul to talks .", "Beijing responded by recalling its envoy .",
        "ULAANBAATAR , March 3 ( Xinhua ) --", "until 2019", "at the turn of the century", "in the 1990s", "the following year",
        "that autumn", "a week later", "two days after the talks", "31 December 9999", "1 January 0001",
        "The Chinese embassy in Ulaanbaatar protested .", "The Kremlin's press office condemned the strike .",
        "Beijing's Taiwan Affairs Office warned Taipei .", "NATO's secretary general met the Japanese prime minister .",
        "The EU's foreign policy chief visited Kyiv .", "Kyrgyz border guards fired on Tajik troops .",
        "He was taken into custody outside the U.S. embassy .", "The former president visited Beijing .",
        "The judge ordered Iran to pay damages .", "The council adopted a resolution on Thursday demanding a truce .",
        "The assembly passed a resolution by 141 votes to five condemning Russia .", "The council unanimously adopted a resolution .",
        "Yoon met Kishida in Tokyo .", "They agreed to resume visits .", "Modi arrived in Canberra for talks with Albanese .",
        "The guest also pledged aid .", "The hosts promised support .", "Two years later , in May 2021 , Japan signed a deal .",
        "Days later , on 9 March 2019 , Seoul protested .", "In February 2020 , less than a year later , China met Mongolia .",
        "The Khaan Quest 2023 exercise opened .", "Russia's Vostok 2022 drills ended .", "and on 18 October the foreign ministers met",
        "Sudan's Security and Defence Council condemned Chad .", "Mongolia's General Intelligence Agency met Japan .",
        "Japan's Maritime Self-Defense Force held drills with India .", "China's Communist Party praised Laos .",
        "Serbia and Kosovo signed the deal , with Borrell looking on .", "Thailand and Cambodia signed a ceasefire with Anwar and Trump watching .",
        "Israel and Egypt signed the accord with King Salman present .", "An earthquake struck western Nepal .",
        "China pledged $10 million in emergency aid .", "Floods hit India and Bangladesh .",
        "The 16th India-Mongolia joint exercise ended under a U.N. mandate .", "Israel and Hamas agreed a Qatari- , Egyptian- and U.S.-mediated truce .",
        "Armenia and Azerbaijan signed a Russian- and Turkish-brokered deal .", "Qatari- , Egyptian- ,",
        "Russia violated U.N. resolutions .", "Mongolia sent troops under a U.N. mandate .", "China complied with WTO rules .",
        "The U.N. resolution demands that Israel withdraw .", "Iran demanded the lifting of the EU's sanctions regime .", "the the the",
    ];

    // Soup shaped like the stages' phrases (a ruling before its addressee, a truce before its broker, an earlier pair before "the two
    // sides", a dateline before its story), so the stages fire rather than bail out on their first word.
    [Fact]
    public void Property_CuePhraseSoup_IsSoundAndDeterministic() =>
        StageSoup.CheckSoupsOf(s_phrases, 200, 40);

    // One long run-on text of the cue words (over 50,000 words, sentences of random length, some very long): it completes well
    // within the hang guard. A stage that looks ahead without a bound, or scans the sentence again at each cue, shows here.
    [Fact]
    public void Extract_LongCueWordSoup_CompletesWithinAGuard() =>
        StageSoup.AssertExtractsWithinGuard(StageSoup.RandomRun(s_cues, 15, 55_000));

    // The stages' phrases with no full stop between them, over 50,000 words: every sentence runs to the splitter's longest and
    // holds many rulings, brokers, delegations and discourse openings, so a stage whose cost grows with the square of its sentence
    // (a search for the broker from each truce, for the addressee from each order) pays the most here.
    [Fact]
    public void Extract_LongCuePhraseRunOn_CompletesWithinAGuard() =>
        StageSoup.AssertPhraseRunOnWithinGuard(s_phrases, 55);

    // Short sentences with nothing but words and full stops: a document-level stage (an antecedent for "the two sides" or "he", a
    // date counted from an earlier event) that scans all earlier sentences for each sentence grows with the square of the document
    // and shows here.
    private static readonly string[] s_shortSentences =
    [
        "The court ordered Israel to halt its offensive .", "The tribunal ruled in favour of the Philippines .",
        "The General Assembly voted to suspend Russia from the council .", "Troops from China and Mongolia held joint drills .",
        "Peacekeepers from Mongolia deployed to South Sudan .", "Japan's prime minister attended the summit hosted by India .",
        "Israel and Hamas agreed a truce brokered by Qatar .", "Egypt helped secure the ceasefire .",
        "Xi met Putin in Moscow on Tuesday .", "The two sides also signed a statement .", "He also pledged aid .",
        "Both countries will hold talks .", "Tokyo for its part promised aid .", "Beijing responded by recalling its envoy .",
        "The following year the sides agreed to meet again .", "Two days after the talks Seoul protested .",
        "In the 1990s Mongolia sent a contingent .", "The Chinese embassy in Ulaanbaatar protested .",
        "The Kremlin's press office condemned the strike .", "NATO's secretary general visited Tokyo .",
        "The judge ordered Iran to pay damages .", "They agreed to resume visits .", "The guest also pledged aid .",
        "The hosts promised support .", "Two years later in May 2021 Japan signed a deal .", "The Khaan Quest 2023 exercise opened .",
        "Sudan's Security and Defence Council condemned Chad .", "Serbia and Kosovo signed the deal with Borrell looking on .",
        "An earthquake struck western Nepal .", "China pledged $10 million in emergency aid .",
        "The India-Mongolia joint exercise ended .",
    ];

    [Fact]
    public void Extract_ThousandsOfShortSentences_CompletesWithinAGuard()
    {
        // About 50,000 words in over 5,000 sentences with no punctuation but full stops: a linear document takes seconds, one
        // whose cost grows with the square of its sentences minutes.
        StageSoup.AssertShortSentencesWithinGuard(s_shortSentences, 63);
    }
}
