using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// A challenge set of wire-style sentences, our own, one per date rule of issue 9 (section 9) and of the corpus README:
/// bare weekdays, "last Tuesday", "a day earlier", "over the weekend", "earlier this month", "next week", planned trips,
/// spans, seasons, "N days ago", reporting clauses, a time phrase inside a phrase's gap, "late on Friday" under a dateline,
/// "a day after", comparisons with "since", "the same evening", "on the third day of the visit", clause-opening times,
/// participles and validities that date nothing of the act, and occasions. The publication day is Friday 14 March 2025
/// unless an item says otherwise (10 March was a Monday).
/// </summary>
public sealed class WireDateChallengeTests
{
    private const string Friday = "2025-03-14";

    private static string[] Dated(string text, string? docDate) => RandomNewsDays.Coded(text, docDate);

    [Theory]
    // Bare weekday in the reporting clause ("said Wednesday") dates the undated act.
    [InlineData("Poland expelled a Belarusian diplomat, the foreign ministry said Wednesday.", Friday, "POL>BLR 174 2025-03-12")]
    // "last Tuesday" is the Tuesday before the publication week's Friday.
    [InlineData("Venezuela expelled Peruvian diplomats last Tuesday.", Friday, "VEN>PER 174 2025-03-11")]
    // "yesterday".
    [InlineData("Venezuela expelled Peruvian diplomats yesterday.", Friday, "VEN>PER 174 2025-03-13")]
    // "N days ago" is day arithmetic from the publication day.
    [InlineData("Venezuela expelled Peruvian diplomats three days ago, officials said.", Friday, "VEN>PER 174 2025-03-11")]
    // "two weeks ago" is the Monday–Sunday week holding that day.
    [InlineData("Venezuela expelled Peruvian diplomats two weeks ago.", Friday, "VEN>PER 174 2025-02-24/2025-03-02")]
    // "a day earlier" with no day told before counts back from the publication day.
    [InlineData("Venezuela had expelled Peruvian diplomats a day earlier, the ministry said.", Friday, "VEN>PER 174 2025-03-13")]
    // The act's own time phrase wins over the reporting clause's.
    [InlineData("Belgium expelled a Russian diplomat on Monday, the foreign ministry said on Wednesday.", Friday, "BEL>RUS 174 2025-03-10")]
    // The reporting clause's day reaches an act with none of its own.
    [InlineData("Belgium expelled a Russian diplomat, the foreign ministry said on Wednesday.", Friday, "BEL>RUS 174 2025-03-12")]
    // "over the weekend" is the Saturday and Sunday before.
    [InlineData("Israeli jets struck targets in southern Lebanon over the weekend, the army said on Monday.", Friday, "ISR>LBN 195 2025-03-08/2025-03-09")]
    // "earlier this month" is the publication month; "last month" the one before; "in early March" the month.
    [InlineData("Niger expelled France's ambassador earlier this month.", Friday, "NER>FRA 174 2025-03")]
    [InlineData("Niger expelled France's ambassador last month.", Friday, "NER>FRA 174 2025-02")]
    [InlineData("Niger expelled France's ambassador in early March.", Friday, "NER>FRA 174 2025-03")]
    // "last summer" is the latest summer that has ended.
    [InlineData("Niger expelled France's ambassador last summer.", Friday, "NER>FRA 174 2024-06/2024-08")]
    // A time phrase inside the phrase's gap ("pledged on Thursday to …") is the phrase's own.
    [InlineData("Japan pledged on Thursday to send emergency aid to Myanmar.", Friday, "JPN>MMR 033 2025-03-13")]
    // "late on Friday" under a dateline is the Friday before the dateline's Saturday, not the dateline's day.
    [InlineData("ANKARA, March 15 (Reuters) - Turkish jets struck Kurdish militant positions in northern Iraq late on Friday, the defence ministry said.", "2025-03-15", "TUR>IRQ 195 2025-03-14")]
    // "overnight" in a datelined lead is the dateline's day.
    [InlineData("KYIV, March 14 (Reuters) - Russian forces shelled Ukrainian towns overnight, officials said.", Friday, "RUS>UKR 194 2025-03-14")]
    // Spans: two days written as a range; a stay's stated length.
    [InlineData("Serbia and Hungary held talks in Belgrade on 3-4 March 2025.", null, "SRB>HUN 040 2025-03-03/2025-03-04")]
    [InlineData("Serbia and Hungary held talks in Belgrade from 3 to 5 March.", Friday, "SRB>HUN 040 2025-03-03/2025-03-05")]
    // Seasons: "in the spring of 2023" is the year 2023, as "early 2023" is; "last summer" the latest summer that has ended.
    [InlineData("Pakistan and China held joint naval drills in the spring of 2023.", null, "PAK>CHN 062 2023")]
    public void Extract_RelativeAndSpanPhrases_TakeTheRightDate(string text, string? docDate, params string[] expected) =>
        Assert.Equal(expected, Dated(text, docDate));

    [Theory]
    // A planned trip is an intent dated by the statement: "next week", "in May", "from Monday to Wednesday", "on Tuesday".
    [InlineData("The Indonesian foreign minister will travel to Canberra next week, the ministry said on Thursday.", "IDN>AUS 036 2025-03-13")]
    [InlineData("Turkey's president will visit Baghdad in May, his office said Tuesday.", "TUR>IRQ 036 2025-03-11")]
    [InlineData("Chinese President Xi Jinping will pay a state visit to Kazakhstan from Monday to Wednesday, Beijing announced on Friday.", "CHN>KAZ 036 2025-03-14")]
    [InlineData("Norway's prime minister will visit Kyiv on Tuesday, his office said on Friday.", "NOR>UKR 036 2025-03-14")]
    public void Extract_PlannedAct_IsAnIntentDatedByTheStatement(string text, string expected) =>
        Assert.Equal([expected], Dated(text, Friday));

    [Theory]
    // A coordinated verb takes the first verb's day.
    [InlineData("Lithuania summoned the Russian ambassador on Monday and handed him a protest note over Belarus.", Friday, "LTU>RUS 114 2025-03-10")]
    // "the same evening" after a stay's span is the day of arrival; the stay keeps its span.
    [InlineData("Vietnam's prime minister arrived in Tokyo on 3 March 2025 for a three-day visit and held talks with Japan's prime minister the same evening.", null,
        "VNM>JPN 042 2025-03-03/2025-03-05", "VNM>JPN 040 2025-03-03")]
    // The month "May" in a written day is no modal verb: the coordinated meeting is coded, the next day.
    [InlineData("Iraq's prime minister arrived in Ankara on 20 May 2013 and met Turkey's president the next day.", null, "IRQ>TUR 042 2013-05-20", "IRQ>TUR 040 2013-05-21")]
    // "the following day" counts on from the day written.
    [InlineData("Iraq's prime minister arrived in Ankara on 10 March 2025 and met Turkey's president the following day.", null, "IRQ>TUR 042 2025-03-10", "IRQ>TUR 040 2025-03-11")]
    // "a day after …" dates the subordinate clause from the main clause's day.
    [InlineData("Seoul summoned Japan's ambassador on 4 March 2025, a day after Tokyo criticised South Korea.", null, "KOR>JPN 114 2025-03-04", "JPN>KOR 111 2025-03-03")]
    // "a year after …" counts in years.
    [InlineData("Ukraine's president visited Warsaw on 11 March 2025, a year after Poland criticised Ukraine.", null, "UKR>POL 042 2025-03-11", "POL>UKR 111 2024")]
    // A background clause with only a vague anchor ("since …") stays undated.
    [InlineData("Algeria's foreign minister visited Madrid on Tuesday, the first visit since Spain criticised Algeria.", Friday, "DZA>ESP 042 2025-03-11", "ESP>DZA 111 -")]
    // A reaction with no time of its own is told on the day of what it reacted to ("after … on Tuesday").
    [InlineData("Beijing lodged a protest with Manila after Philippine ships entered the disputed shoal on Tuesday.", Friday, "CHN>PHL 114 2025-03-11")]
    public void Extract_ClausesOfOneSentence_DateEachOther(string text, string? docDate, params string[] expected) =>
        Assert.Equal(expected, Dated(text, docDate));

    [Theory]
    // "the first meeting … since 2018", "for the first time since 2019", "the worst clashes since 2020": a comparison inside a
    // noun phrase says how rare the act is, not when it took place.
    [InlineData("Ethiopia's prime minister met Eritrea's president on Tuesday, the first meeting between the two leaders since 2018.", "ETH>ERI 040 2025-03-11")]
    [InlineData("India and China held border talks on Monday for the first time since 2019.", "IND>CHN 040 2025-03-10")]
    [InlineData("Armenia accused Azerbaijan on Wednesday of the heaviest shelling of its villages since 2022.", "ARM>AZE 1123 2025-03-12")]
    // "on the third day of his state visit": the stay began two days before the day told and ran up to it.
    [InlineData("Macron laid a wreath in Hanoi on Tuesday, on the third day of his state visit to Vietnam.", "FRA>VNM 042 2025-03-09/2025-03-11")]
    public void Extract_TimeInsideANounPhrase_DatesOnlyWhatItShould(string text, params string[] expected) =>
        Assert.Equal(expected, Dated(text, Friday));

    [Theory]
    // A time opening a coordinated clause (", and in 2023 …") dates that clause, not the one before it.
    [InlineData("Sudan cut ties with Iran in 2016, and in 2023 the two countries restored diplomatic relations.", "SDN>IRN 161 2016", "SDN>IRN 054 2023")]
    // A participle's own time ("ties severed in 2016") dates the participle, not the act it follows.
    [InlineData("Sudan and Iran restored diplomatic ties severed in 2016, the two governments said on 9 October 2023.", "SDN>IRN 054 2023-10-09")]
    // A validity ("a plan for 2026-2027") is how long the plan holds: the signing has no date written.
    [InlineData("Kazakhstan's defence ministry signed a cooperation plan for 2026-2027 with its Uzbek counterpart.", "KAZ>UZB 057 -")]
    // An act named by a named possessor ("Ankara's decision to halt …") takes only its own time: Monday dates the criticism.
    [InlineData("Ankara's decision to halt imports of Israeli goods was condemned by Israel's foreign minister on 3 May 2024.", "TUR>ISR 163 -", "ISR>TUR 111 2024-05-03")]
    public void Extract_TimesOfOtherClauses_DoNotDateTheAct(string text, params string[] expected) =>
        Assert.Equal(expected, Dated(text, null));

    // A contact relative clause after a comma and a preposition (", in a swap the two neighbours agreed last week") keeps its
    // time: the coordinated release takes the first release's day.
    [Fact]
    public void Extract_ContactRelativeClause_KeepsItsTime() =>
        Assert.Equal(["AZE>ARM 084 2025-03-12", "ARM>AZE 084 2025-03-12"],
            Dated("Azerbaijan freed 32 Armenian soldiers on Wednesday and Armenia released two Azerbaijani servicemen in return, in a swap the two neighbours agreed last week.", Friday)
                .Select(e => e.Replace("0841", "084", StringComparison.Ordinal)).ToArray());

    // "began … on 3 March and ended them on 9 March" runs between the two days.
    [Fact]
    public void Extract_BeganAndEnded_SpansTheTwoDays() =>
        Assert.Equal(["JPN>USA 062 2025-03-03/2025-03-09"], Dated("Japan and the United States began joint naval exercises on 3 March 2025 and ended them on 9 March.", null));

    // "The two-day summit … closed on Thursday": a later "attended the summit", "which hosted the meeting" spans its days.
    [Fact]
    public void Extract_GatheringToldByItsEnd_SpansItsDays() =>
        Assert.Equal(["IND>SCO 042 2024-07-03/2024-07-04", "KAZ>SCO 043 2024-07-03/2024-07-04"],
            Dated("ASTANA, July 5 (Reuters) - The two-day summit of the Shanghai Cooperation Organisation closed in Astana on Thursday. India's foreign minister attended the summit. Kazakhstan, which hosted the meeting, was thanked by India.", "2024-07-05")
                .Take(2).ToArray());

    [Theory]
    // An undated sentence takes the previous sentence's date.
    [InlineData("Qatar's foreign minister arrived in Tehran on Tuesday. He held talks with Iran's president.", "QAT>IRN 042 2025-03-11", "QAT>IRN 040 2025-03-11")]
    // "A day earlier" opening a sentence counts back from the previous sentence's day.
    [InlineData("Lithuania expelled a Russian diplomat on Thursday. A day earlier, Russia had expelled a Lithuanian diplomat.", "LTU>RUS 174 2025-03-13", "RUS>LTU 174 2025-03-12")]
    // "Two days later", "a week earlier" count from the previous sentence's day.
    [InlineData("Serbia expelled a Montenegrin diplomat on 3 March 2025. Two days later, Montenegro expelled a Serbian diplomat.", "SRB>MNE 174 2025-03-03", "MNE>SRB 174 2025-03-05")]
    [InlineData("Lithuania expelled a Russian diplomat on 10 March 2025. A week earlier, Russia had expelled a Lithuanian diplomat.", "LTU>RUS 174 2025-03-10", "RUS>LTU 174 2025-03-03")]
    // An occasion ("after their talks") shares the main act's date, carried from the sentence before.
    [InlineData("Brazil's president arrived in Buenos Aires on Monday. He and Argentina's president signed five agreements after their talks.",
        "BRA>ARG 042 2025-03-10", "BRA>ARG 057 2025-03-10", "BRA>ARG 040 2025-03-10")]
    // A clause with a subject of its own after ", and" does not take the later clause's date: the present perfect takes the story's day.
    [InlineData("ROME, March 14 (Reuters) - Italy sent tents to Morocco on Thursday. Spain has sent blankets to Morocco, and France sent rescue teams to Morocco last week.",
        "ITA>MAR 073 2025-03-13", "ESP>MAR 073 2025-03-13", "FRA>MAR 073 2025-03-03/2025-03-09")]
    // After a flashback to an earlier day, an undated statement is told on the story's day again.
    [InlineData("MADRID, March 14 (Reuters) - Morocco thanked Spain on Friday for its support. Spain's foreign minister had visited Rabat on Monday, a week after the floods. A spokesman for the Moroccan government said Morocco welcomed the visit.",
        "MAR>ESP 051 2025-03-14", "ESP>MAR 042 2025-03-10", "MAR>ESP 051 2025-03-14")]
    public void Extract_SentencesOfAnExcerpt_CarryTheirDates(string text, params string[] expected) =>
        Assert.Equal(expected, Dated(text, Friday));
}
