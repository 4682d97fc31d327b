using FsCheck;
using FsCheck.Fluent;
using Orkhon.Domain;
using Orkhon.Extraction;
using Orkhon.Extraction.Time;

namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// Spans written as their two ends ("between March and May 2024", "from Monday to Wednesday"), seasons, "a week ago",
/// and the phrases around them in a sentence (issue 9, section 9). The sentences are our own. 14 March 2025 was a Friday.
/// </summary>
public sealed class SpanAndSeasonTaggingTests
{
    private static string[] Tag(string text, string? docDate) => RandomNewsDays.Tagged(text, docDate);

    private static string[] Dated(string text, string? docDate) => RandomNewsDays.Coded(text, docDate);

    [Theory]
    [InlineData("Inspections ran between March and May 2024.", null, new[] { "2024-03/2024-05" })]
    [InlineData("Flights stopped from October to February 2023.", null, new[] { "2022-10/2023-02" })] // the span began the year before
    [InlineData("Flights stopped from May 2021 until March 2022.", null, new[] { "2021-05/2022-03" })]
    [InlineData("The border stayed shut between January and April.", "2025-03-14", new[] { "2024-01/2024-04" })] // past: the last April
    [InlineData("The visit will run from Monday to Wednesday.", "2025-03-14", new[] { "2025-03-17/2025-03-19" })]
    [InlineData("Talks were held from Monday to Wednesday.", "2025-03-14", new[] { "2025-03-10/2025-03-12" })]
    [InlineData("The two navies drilled in the summer of 2024.", null, new[] { "2024" })] // a season of a named year is the year
    [InlineData("The two navies drilled in spring 2023.", null, new[] { "2023" })]
    [InlineData("The pipeline was closed in the winter of 2022.", null, new[] { "2022" })] // a winter straddles two years
    [InlineData("The envoys met last summer.", "2025-03-14", new[] { "2024-06/2024-08" })]
    [InlineData("The envoys met last autumn.", "2025-10-20", new[] { "2024-09/2024-11" })] // this autumn has not ended
    [InlineData("The envoys will meet next spring.", "2025-03-14", new[] { "2026-03/2026-05" })]
    [InlineData("The envoys will meet in the autumn.", "2025-03-14", new[] { "2025-09/2025-11" })]
    [InlineData("The envoys met during the winter.", "2025-03-14", new[] { "2024-12/2025-02" })]
    [InlineData("Kazakhstan hosted him a week ago.", "2025-03-14", new[] { "2025-03-03/2025-03-09" })]
    [InlineData("Britain froze the assets a month ago.", "2025-03-14", new[] { "2025-02" })]
    [InlineData("The railway opened a year ago.", "2025-03-14", new[] { "2024" })]
    [InlineData("The treaty lapsed a decade ago.", "2025-03-14", new[] { "2015" })]
    [InlineData("The ceasefire broke down eleven days ago.", "2025-03-14", new[] { "2025-03-03" })]
    // Two days running joined by "and" are one span; two days apart stay apart.
    [InlineData("Kenya hosted the talks on 3 and 4 March 2025.", null, new[] { "2025-03-03/2025-03-04" })]
    [InlineData("Kenya hosted the talks on March 3 and 4.", "2025-03-14", new[] { "2025-03-03/2025-03-04" })]
    [InlineData("Kenya hosted talks on 3 and 17 March 2025.", null, new[] { "2025-03-03" })]
    [InlineData("The chancellor was in Astana on Sunday and Monday.", "2025-03-14", new[] { "2025-03-09/2025-03-10" })]
    [InlineData("The chancellor was in Astana on Monday and Thursday.", "2025-03-14", new[] { "2025-03-10", "2025-03-13" })]
    public void Tag_SpansSeasonsAndSingleUnits(string text, string? docDate, string[] expected) => Assert.Equal(expected, Tag(text, docDate));

    // The dateline's day is what "on Monday" counts from (3 March 2025 was a Monday), even when the page is dated later;
    // with no page date, its year comes from the latest day the text writes in full.
    [Theory]
    [InlineData("ULAANBAATAR, March 3 (Reuters) - Mongolia's president met Japan's prime minister on Monday.", "2025-03-14", "MNG>JPN 040 2025-03-03")]
    [InlineData("ULAANBAATAR, March 3 (Reuters) - Mongolia's president met Japan's prime minister on Monday.", null, "MNG>JPN 040 -")] // no year to read
    [InlineData("BEIJING, Sept. 12 (Xinhua) -- Russia's foreign minister met Wang Yi on Tuesday. Their previous talks were held on 2 March 2024.", null, "RUS>CHN 040 2024-09-10")]
    [InlineData("TOKYO, Dec 31 (Kyodo) - Japan's foreign minister met his Chinese counterpart on Monday.", "2025-01-01", "JPN>CHN 040 2024-12-30")] // filed the year before
    public void Extract_DatelineDay_IsTheReferenceDay(string text, string? docDate, string expected) => Assert.Contains(expected, Dated(text, docDate));

    // Words that are seasons only in a time phrase: "prices fall", "the Arab Spring", "a spring offensive".
    [Theory]
    [InlineData("Prices fall when the harvest is good.")]
    [InlineData("The Arab Spring reached Syria.")]
    [InlineData("Troops prepared a spring offensive.")]
    public void Tag_WordsThatAreNoSeason_AreNotDates(string text) => Assert.Empty(Tag(text, "2025-03-14"));

    // "from Monday to Monday" is no span: each weekday is read alone, as without "from".
    [Fact]
    public void Tag_WeekdaySpanOfNoLength_IsReadAsTwoWeekdays() =>
        Assert.Equal(["2025-03-10", "2025-03-10"], Tag("Talks ran from Monday to Monday.", "2025-03-14"));

    // A time phrase between two fixed words of a phrase is the phrase's own date and does not break it.
    [Theory]
    [InlineData("Germany pledged on Thursday to send air defence systems to Ukraine.", "2025-03-14", "DEU>UKR 0332 2025-03-13")]
    [InlineData("Germany pledged last week to send air defence systems to Ukraine.", "2025-03-14", "DEU>UKR 0332 2025-03-03/2025-03-09")]
    // "a day earlier" with no day told before it counts back from the publication day.
    [InlineData("Iran released a French citizen a day earlier, the ministry said.", "2025-03-14", "IRN>FRA 0841 2025-03-13")]
    public void Extract_TimePhrasesInsideAndAroundAPhrase(string text, string docDate, string expected) => Assert.Equal([expected], Dated(text, docDate));

    // An interval counted in months or years before "after" dates the earlier act at that precision; "overnight" and "later
    // that day" are the day told before; a reporting word after a preposition qualifies a noun and does not end the phrase's time.
    [Theory]
    [InlineData("Japan's prime minister arrived in Hanoi on 12 October 2023 for talks, three months after Vietnam's president visited Tokyo.", "2023-10-13", "VNM>JPN 042 2023-07")]
    [InlineData("Japan's prime minister arrived in Hanoi on 12 October 2023, a year after Vietnam's president visited Tokyo.", "2023-10-13", "VNM>JPN 042 2022")]
    [InlineData("Poland summoned the Russian ambassador on Wednesday after Russian drones entered Polish airspace overnight.", "2025-09-11", "RUS>POL 192 2025-09-10")]
    [InlineData("Modi arrived in Moscow on Monday. He held talks with Putin later that day.", "2025-03-14", "IND>RUS 040 2025-03-10")]
    [InlineData("Ukraine's prosecutors opened an investigation into alleged Russian war crimes in Kharkiv on Tuesday.", "2025-03-14", "UKR>RUS 094 2025-03-11")]
    public void Extract_IntervalsSameDayWordsAndAttributiveReportingWords(string text, string docDate, string expected) => Assert.Contains(expected, Dated(text, docDate));

    // An appositive after the object describes it; its time is not the act's ("its third loan … this year"), while a clause
    // after the comma keeps its own ("a court in Almaty ruled on Thursday").
    [Theory]
    [InlineData("The World Bank approved a $50 million loan to Mongolia, its third loan to the country this year, the bank said on Thursday.", "2025-03-14", "WB>MNG 071 2025-03-13")]
    [InlineData("Kazakhstan granted asylum to two men who had fled Russia, a court in Almaty ruled on Thursday.", "2025-03-14", "KAZ>RUS 075 2025-03-13")]
    public void Extract_AppositiveTime_IsNotTheActs(string text, string docDate, string expected) => Assert.Contains(expected, Dated(text, docDate));

    // "the next day" with no earlier day in the text would lie after the publication day: no date is given.
    [Fact]
    public void Extract_NextDayWithNothingBefore_HasNoDate() =>
        Assert.Equal(["IRN>FRA 0841 -"], Dated("Iran released a French citizen the next day, the ministry said.", "2025-03-14"));

    // After a stay's span ("for a two-day visit"), "the same evening" counts from no publication day: the talks keep the
    // span they share with the arrival, never the day the page was published.
    [Fact]
    public void Extract_SameEveningAfterASpan_IsNotThePublicationDay() =>
        Assert.DoesNotContain("IND>RUS 040 2025-03-14", Dated("Modi arrived in Moscow on Monday for a two-day visit and held talks with Putin the same evening.", "2025-03-14"));

    private static readonly Gen<DateOnly> s_days = from n in Gen.Choose(DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber) select DateOnly.FromDayNumber(n);

    private static readonly string[] s_seasons = ["spring", "summer", "autumn", "fall", "winter"];

    // Any season, before or after any publication day of the calendar, is three months starting on that season's month, or
    // no date at the calendar's edges; never an exception.
    [Fact]
    public void Property_Season_IsThatSeasonsThreeMonthsOrNothing() =>
        Prop.ForAll((from doc in s_days from season in Gen.Choose(0, 4) from form in Gen.Elements("last {0}", "this {0}", "next {0}", "in the {0}", "during the {0}")
                     select (doc, season, form)).ToArbitrary(), c =>
        {
            var name = s_seasons[c.season];
            var text = $"The ministers met {string.Format(System.Globalization.CultureInfo.InvariantCulture, c.form, name)} in Astana.";
            var values = TemporalTagger.Tag(text, 0, text.Length, new TimeAnchor(c.doc, null)).SelectMany(e => e.Values).ToArray();
            if (values.Length == 0)
            {
                return c.doc.Year <= 2 || c.doc.Year >= 9998;
            }

            var start = name switch { "spring" => 3, "summer" => 6, "autumn" or "fall" => 9, _ => 12 };
            var first = values[0].Earliest;
            var months = ((values[0].Latest.Year - first.Year) * 12) + values[0].Latest.Month - first.Month;
            return values.Length == 1 && first.Month == start && first.Day == 1 && months == 2
                && Math.Abs((first.Year * 12L) + first.Month - ((c.doc.Year * 12L) + c.doc.Month)) <= 24;
        }).QuickCheckThrowOnFailure();

    // "N units ago" and "a unit ago", any count and any publication day: a date before the publication day, or none; never
    // an exception ("99999999999 days ago", "3000 years ago").
    [Fact]
    public void Property_UnitsAgo_NeverAfterThePublicationDayAndNeverThrows() =>
        Prop.ForAll((from doc in s_days
                     from count in Gen.OneOf(Gen.Elements("a", "an", "one", "eleven", "3000", "99999999999", "2147483648"), from n in Gen.Choose(0, int.MaxValue) select n.ToString(System.Globalization.CultureInfo.InvariantCulture))
                     from unit in Gen.Elements("day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades")
                     select (doc, count, unit)).ToArbitrary(), c =>
        {
            var text = $"The border was closed {c.count} {c.unit} ago, officials said.";
            var ignored = new List<IgnoredTimePhrase>();
            var values = TemporalTagger.Tag(text, 0, text.Length, new TimeAnchor(c.doc, null), ignored).SelectMany(e => e.Values).ToArray();
            return values.All(v => v.Earliest <= c.doc) && values.Length + ignored.Count <= 1;
        }).QuickCheckThrowOnFailure();

    [Theory]
    [InlineData("The border was closed 99999999999 days ago.")]
    [InlineData("Nomads grazed here 3000 years ago.")]
    [InlineData("Nomads grazed here 400 decades ago.")]
    public void Tag_CountsOutsideTheCalendar_GiveNoDate(string text)
    {
        var ignored = new List<IgnoredTimePhrase>();
        Assert.Empty(TemporalTagger.Tag(text, 0, text.Length, new TimeAnchor(new DateOnly(2025, 3, 14), null), ignored));
        Assert.Single(ignored);
    }
}
