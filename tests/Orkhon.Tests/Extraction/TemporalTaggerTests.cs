using FsCheck;
using FsCheck.Fluent;
using Orkhon.Domain;
using Orkhon.Extraction.Time;

namespace Orkhon.Tests.Extraction;

public sealed class TemporalTaggerTests
{
    private static string[] Tag(string text, string? docDate = null)
    {
        DateOnly? doc = docDate is null ? null : DateOnly.Parse(docDate, System.Globalization.CultureInfo.InvariantCulture);
        var anchor = new TimeAnchor(doc, doc is null ? TemporalTagger.LatestExplicitDate(text, 0, text.Length) : null);
        return TemporalTagger.Tag(text, 0, text.Length, anchor).SelectMany(e => e.Values).Select(v => v.ToString()).ToArray();
    }

    [Theory]
    [InlineData("He visited in July 2023.", null, new[] { "2023-07" })]
    [InlineData("Talks were held on 3 September 2024.", null, new[] { "2024-09-03" })]
    [InlineData("Talks were held on September 3, 2024.", null, new[] { "2024-09-03" })]
    [InlineData("She visited Seoul 3-4 Sept.", "2024-09-10", new[] { "2024-09-03/2024-09-04" })]
    [InlineData("In August 2024 he left; he returned in early September.", null, new[] { "2024-08", "2024-09" })] // anchored on the text's own latest date
    [InlineData("Relations began in the early 1990s.", null, new[] { "1990/1993" })]
    [InlineData("Ties deepened in the late 1980s and the 2000s.", null, new[] { "1987/1989", "2000/2009" })]
    [InlineData("Since 2023, ties have grown.", null, new[] { "2023/.." })]
    [InlineData("Trade fell last year.", "2024-05-01", new[] { "2023" })]
    [InlineData("Trade fell last year.", null, new string[0])] // no anchor: never invented
    [InlineData("They were revised in 2010 and 2011, respectively.", null, new[] { "2010", "2011" })]
    [InlineData("During his August 2024 visit he spoke.", null, new[] { "2024-08" })]
    [InlineData("He arrived on Tuesday.", "2024-09-05", new[] { "2024-09-03" })] // 5 Sept 2024 was a Thursday
    [InlineData("In December they met.", "2024-02-10", new[] { "2023-12" })] // a month after the publication month is last year's
    [InlineData("It may rain; May 2015 was dry.", null, new[] { "2015-05" })] // the modal "may" is not a month
    [InlineData("Sales rose 2,023 units and cost $2024.", null, new string[0])] // numbers, not years
    [InlineData("Two days ago Kazakhstan's president met him.", "2024-04-14", new[] { "2024-04-12" })]
    public void Tag_NormalisesToFuzzyDates(string text, string? docDate, string[] expected) => Assert.Equal(expected, Tag(text, docDate));

    // Property: any day written as "D Month YYYY" comes back as that day.
    [Fact]
    public void Property_DayMonthYear_RoundTrips()
    {
        string[] months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
        var days = from year in Gen.Choose(1950, 2090) from month in Gen.Choose(1, 12) from day in Gen.Choose(1, 28) select new DateOnly(year, month, day);
        Prop.ForAll(days.ToArbitrary(), d =>
        {
            var text = $"The talks took place on {d.Day} {months[d.Month - 1]} {d.Year} in the capital.";
            return Tag(text).SequenceEqual([FuzzyDate.OfDay(d).ToString()]);
        }).QuickCheckThrowOnFailure();
    }

    // Property: tagging never throws and spans stay inside the text, whatever the input.
    [Fact]
    public void Property_ArbitraryText_SpansInsideText() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>().Filter(s => s is not null), text =>
        {
            foreach (var e in TemporalTagger.Tag(text, 0, text.Length, new TimeAnchor(new DateOnly(2024, 1, 1), null)))
            {
                if (e.Start < 0 || e.End > text.Length || e.Start >= e.End)
                {
                    return false;
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();
}
