using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Orkhon.Domain;
using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// The day a sentence hands on to the undated sentences after it, and stays told by their length and one end. A day counted
/// from the main clause ("…, a day after Moscow recognised…", "The meeting came four days after…") is background, not the
/// story's day; an act in a restrictive relative clause ("men who attacked a post a day earlier") and a participle told
/// with it (", killing a guard") do not move the story either; ", where …" is a relative clause whose time stays in it;
/// "on a four-day visit to Japan that began on Sunday" spans the visit's four days; and a stay told from its first day
/// ("arrived on Thursday for a two-day visit") hands that day on, one told from its last ("ended a visit") its span. Our own sentences; the publication day
/// is Friday 14 March 2025 unless a property draws one.
/// </summary>
public sealed class StoryDayTests
{
    private const string Friday = "2025-03-14";

    private static string[] Dated(string text, string docDate) => RandomNewsDays.Coded(text, docDate);

    private static string Dateline(string city, DateOnly day) => RandomNewsDays.Dateline(city, day, "Reuters");

    [Theory]
    // The day counted back from Thursday dates the recognition; the sentence after it is still on Thursday.
    [InlineData("VIENNA, March 14 (Reuters) - Austria's chancellor froze the gas contract on Thursday, a day after Moscow recognised two breakaway regions of Georgia as independent. Britain imposed sanctions on Russia.",
        "RUS>GEO 054 2025-03-12", "GBR>RUS 163 2025-03-13")]
    // A main clause with no time of its own, counted from: the next sentence keeps the day carried from the lead.
    [InlineData("OTTAWA, March 14 (Reuters) - Canada's prime minister met Mexico's president on Thursday. The meeting came four days after Washington raised tariffs on Mexican steel. Mexico condemned the tariffs.",
        "CAN>MEX 040 2025-03-13", "USA>MEX 163 2025-03-09", "MEX>USA 111 2025-03-13")]
    // The raid in the relative clause and the killing told with it are the day before; the accusation's Monday carries on.
    [InlineData("VILNIUS, March 14 (Reuters) - Lithuania's president accused Belarus on Monday of arming men who attacked a border post a day earlier, killing a guard. Poland condemned Belarus.",
        "LTU>BLR 112 2025-03-10", "POL>BLR 111 2025-03-10")]
    // ", where …" keeps its time: the troops Warsaw says it will send take the day carried, not June.
    [InlineData("WARSAW, March 14 (Reuters) - Poland summoned Belarus's ambassador on Tuesday. Poland's defence minister said Warsaw would send more troops to the frontier with Belarus, where Russian mercenaries have gathered since June.",
        "POL>BLR 114 2025-03-11", "POL>BLR 154 2025-03-11")]
    // A stay's length and the day it began, told in a relative clause, span the visit.
    [InlineData("TOKYO, March 14 (Reuters) - Kenya's president, on a four-day visit to Japan that began on Sunday, laid a wreath in Hiroshima on Tuesday.",
        "KEN>JPN 042 2025-03-09/2025-03-12")]
    // The day it ends runs the stay back.
    [InlineData("BEIJING, March 14 (Reuters) - Brazil's president is in Beijing for a three-day visit to China that ends on Friday.",
        "BRA>CHN 042 2025-03-12/2025-03-14")]
    // Told from its first day, a stay hands that day on: the welcome and the signing after it are on the day of arrival.
    [InlineData("DUSHANBE, March 14 (Reuters) - Kazakhstan's president arrived in Tajikistan on Thursday for a two-day state visit. Tajikistan's president greeted him at the airport, and the two leaders signed a treaty on friendship.",
        "KAZ>TJK 042 2025-03-13/2025-03-14", "TJK>KAZ 043 2025-03-13", "KAZ>TJK 057 2025-03-13")]
    // Told from its last day, the stay is what the acts after it took place in.
    [InlineData("VIENTIANE, March 14 (Reuters) - Vietnam's president ended a four-day visit to Laos on Thursday. During the trip the two sides signed agreements on trade.",
        "VNM>LAO 042 2025-03-10/2025-03-13", "VNM>LAO 057 2025-03-10/2025-03-13")]
    public void Extract_SentencesOfAStory_DateEachActAndHandTheStoryDayOn(string text, params string[] expected) =>
        Assert.Equal(expected, Dated(text, Friday));

    [Fact]
    public void Property_DayCountedFromTheMainClause_IsNotHandedOn() =>
        Prop.ForAll((from doc in RandomNewsDays.Days from back in Gen.Choose(0, 6) from count in Gen.Choose(1, 5) select (doc, back, count)).ToArbitrary(), c =>
        {
            var told = c.doc.AddDays(-c.back);
            var weekday = RandomNewsDays.Weekdays[(int)told.DayOfWeek];
            var interval = c.count == 1 ? "a day" : $"{new[] { "", "", "two", "three", "four", "five" }[c.count]} days";
            var dates = RandomNewsDays.Dates(
                $"{Dateline("VIENNA", c.doc)}Austria's chancellor froze the gas contract on {weekday}, {interval} after Moscow recognised two breakaway regions of Georgia as independent. Britain imposed sanctions on Russia.", c.doc);
            return dates is [{ } recognised, { } sanctions] && recognised == FuzzyDate.OfDay(told.AddDays(-c.count)) && sanctions == FuzzyDate.OfDay(told);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Property_StayToldFromItsFirstDay_HandsThatDayOn() =>
        Prop.ForAll((from doc in RandomNewsDays.Days from back in Gen.Choose(0, 6) from length in Gen.Choose(2, 7) select (doc, back, length)).ToArbitrary(), c =>
        {
            var told = c.doc.AddDays(-c.back);
            var weekday = RandomNewsDays.Weekdays[(int)told.DayOfWeek];
            var count = new[] { "", "", "two", "three", "four", "five", "six", "seven" }[c.length];
            var dates = RandomNewsDays.Dates(
                $"{Dateline("DUSHANBE", c.doc)}Kazakhstan's president arrived in Tajikistan on {weekday} for a {count}-day state visit. Tajikistan's president greeted him at the airport.", c.doc);
            return dates is [{ } visit, { } welcome] && visit == FuzzyDate.Between(FuzzyDate.OfDay(told), FuzzyDate.OfDay(told.AddDays(c.length - 1)))
                && welcome == FuzzyDate.OfDay(told);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Property_StayWithLengthAndFirstDay_SpansItsDays() =>
        Prop.ForAll((from doc in RandomNewsDays.Days from back in Gen.Choose(0, 6) from length in Gen.Choose(2, 7) from begins in Gen.Elements(true, false)
                     select (doc, back, length, begins)).ToArbitrary(), c =>
        {
            var told = c.doc.AddDays(-c.back);
            var weekday = RandomNewsDays.Weekdays[(int)told.DayOfWeek];
            var count = new[] { "", "", "two", "three", "four", "five", "six", "seven" }[c.length];
            var dates = RandomNewsDays.Dates(
                $"{Dateline("TOKYO", c.doc)}Kenya's president, on a {count}-day visit to Japan that {(c.begins ? "began" : "ends")} on {weekday}, laid a wreath in Hiroshima.", c.doc);
            var (first, last) = c.begins ? (told, told.AddDays(c.length - 1)) : (told.AddDays(1 - c.length), told);
            return dates is [{ } visit] && visit == FuzzyDate.Between(FuzzyDate.OfDay(first), FuzzyDate.OfDay(last));
        }).QuickCheckThrowOnFailure();
}
