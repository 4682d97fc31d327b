using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Orkhon.Domain;
using Orkhon.Extraction.Time;

namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// Months and years counted from the date told before ("two years later", "a decade on", "the following month", "the
/// previous year", "later that year", "that same month"), and the day words of fresh news ("this morning", "tonight",
/// "this past weekend", "a fortnight ago"). The sentences are our own, in several tenses, orders and actors. 5 September
/// 2024 was a Thursday.
/// </summary>
public sealed class CountedFromToldTests
{
    private static readonly string[] s_months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static string[] Tag(string text, string? docDate) => RandomNewsDays.Tagged(text, docDate);

    private static string[] TagAfter(string text, DateOnly doc, FuzzyDate told) =>
        [.. TemporalTagger.Tag(text, 0, text.Length, new TimeAnchor(doc, null, told)).SelectMany(e => e.Values).Select(v => v.ToString())];

    [Theory]
    [InlineData("The treaty was signed in March 2010 and ratified two years later.", new[] { "2010-03", "2012" })]
    [InlineData("Talks opened in May 2015; the following month the two sides signed a deal.", new[] { "2015-05", "2015-06" })]
    [InlineData("Seoul cut ties with the regime in 1998 and restored them a decade on.", new[] { "1998", "2008" })]
    [InlineData("The pact was signed on 4 June 2019; that same month, both armies pulled back.", new[] { "2019-06-04", "2019-06" })]
    [InlineData("The pact lapsed in 2019; the previous year it had been renewed.", new[] { "2019", "2018" })]
    [InlineData("The deal was struck in 2019 and collapsed later that year.", new[] { "2019", "2019" })]
    [InlineData("Envoys met in October 2011, and in the same month the border reopened.", new[] { "2011-10", "2011-10" })]
    [InlineData("The base closed in August 2014. The previous month, the lease had run out.", new[] { "2014-08", "2014-07" })]
    [InlineData("Between 2015 and 2017 the mission was expanded; two years later it was withdrawn.", new[] { "2015/2017", "2019" })]
    // Each count runs on from the last one.
    [InlineData("Ties were cut in 2001, restored a year later and cut again three years later.", new[] { "2001", "2002", "2005" })]
    // A future cue lets a count run past the publication day.
    [InlineData("Russia will host the talks in 2026 and the summit a year later.", new[] { "2026", "2027" })]
    public void Tag_CountedFromADateWrittenBefore_IsThatDateMoved(string text, string[] expected) => Assert.Equal(expected, Tag(text, "2024-09-05"));

    [Theory]
    // A month counted from a year alone is no month the text tells.
    [InlineData("The talks began in 2019 and later that month the envoys left.", new[] { "2019" })]
    // A count of months is not read: "the following month" is.
    [InlineData("The deal was signed in March 2022, and three months later it collapsed.", new[] { "2022-03" })]
    // A comparison names no time of an act; a term of prison is no interval after the date.
    [InlineData("Exports rose 5 percent from a year earlier in May 2024.", new[] { "2024-05" })]
    [InlineData("Exports in May 2024 were higher than a year earlier.", new[] { "2024-05" })]
    [InlineData("Exports reached $5.2 billion in 2023, up from $4.5 billion a year earlier.", new[] { "2023" })]
    [InlineData("Trade in March 2024 was up 5 percent on a month earlier.", new[] { "2024-03" })]
    [InlineData("He was jailed in 2019 for two years on charges of spying.", new[] { "2019" })]
    // A possessive year and a hyphenated compound count nothing.
    [InlineData("Parliament cut the budget in 2019 and that same year's plan was dropped.", new[] { "2019" })]
    [InlineData("In March 2020, trade fell in the same year-on-year terms.", new[] { "2020-03" })]
    // With no date told before, nothing is counted; "the previous year" is then read against the publication day.
    [InlineData("Two years later, the border reopened.", new string[0])]
    [InlineData("Exports had fallen the previous year.", new[] { "2023" })]
    // A past counted from the publication day's date would lie ahead of it: no date.
    [InlineData("Iran said on Tuesday that the deal had collapsed; a year later, nothing was left.", new[] { "2024-09-03" })]
    public void Tag_CountWithoutAFitReference_NamesNoDate(string text, string[] expected) => Assert.Equal(expected, Tag(text, "2024-09-05"));

    [Theory]
    [InlineData("A year later, the border reopened.", "2019-03", new[] { "2020" })]
    [InlineData("The following month, Ankara recalled its ambassador.", "2019-03-14", new[] { "2019-04" })]
    [InlineData("Later that year the two leaders met again.", "2016-11", new[] { "2016" })]
    [InlineData("Two decades earlier Moscow had withdrawn its troops.", "2012", new[] { "1992" })]
    // A month counted from a year told before is unknown.
    [InlineData("The following month the envoy returned.", "2012", new string[0])]
    public void Tag_CountedFromTheDateOfTheSentencesBefore(string text, string told, string[] expected) =>
        Assert.Equal(expected, TagAfter(text, new DateOnly(2024, 9, 5), FuzzyDate.Parse(told)));

    [Fact]
    public void Extract_AYearLaterInTheNextSentence_CountsFromTheYearWritten() =>
        Assert.Contains(RandomNewsDays.Coded("Armenia accused Azerbaijan of massing troops on the border in March 2019. A year later, Azerbaijan accused Armenia of shelling its villages.", "2024-09-05"),
            e => e.StartsWith("AZE>ARM ", StringComparison.Ordinal) && e.EndsWith(" 2020", StringComparison.Ordinal));

    [Fact]
    public void Extract_TheFollowingMonth_IsTheMonthAfterTheOneWritten() =>
        Assert.Contains(RandomNewsDays.Coded("Moscow and Tokyo held talks in June 2016. The following month, Japan accused Russia of violating its airspace.", "2024-09-05"),
            e => e.StartsWith("JPN>RUS ", StringComparison.Ordinal) && e.EndsWith(" 2016-07", StringComparison.Ordinal));

    // Nothing told before the count: the act keeps the day the story gives it.
    [Fact]
    public void Extract_CountWithNothingToldBefore_KeepsTheStoryDay() =>
        Assert.Contains(RandomNewsDays.Coded("Japan accused Russia on Tuesday of violating its airspace, a year later than Tokyo had feared.", "2024-09-05"),
            e => e.StartsWith("JPN>RUS ", StringComparison.Ordinal) && e.EndsWith(" 2024-09-03", StringComparison.Ordinal));

    [Theory]
    // The day words of fresh news, each read against the publication day (Thursday 5 September 2024).
    [InlineData("The ministers met this morning.", new[] { "2024-09-05" })]
    [InlineData("The envoy will arrive tonight.", new[] { "2024-09-05" })]
    [InlineData("Talks resumed this afternoon, the ministry said.", new[] { "2024-09-05" })]
    [InlineData("Protesters rallied outside the embassy this past weekend.", new[] { "2024-08-31/2024-09-01" })]
    [InlineData("The border was closed a fortnight ago.", new[] { "2024-08-19/2024-08-25" })]
    // Forms already read, kept here as the list fresh news uses.
    [InlineData("The ministry expelled the attaché earlier this month.", new[] { "2024-09" })]
    [InlineData("The ban took effect late last year.", new[] { "2023" })]
    [InlineData("The embassy closed in mid-2023.", new[] { "2023" })]
    [InlineData("Leaders met at the weekend.", new[] { "2024-08-31/2024-09-01" })]
    [InlineData("Troops withdrew this spring.", new[] { "2024-03/2024-05" })]
    [InlineData("The pact dates from the early 1990s.", new[] { "1990/1993" })]
    public void Tag_DayWordsOfFreshNews(string text, string[] expected) => Assert.Equal(expected, Tag(text, "2024-09-05"));

    // A year, decade or month counted from a random month told before, in every form: the count is exact calendar arithmetic.
    [Fact]
    public void Property_CountedForms_AreCalendarArithmeticFromTheDateWritten() =>
        Prop.ForAll((from year in Gen.Choose(1950, 2020) from month in Gen.Choose(1, 12) from n in Gen.Choose(1, 9) from form in Gen.Choose(0, 8)
                     select (year, month, n, form)).ToArbitrary(), c =>
        {
            var (phrase, expected) = c.form switch
            {
                0 => ($"{c.n} years later", FuzzyDate.OfYear(c.year + c.n)),
                1 => ($"{c.n} years earlier", FuzzyDate.OfYear(c.year - c.n)),
                2 => ($"{c.n} decades later", FuzzyDate.OfYear(c.year + (10 * c.n))),
                3 => ("the following month", MonthsFrom(c.year, c.month, 1)),
                4 => ("the previous month", MonthsFrom(c.year, c.month, -1)),
                5 => ("the following year", FuzzyDate.OfYear(c.year + 1)),
                6 => ("the previous year", FuzzyDate.OfYear(c.year - 1)),
                7 => ("later that year", FuzzyDate.OfYear(c.year)),
                _ => ("that same month", FuzzyDate.OfMonth(c.year, c.month)),
            };
            var text = $"The pact was signed in {s_months[c.month - 1]} {c.year}, and {phrase} the border was closed.";
            var values = TemporalTagger.Tag(text, 0, text.Length, new TimeAnchor(new DateOnly(2200, 12, 31), null)).SelectMany(e => e.Values).ToArray();
            return values.Length == 2 && values[0] == FuzzyDate.OfMonth(c.year, c.month) && values[1] == expected;
        }).QuickCheckThrowOnFailure();

    // Counting from the sentences before gives what counting within the sentence gives.
    [Fact]
    public void Property_CountFromTheSentenceBefore_EqualsTheCountWithinTheSentence() =>
        Prop.ForAll((from year in Gen.Choose(1950, 2020) from month in Gen.Choose(1, 12) from n in Gen.Choose(1, 9) from unit in Gen.Elements("years", "decades")
                     select (year, month, n, unit)).ToArbitrary(), c =>
        {
            var doc = new DateOnly(2200, 12, 31);
            var within = $"The pact was signed in {s_months[c.month - 1]} {c.year}; {c.n} {c.unit} later the border was closed.";
            var apart = $"{c.n} {c.unit} later the border was closed.";
            var inside = TemporalTagger.Tag(within, 0, within.Length, new TimeAnchor(doc, null)).SelectMany(e => e.Values).Skip(1);
            var after = TemporalTagger.Tag(apart, 0, apart.Length, new TimeAnchor(doc, null, FuzzyDate.OfMonth(c.year, c.month))).SelectMany(e => e.Values);
            return inside.SequenceEqual(after) && after.Count() == 1;
        }).QuickCheckThrowOnFailure();

    // A past-tense count never lands after the publication day, whatever day was told before it.
    [Fact]
    public void Property_PastCount_NeverResolvesAfterThePublicationDay() =>
        Prop.ForAll((from doc in RandomNewsDays.Days from back in Gen.Choose(0, 4000) from n in Gen.Choose(1, 12) from unit in Gen.Elements("years", "decades")
                     select (doc, back, n, unit)).ToArbitrary(), c =>
        {
            var told = FuzzyDate.OfDay(c.doc.AddDays(-c.back));
            var text = $"{Math.Min(c.n, 10)} {c.unit} later, the envoy returned.";
            var values = TemporalTagger.Tag(text, 0, text.Length, new TimeAnchor(c.doc, null, told)).SelectMany(e => e.Values).ToArray();
            return values.All(v => v.Earliest <= c.doc);
        }).QuickCheckThrowOnFailure();

    // "this morning" and "tonight" are the publication day; "this past weekend" the latest Saturday and Sunday begun by it;
    // "a fortnight ago" the Monday-to-Sunday week fourteen days back.
    [Fact]
    public void Property_DayWords_LandWhereTheCalendarSays() =>
        Prop.ForAll((from doc in RandomNewsDays.Days from form in Gen.Choose(0, 3) select (doc, form)).ToArbitrary(), c =>
        {
            var text = c.form switch
            {
                0 => "The ministers met this morning.",
                1 => "The envoy arrives tonight.",
                2 => "Protesters rallied this past weekend.",
                _ => "The border was closed a fortnight ago.",
            };
            var values = TemporalTagger.Tag(text, 0, text.Length, new TimeAnchor(c.doc, null)).SelectMany(e => e.Values).ToArray();
            if (values.Length != 1)
            {
                return false;
            }

            var v = values[0];
            var sinceSaturday = ((int)c.doc.DayOfWeek - (int)DayOfWeek.Saturday + 7) % 7;
            var back = c.doc.AddDays(-14);
            var monday = back.AddDays(-(((int)back.DayOfWeek + 6) % 7));
            return c.form switch
            {
                0 or 1 => v == FuzzyDate.OfDay(c.doc),
                2 => v.Earliest == c.doc.AddDays(-sinceSaturday) && v.Latest == v.Earliest.AddDays(1),
                _ => v.Earliest == monday && v.Latest == monday.AddDays(6),
            };
        }).QuickCheckThrowOnFailure();

    private static FuzzyDate MonthsFrom(int year, int month, int shift)
    {
        var index = (year * 12) + month - 1 + shift;
        return FuzzyDate.OfMonth(index / 12, (index % 12) + 1);
    }
}
