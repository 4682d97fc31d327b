using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Orkhon.Domain;
using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// Which time a clause takes when a sentence holds more than one: a time phrase between the subject and its verb ("X on
/// Tuesday banned … from April 20"); a bare "after"/"before" clause told with its main clause, against one set off by a
/// comma; a state that holds "since" a time, which dates no act told before it; a sentence whose only dated acts stand
/// in its "after" clause; an undated report in the pluperfect after a flashback, which stays in the flashback's time; the
/// standard of a comparison ("the first trip since taking office in May"); "in April of that year"; and the infinitive of
/// an intent ("accepted an invitation to visit Paris in June"), whose time is the intended act's; and a reporting clause,
/// across which no later act's date reaches back; a stay counted back to ("two days after … arrived for a four-day
/// visit"); and a habitual perfect ("has repeatedly praised") or an uncounted "decades ago", which borrow no day.
/// Our own sentences; the publication day is Friday 14 March 2025 unless a property draws one.
/// </summary>
public sealed class ClauseDateCauseTests
{
    private const string Friday = "2025-03-14";

    private static string[] Dated(string text, string docDate) => RandomNewsDays.Coded(text, docDate);

    private static string Dateline(string city, DateOnly day) => RandomNewsDays.Dateline(city, day, "AFP");

    [Theory]
    // The weekday between subject and verb dates the ban; the day it takes effect dates nothing.
    [InlineData("PARIS, March 14 (AFP) - Chile's president on Tuesday banned beef imports from Argentina from April 20.", "CHL>ARG 163 2025-03-11")]
    // A bare "after" clause in an undated sentence is told on the day the story carries.
    [InlineData("OSLO, March 14 (Reuters) - Norway expelled a Russian diplomat on Tuesday. Sweden imposed sanctions on Russia after Moscow detained a Swedish citizen.",
        "NOR>RUS 174 2025-03-11", "SWE>RUS 163 2025-03-11", "RUS>SWE 173 2025-03-11")]
    // Set off by a comma, an "after" clause gives the cause, at an earlier time the text does not tell.
    [InlineData("Algeria recalled its ambassador from Madrid on 19 March 2022, after Spain endorsed Morocco's plan for Western Sahara.", "DZA>ESP 161 2022-03-19", "ESP>MAR 051 -")]
    // A state "since 2021" told after an act is the state's, not the act's; a verb in the perfect holds over it.
    [InlineData("Canada urged India to free Canadian citizens jailed since 2021. Britain has given Kenya grants since 1995.", "CAN>IND 0253 -", "GBR>KEN 071 1995/..")]
    // An open span after the subject of an uncoded verb dates none of the sentence's acts.
    [InlineData("Canada has called Japan a close partner since the 1950s, and Canadian troops held joint exercises with Japanese forces in Hokkaido.", "CAN>JPN 062 -")]
    // Only the "after" clause tells a dated act: its day, not the scheduled debate's, is the day the next sentence takes.
    [InlineData("Lithuania's parliament was due to debate sanctions on Monday after Belarusian troops fired on Lithuanian border guards on Sunday. Minsk accused Vilnius of staging a provocation.",
        "BLR>LTU 190 2025-03-09", "BLR>LTU 1123 2025-03-09")]
    // After a flashback, a statement reporting an act in the pluperfect stays in the flashback's day.
    [InlineData("PARIS, March 14 (AFP) - Poland recalled its ambassador from Minsk on Wednesday. A day earlier, Belarus detained two Polish journalists. Warsaw said Belarusian guards had shot at a Polish patrol.",
        "POL>BLR 161 2025-03-12", "BLR>POL 173 2025-03-11", "BLR>POL 193 2025-03-11")]
    // The time inside the standard of a comparison ("his first trip … since taking office in May") dates no trip.
    [InlineData("WARSAW, March 14 (AFP) - Germany's chancellor made a visit to Warsaw on Wednesday, his first trip to Poland since taking office in May.", "DEU>POL 042 2025-03-12")]
    // "in June of that year" is the year written last before it, not the publication year.
    [InlineData("The embassy opened in October 2019, months after the Thai prime minister's first summit with the Lao president in June of that year.", "THA>LAO 040 2019-06")]
    // The month after an intent's infinitive is the intended visit's: the acceptance takes the day carried.
    [InlineData("PARIS, March 14 (AFP) - Kenya's president met France's president on Thursday. He accepted an invitation to pay a state visit to Paris in June.",
        "KEN>FRA 040 2025-03-13", "KEN>FRA 036 2025-03-13")]
    // A reporting clause closes the act before it: the month of the visit told after it does not reach back.
    [InlineData("CHISINAU, March 14 (Reuters) - Russia has halted imports of Moldovan wine, Moldovan officials said on Tuesday, the latest sign of anger in Moscow at a visit to Chisinau by NATO's secretary general last month.",
        "RUS>MDA 163 2025-03-11", "NATO>MDA 042 2025-02")]
    // "two days after … arrived for a four-day state visit": the day counted back from the talks, widened by the stay.
    [InlineData("CANBERRA, March 14 (Reuters) - India's prime minister held talks with Australia's prime minister in Canberra on Thursday, two days after the Indian leader arrived for a four-day state visit.",
        "IND>AUS 040 2025-03-13", "IND>AUS 042 2025-03-11/2025-03-14")]
    // A perfect with a habitual adverb is a repeated act over an untold span: it takes no day from the sentence before.
    [InlineData("NAIROBI, March 14 (Reuters) - Kenya's president met Ethiopia's prime minister on Tuesday. The World Bank has repeatedly praised Kenya's reforms.",
        "KEN>ETH 040 2025-03-11", "WB>KEN 051 -")]
    // "decades ago" counts nothing: the detentions have no date, not the day carried from the sentence before.
    [InlineData("SEOUL, March 14 (Yonhap) -- South Korea's president met Japan's prime minister on Tuesday. They discussed South Korean fishermen detained by North Korea decades ago.",
        "KOR>JPN 040 2025-03-11", "PRK>KOR 173 -")]
    public void Extract_SentenceWithSeveralTimes_GivesEachClauseItsOwn(string text, params string[] expected) =>
        Assert.Equal(expected, Dated(text, Friday));

    [Fact]
    public void Property_WeekdayBeforeTheVerb_WinsOverAStartDateInTheObject() =>
        Prop.ForAll((from doc in RandomNewsDays.Days from weekday in Gen.Choose(0, 6) from ahead in Gen.Choose(3, 40) select (doc, weekday, ahead)).ToArbitrary(), c =>
        {
            var start = c.doc.AddDays(c.ahead).ToString("MMMM d", CultureInfo.InvariantCulture);
            var dates = RandomNewsDays.Dates($"{Dateline("PARIS", c.doc)}Chile's president on {RandomNewsDays.Weekdays[c.weekday]} banned beef imports from Argentina from {start}.", c.doc);
            return dates is [{ Precision: DatePrecision.Day, IsSpan: false } d] && (int)d.Earliest.DayOfWeek == c.weekday
                && d.Earliest.DayNumber - c.doc.DayNumber is >= -6 and <= 0;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Property_BareAfterInAnUndatedSentence_TakesTheCarriedDay() =>
        Prop.ForAll((from doc in RandomNewsDays.Days from weekday in Gen.Choose(0, 6) from verb in Gen.Elements("imposed sanctions on", "recalled its ambassador from") select (doc, weekday, verb)).ToArbitrary(), c =>
        {
            var dates = RandomNewsDays.Dates(
                $"{Dateline("OSLO", c.doc)}Norway expelled a Russian diplomat on {RandomNewsDays.Weekdays[c.weekday]}. Sweden {c.verb} Russia after Moscow detained a Swedish citizen.", c.doc);
            return dates.Length == 3 && dates[0] is { Precision: DatePrecision.Day } first && (int)first.Earliest.DayOfWeek == c.weekday
                && dates[1] == first && dates[2] == first;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Property_PluperfectReportAfterAFlashback_StaysOnTheFlashbackDay() =>
        Prop.ForAll((from doc in RandomNewsDays.Days from back in Gen.Choose(1, 5) select (doc, back)).ToArbitrary(), c =>
        {
            var count = new[] { "A day", "Two days", "Three days", "Four days", "Five days" }[c.back - 1];
            var dates = RandomNewsDays.Dates(
                $"{Dateline("PARIS", c.doc)}Poland recalled its ambassador from Minsk on {RandomNewsDays.Written(c.doc)}. {count} earlier, Belarus detained two Polish journalists. Warsaw said Belarusian guards had shot at a Polish patrol.", c.doc);
            var flashback = FuzzyDate.OfDay(c.doc.AddDays(-c.back));
            return dates.Length == 3 && dates[0] == FuzzyDate.OfDay(c.doc) && dates[1] == flashback && dates[2] == flashback;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Property_MonthOfThatYear_TakesTheYearWrittenBefore() =>
        Prop.ForAll((from doc in RandomNewsDays.Days from back in Gen.Choose(1, 20) from month in Gen.Choose(1, 12) from same in Gen.Elements("that", "the same")
                     select (doc, year: doc.Year - back, month, same)).ToArbitrary(), c =>
        {
            var monthName = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(c.month);
            var dates = RandomNewsDays.Dates($"The embassy opened in December {c.year}, months after the Thai prime minister's first summit with the Lao president in {monthName} of {c.same} year.", c.doc);
            return dates is [{ } d] && d == FuzzyDate.OfMonth(c.year, c.month);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Property_AfterClauseSetOffByAComma_IsNotDatedByTheMainClause() =>
        Prop.ForAll(RandomNewsDays.Days.ToArbitrary(), day =>
        {
            var dates = RandomNewsDays.Dates($"Algeria recalled its ambassador from Madrid on {RandomNewsDays.Written(day)}, after Spain endorsed Morocco's plan for Western Sahara.", null);
            return dates is [{ } recall, null] && recall == FuzzyDate.OfDay(day);
        }).QuickCheckThrowOnFailure();
}
