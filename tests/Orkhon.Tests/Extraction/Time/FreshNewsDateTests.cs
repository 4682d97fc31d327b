using FsCheck;
using FsCheck.Fluent;
using Orkhon.Domain;
using Orkhon.Extraction;
using Orkhon.Extraction.Time;

namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// Date forms of fresh newspaper prose (issue 9): an open span from part of a year ("since late 2023"), a run of days
/// written after a month ("from Oct. 28 to 31"), a month "that year", a day counted from a month ("the following day"
/// after "In February"), and a relative clause's time that is not the main clause's ("X, who took office in June,
/// met…"). The sentences are our own. 5 September 2024 was a Thursday.
/// </summary>
public sealed class FreshNewsDateTests
{
    private static string[] Tag(string text, string? docDate) => RandomNewsDays.Tagged(text, docDate);

    private static string[] Dated(string text, string? docDate) => RandomNewsDays.Coded(text, docDate);

    [Theory]
    [InlineData("Tariffs have risen since late 2023.", new[] { "2023/.." })]
    [InlineData("Tariffs have risen since mid-2022.", new[] { "2022/.." })]
    [InlineData("Tariffs have risen since early 2021.", new[] { "2021/.." })]
    [InlineData("Tariffs have risen since late September 2023.", new[] { "2023-09/.." })]
    // The part of a year without "since" is the year, as before.
    [InlineData("Tariffs rose in late 2023.", new[] { "2023" })]
    // "late" as an adjective before a year in another phrase opens nothing: "the late 2023 talks" has no "since".
    [InlineData("The late 2023 talks failed.", new[] { "2023" })]
    public void Tag_SinceAPartOfAYear_IsAnOpenSpanFromThatYear(string text, string[] expected) => Assert.Equal(expected, Tag(text, null));

    [Theory]
    [InlineData("The president stayed in Hanoi from Oct. 28 to 31, 2013.", null, new[] { "2013-10-28/2013-10-31" })]
    [InlineData("The envoys met from March 3 until 5.", "2024-09-05", new[] { "2024-03-03/2024-03-05" })]
    [InlineData("The ministers met from Sept 9 through 11.", "2024-09-12", new[] { "2024-09-09/2024-09-11" })]
    // Hard negatives: without "from" the number after "to" is no day, and a reversed run is no span.
    [InlineData("Exports fell on March 3 to 5 percent.", "2024-09-05", new[] { "2024-03-03" })]
    [InlineData("The envoys met from March 30 to 4.", "2024-09-05", new[] { "2024-03-30" })]
    public void Tag_FromMonthDayToDay_IsASpanOfDays(string text, string? docDate, string[] expected) => Assert.Equal(expected, Tag(text, docDate));

    [Theory]
    [InlineData("The war began in 1939 and ended with a truce in September that year.", new[] { "1939", "1939-09" })]
    [InlineData("Talks opened in 2019; they collapsed in May the same year.", new[] { "2019", "2019-05" })]
    [InlineData("Talks opened in 2019; they collapsed in May of that year.", new[] { "2019", "2019-05" })]
    public void Tag_MonthThatYear_TakesTheYearWrittenBefore(string text, string[] expected) => Assert.Equal(expected, Tag(text, "2024-09-05"));

    // A day counted from a month lies within that month; the day the story was filed, carried from the sentence before,
    // is not what it counts from.
    [Fact]
    public void Extract_FollowingDayAfterAMonth_IsThatMonth() =>
        Assert.Equal(["ARM>AZE 1123 2024-09-04", "ARM>AZE 1123 2024-03", "AZE>ARM 016 2024-03"],
            Dated("Armenia accused Azerbaijan on Wednesday of shelling border villages. In March, Armenia accused Azerbaijan of "
                + "massing troops; Azerbaijan's foreign ministry rejected the claim the following day.", "2024-09-05"));

    [Fact]
    public void Extract_FollowingDayAfterADay_CountsTheDay() =>
        Assert.Equal(["ARM>AZE 1123 2024-03-04", "AZE>ARM 016 2024-03-05"],
            Dated("On March 4, Armenia accused Azerbaijan of massing troops; Azerbaijan's foreign ministry rejected the claim the following day.", "2024-09-05"));

    // "who took office in June" tells when the office began, not when the visit did: with nothing else to date it, the
    // visit takes the dateline's day.
    [Fact]
    public void Extract_RelativeClauseTimeBeforeTheVerb_DoesNotDateTheMainClause() =>
        Assert.Equal(["KAZ>UZB 042 2024-09-05"],
            Dated("TASHKENT, Sept 5 (Reuters) - Kazakhstan's foreign minister, who took office in June, visited Uzbekistan.", "2024-09-05"));

    // An opening time phrase outside any relative clause still dates the sentence.
    [Fact]
    public void Extract_OpeningTimeOutsideARelativeClause_StillDatesTheSentence() =>
        Assert.Equal(["KAZ>UZB 042 2024-06"],
            Dated("In June, Kazakhstan's foreign minister, who had just taken office, visited Uzbekistan.", "2024-09-05"));

    // An interval counted back from a month or a year keeps that precision: "in May 2022, three months after …" is February.
    [Theory]
    [InlineData("Finland applied to join NATO in May 2022, three months after Russia invaded Ukraine.", "RUS>UKR", "2022-02")]
    [InlineData("Mali expelled the French ambassador in January 2022, two years after Russia invaded Ukraine.", "RUS>UKR", "2020")]
    [InlineData("Mali expelled the French ambassador in 2022, two years after Russia invaded Ukraine.", "RUS>UKR", "2020")]
    // Hard negative: days are not counted from a month, which names no day.
    [InlineData("Mali expelled the French ambassador in May 2022, three days after Russia invaded Ukraine.", "RUS>UKR", "-")]
    public void Extract_IntervalAfterACoarseDate_CountsAtItsPrecision(string text, string pair, string expected) =>
        Assert.Contains($"{pair} 192 {expected}", Dated(text, "2024-09-05"));

    // "in <month> <year>, N months after …" lands N months before, whatever the month and the count.
    [Fact]
    public void Property_MonthsAfter_CountBackFromTheMonth() =>
        Prop.ForAll(
            (from year in Gen.Choose(1960, 2080) from month in Gen.Choose(1, 12) from count in Gen.Choose(2, 12) select (year, month, count)).ToArbitrary(),
            c =>
            {
                var name = System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(c.month);
                var words = new[] { "", "", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve" };
                var text = $"Finland applied to join NATO in {name} {c.year}, {words[c.count]} months after Russia invaded Ukraine.";
                var expected = new DateOnly(c.year, c.month, 1).AddMonths(-c.count);
                return EventExtractor.Default.Extract(text, new DateOnly(2090, 1, 1)).Any(e => e.Cameo.Value == "192"
                    && e.Date is { Precision: DatePrecision.Month } d && d.Earliest == expected);
            }).QuickCheckThrowOnFailure();

    private static readonly Gen<DateOnly> s_days = from n in Gen.Choose(new DateOnly(1950, 1, 1).DayNumber, new DateOnly(2090, 12, 31).DayNumber) select DateOnly.FromDayNumber(n);

    // "since early/mid/late YEAR" opens a span in that year and never closes it, whatever the publication day.
    [Fact]
    public void Property_SinceAPartOfAYear_OpensInThatYear() =>
        Prop.ForAll(
            (from doc in s_days from year in Gen.Choose(1950, 2090) from part in Gen.Elements("early ", "mid-", "late ", "mid ") select (doc, year, part)).ToArbitrary(),
            c =>
            {
                var text = $"Trade has grown since {c.part}{c.year}.";
                var values = TemporalTagger.Tag(text, 0, text.Length, new TimeAnchor(c.doc, null)).SelectMany(e => e.Values).ToArray();
                return values.Length == 1 && values[0].IsOpenEnd && values[0].Earliest == new DateOnly(c.year, 1, 1);
            }).QuickCheckThrowOnFailure();

    // "from <month> D1 to D2" is the run of days D1..D2 of that month when D1 < D2 and both are days of it.
    [Fact]
    public void Property_FromMonthDayToDay_RunsBetweenTheTwoDays() =>
        Prop.ForAll(
            (from year in Gen.Choose(1950, 2090) from month in Gen.Choose(1, 12) from d1 in Gen.Choose(1, 25) from length in Gen.Choose(1, 3) select (year, month, d1, d2: d1 + length)).ToArbitrary(),
            c =>
            {
                var name = System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(c.month);
                var text = $"The envoys met from {name} {c.d1} to {c.d2}, {c.year}.";
                var values = TemporalTagger.Tag(text, 0, text.Length, new TimeAnchor(null, null)).SelectMany(e => e.Values).ToArray();
                return values.Length == 1 && values[0].Earliest == new DateOnly(c.year, c.month, c.d1) && values[0].Latest == new DateOnly(c.year, c.month, c.d2);
            }).QuickCheckThrowOnFailure();

    // A day counted from a month written earlier in the sentence never leaves the month, whatever the publication day.
    [Fact]
    public void Property_NextDayAfterAMonth_StaysInThatMonth() =>
        Prop.ForAll(
            (from doc in s_days.Where(d => d.Year > 1950) from month in Gen.Choose(1, 12) select (doc, month)).ToArbitrary(),
            c =>
            {
                var name = System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(c.month);
                var year = c.doc.Year - 1;
                var dates = EventExtractor.Default.Extract($"In {name} {year}, Armenia accused Azerbaijan of massing troops; Azerbaijan rejected the claim the next day.", c.doc)
                    .Select(e => e.Date).ToArray();
                return dates.Length == 2 && dates.All(d => d is { Precision: DatePrecision.Month } m && m.Earliest == new DateOnly(year, c.month, 1));
            }).QuickCheckThrowOnFailure();
}
