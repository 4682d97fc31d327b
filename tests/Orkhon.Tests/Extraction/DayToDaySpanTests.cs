using FsCheck;
using FsCheck.Fluent;
using Orkhon.Domain;
using Orkhon.Extraction;
using Orkhon.Extraction.Time;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// "from Aug. 30 to Sept. 7", "between 28 March and 2 April 2024", "from March 13 to March 15": two days, each with its month,
/// joined by words are one span, as the coding README's "Dates" reads "from 13 to 15 March" (branch p40-dates17). Before, the
/// day patterns read them as two separate days and the act took the first.
/// </summary>
public sealed class DayToDaySpanTests
{
    private static string[] Tag(string text, string? docDate = null)
    {
        var anchor = new TimeAnchor(docDate is null ? null : DateOnly.Parse(docDate, System.Globalization.CultureInfo.InvariantCulture), null);
        return TemporalTagger.Tag(text, 0, text.Length, anchor).SelectMany(e => e.Values).Select(v => v.ToString()).ToArray();
    }

    [Theory]
    [InlineData("Kazakh and Kyrgyz troops trained in the Issyk-Kul region from Aug. 30 to Sept. 7.", "2016-09-14", "2016-08-30/2016-09-07")]
    [InlineData("Kazakh and Kyrgyz troops trained in the Issyk-Kul region from 30 August to 7 September.", "2016-09-14", "2016-08-30/2016-09-07")]
    [InlineData("The Indian navy held drills with Sri Lanka between 28 March and 2 April 2024.", null, "2024-03-28/2024-04-02")]
    [InlineData("The Indian navy held drills with Sri Lanka from March 28 to April 2, 2024.", null, "2024-03-28/2024-04-02")]
    [InlineData("The president stayed in Hanoi from March 13 to March 15.", "2025-03-20", "2025-03-13/2025-03-15")]
    [InlineData("The envoy toured the region from 30th May to 2nd June.", "2023-06-10", "2023-05-30/2023-06-02")]
    [InlineData("Monitors were posted along the border from 30 December 2015 to 2 January 2016.", null, "2015-12-30/2016-01-02")]
    [InlineData("Monitors were posted along the border from 30 December 2015 to 2 January.", null, "2015-12-30/2016-01-02")]
    // twin of the rescheduling below: an act told from one day to another is a span (review of p40-fixb)
    [InlineData("India held talks with Pakistan from 1 March to 2 April 2025.", null, "2025-03-01/2025-04-02")]
    public void Tag_TwoFullDaysJoinedByWords_AreOneSpan(string text, string? docDate, string expected) =>
        Assert.Equal([expected], Tag(text, docDate));

    [Theory]
    // The end before the start in the same year reads as no span of days ("from 7 March to 3 March").
    [InlineData("The figures were revised from 7 March 2024 to 3 March 2024.", null)]
    // Numbers that are no days stay out of the range pattern.
    [InlineData("Output rose from 30 percent in August to 45 percent in September.", "2024-10-01")]
    // A rescheduling moves a date from one day to another, and a range longer than a year is no span (review of p40-fixb).
    [InlineData("India moved its vote from 1 March to 2 April and met Pakistan.", "2025-03-03")]
    [InlineData("Pakistan postponed the summit from 3 May to 10 June.", "2025-03-03")]
    [InlineData("The dispute ran from 28 March 1999 to 2 April 2001.", null)]
    public void Tag_NoBackwardOrNumberSpans(string text, string? docDate) =>
        Assert.DoesNotContain(Tag(text, docDate), v => v.Contains('/', StringComparison.Ordinal));

    [Fact]
    public void Tag_SameMonthDaysWithOneMonth_StillReadByTheDayPattern() =>
        Assert.Equal(["2024-10-10/2024-10-13"], Tag("He was in Turkmenistan from Oct. 10 to 13, 2024."));

    [Fact]
    public void Extract_ExerciseToldFromDayToDay_TakesTheSpan()
    {
        var events = EventExtractor.Default.Extract(
            "Kazakh and Kyrgyz troops held joint drills in the Issyk-Kul region from Aug. 30 to Sept. 7, the defence ministry said.", new DateOnly(2016, 9, 14));
        var drills = Assert.Single(events, e => e.Cameo.Value == "062");
        Assert.Equal("2016-08-30/2016-09-07", drills.Date?.ToString());
    }

    // Property: any two days of one year, the second after the first, written "from D Month to D Month YYYY" come back as
    // the span between them, whichever of the two writings of day and month is used.
    [Fact]
    public void Property_FromDayToDay_RoundTrips()
    {
        string[] months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
        var pairs = from year in Gen.Choose(1950, 2090)
                    from first in Gen.Choose(0, 360)
                    from length in Gen.Choose(1, 60)
                    from monthFirst in Gen.Elements(true, false)
                    let start = new DateOnly(year, 1, 1).AddDays(first)
                    let end = start.AddDays(length)
                    where end.Year == year
                    select (start, end, monthFirst);
        Prop.ForAll(pairs.ToArbitrary(), p =>
        {
            string Day(DateOnly d) => p.monthFirst ? $"{months[d.Month - 1]} {d.Day}" : $"{d.Day} {months[d.Month - 1]}";
            var text = $"The two navies exercised together from {Day(p.start)} to {Day(p.end)}, {p.end.Year}, officials said.";
            var expected = FuzzyDate.Between(FuzzyDate.OfDay(p.start), FuzzyDate.OfDay(p.end));
            return Tag(text).SequenceEqual([expected.ToString()]);
        }).QuickCheckThrowOnFailure();
    }
}
