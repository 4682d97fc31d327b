using FsCheck;
using FsCheck.Fluent;
using Orkhon.Domain;
using Orkhon.Extraction;
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
    [InlineData("The summit ran 31 August-1 September 2025.", null, new[] { "2025-08-31/2025-09-01" })] // across a month's end
    [InlineData("The summit ran August 31-September 1, 2025.", null, new[] { "2025-08-31/2025-09-01" })]
    [InlineData("Talks ran 30 December-2 January 2025.", null, new[] { "2024-12-30/2025-01-02" })] // across a year's end: the year written is the last day's
    [InlineData("Between 2017 and 2019, Japan trained the unit.", null, new[] { "2017/2019" })]
    [InlineData("From 2010 to 2014 the line was closed.", null, new[] { "2010/2014" })]
    public void Tag_NormalisesToFuzzyDates(string text, string? docDate, string[] expected) => Assert.Equal(expected, Tag(text, docDate));

    // Wire-style and forward-looking phrases. 5 September 2024 was a Thursday; 7–8 September the weekend after.
    [Theory]
    [InlineData("The ministry said Wednesday that talks had ended.", "2024-09-05", new[] { "2024-09-04" })] // bare weekday
    [InlineData("The ministry said on Thursday that talks had ended.", "2024-09-05", new[] { "2024-09-05" })] // the publication day itself
    [InlineData("He arrived last Tuesday.", "2024-09-05", new[] { "2024-09-03" })]
    [InlineData("He arrived last Thursday.", "2024-09-05", new[] { "2024-08-29" })] // "last" is never the day itself
    [InlineData("He will arrive next Tuesday.", "2024-09-05", new[] { "2024-09-10" })]
    [InlineData("The two leaders will meet on Monday.", "2024-09-05", new[] { "2024-09-09" })] // future cue: ahead
    [InlineData("Fighting flared over the weekend.", "2024-09-09", new[] { "2024-09-07/2024-09-08" })]
    [InlineData("Fighting flared over the weekend.", "2024-09-08", new[] { "2024-09-07/2024-09-08" })] // published on the Sunday
    [InlineData("Talks are planned for next weekend.", "2024-09-05", new[] { "2024-09-07/2024-09-08" })]
    [InlineData("Talks are planned for next weekend.", "2024-09-07", new[] { "2024-09-14/2024-09-15" })]
    [InlineData("The minister will travel to Tokyo in May.", "2024-09-10", new[] { "2025-05" })] // announced: next May
    [InlineData("The minister travelled to Tokyo in May.", "2024-09-10", new[] { "2024-05" })]
    [InlineData("The minister is due to visit Seoul in October.", "2024-09-10", new[] { "2024-10" })]
    [InlineData("In December they met.", "2024-02-10", new[] { "2023-12" })] // no cue: the past, as before
    [InlineData("The summit is scheduled for 3 March.", "2024-09-10", new[] { "2025-03-03" })]
    [InlineData("The summit was held on 3 March. It will be followed by talks.", "2024-09-10", new[] { "2024-03-03" })] // the cue comes after
    [InlineData("He will travel to Seoul in November, the ministry said on Tuesday.", "2024-09-05", new[] { "2024-11", "2024-09-03" })] // the statement is past
    public void Tag_WireStyleAndFutureDates(string text, string docDate, string[] expected) => Assert.Equal(expected, Tag(text, docDate));

    [Theory]
    [InlineData("Japan's envoy arrived on 3 May 2024; the Chinese delegation had come a day earlier.", -1)]
    [InlineData("Japan's envoy arrived on 3 May 2024 and left the day before the talks.", -1)]
    [InlineData("Japan's envoy arrived on 3 May 2024 and left the next day.", 1)]
    public void DayReferences_EarlierAndLater(string text, int offset) =>
        Assert.Equal(offset, Assert.Single(TemporalTagger.DayReferences(text, 0, text.Length)).Offset);

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

    // Phrases whose value falls outside 0001-01-01..9999-12-31: each used to end extraction with an exception.
    [Theory]
    [InlineData("They lived on the steppe 3000 years ago.", "2024-05-01")] // year -976
    [InlineData("It happened 99999999999 days ago.", "2024-05-01")] // the count overflows an int
    [InlineData("It happened 2147483648 weeks ago.", "2024-05-01")]
    [InlineData("It happened 400000 weeks ago.", "2024-05-01")]
    [InlineData("It happened 500000 months ago.", "2024-05-01")]
    [InlineData("It happened 3000000 days ago.", "2024-05-01")]
    [InlineData("Prices rise next year.", "9999-12-31")]
    [InlineData("Prices rise next month.", "9999-12-31")]
    [InlineData("Prices rise next week.", "9999-12-31")] // the week of 10000-01-03
    [InlineData("Prices rose this week.", "9999-12-31")] // Monday 9999-12-27 to Sunday 10000-01-02
    [InlineData("Prices fell last year.", "0001-06-01")]
    [InlineData("Prices fell last month.", "0001-01-15")]
    [InlineData("Prices fell yesterday.", "0001-01-01")]
    [InlineData("Prices fell last week.", "0001-01-03")]
    [InlineData("He arrived on Sunday.", "0001-01-01")] // 0001-01-01 was a Monday
    public void Tag_OutOfRangePhrase_IsIgnoredWithANote(string text, string docDate)
    {
        var doc = DateOnly.Parse(docDate, System.Globalization.CultureInfo.InvariantCulture);
        var ignored = new List<IgnoredTimePhrase>();
        var found = TemporalTagger.Tag(text, 0, text.Length, new TimeAnchor(doc, null), ignored);
        Assert.Empty(found);
        var note = Assert.Single(ignored);
        Assert.Contains(text[note.Start..note.End], text, StringComparison.Ordinal);
        Assert.Contains("outside", note.Reason, StringComparison.Ordinal);
    }

    // Phrases the tagger does not read at all ("in 8000 years", centuries) pass through untouched.
    [Theory]
    [InlineData("It will be ready in 8000 years.")]
    [InlineData("Nothing like it since the 99999th century.")]
    [InlineData("It was built in the 3rd century BC.")]
    public void Tag_UnreadPhrases_AreNotDates(string text) =>
        Assert.Empty(TemporalTagger.Tag(text, 0, text.Length, new TimeAnchor(new DateOnly(2024, 5, 1), null)));

    // The calendar's edges resolve when the result is inside it.
    [Theory]
    [InlineData("Prices rose this year.", "9999-12-31", "9999")]
    [InlineData("Prices rose this month.", "9999-12-31", "9999-12")]
    [InlineData("Prices fell yesterday.", "9999-12-31", "9999-12-30")]
    [InlineData("They lived there 2999 years ago.", "3000-05-01", "0001")] // "2999" is no year the tagger reads, so the phrase is relative
    [InlineData("It happened 738000 days ago.", "2024-05-01", "0003-10-04")]
    [InlineData("In December 9999 they met.", null, "9999-12")]
    public void Tag_AtCalendarEdges_Resolves(string text, string? docDate, string expected) => Assert.Equal([expected], Tag(text, docDate));

    // An ignored phrase leaves an explanation beside the sentence's other findings.
    [Fact]
    public void Extract_OutOfRangePhrase_ExplainsWhyItWasIgnored()
    {
        var explain = new List<string>();
        var events = EventExtractor.Default.Extract("Nomads lived on the steppe 3000 years ago. Mongolia signed a treaty with Japan on 3 May 2024.", new DateOnly(2024, 5, 10), explain);
        Assert.Contains(explain, l => l.Contains("[3000 years ago] ignored", StringComparison.Ordinal) && l.Contains("-976", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Date == FuzzyDate.OfDay(2024, 5, 3));
    }

    // A dated or undated document with such phrases extracts instead of failing.
    [Theory]
    [InlineData(null)]
    [InlineData("2024-05-10")]
    [InlineData("9999-12-31")]
    [InlineData("0001-01-01")]
    public void Extract_DocumentWithOutOfRangePhrases_DoesNotThrow(string? docDate)
    {
        DateOnly? doc = docDate is null ? null : DateOnly.Parse(docDate, System.Globalization.CultureInfo.InvariantCulture);
        const string Text = "Mongolia signed a treaty with Japan on 3 May 2024. Nomads lived there 3000 years ago and 99999999999 days ago. "
            + "Russia met China yesterday, last week, next month and next year, 400000 weeks ago, on Sunday. Japan visited Mongolia the next day.";
        _ = EventExtractor.Default.Extract(Text, doc);
    }
}
