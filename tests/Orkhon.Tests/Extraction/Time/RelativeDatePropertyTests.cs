using FsCheck;
using FsCheck.Fluent;
using Orkhon.Domain;
using Orkhon.Extraction.Time;

namespace Orkhon.Tests.Extraction.Time;

// Properties of relative time phrases over random publication days (years 1950–2090): a past-tense sentence never
// lands after the publication day, a future one never before it, and a weekday lands on that weekday within a week.
public sealed class RelativeDatePropertyTests
{
    private static readonly string[] s_weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    private static readonly string[] s_months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly Gen<DateOnly> s_days = from n in Gen.Choose(new DateOnly(1950, 1, 1).DayNumber, new DateOnly(2090, 12, 31).DayNumber) select DateOnly.FromDayNumber(n);

    // Phrases a past-tense report uses; {0} is a weekday, {1} a month name, {2} a small count.
    private static readonly string[] s_pastPhrases =
    [
        "on {0}", "{0}", "last {0}", "last week", "last month", "last year", "yesterday", "today", "{2} days ago", "{2} weeks ago",
        "{2} months ago", "{2} years ago", "over the weekend", "in {1}", "earlier this month", "earlier this year", "in early {1}",
    ];

    // Phrases a future-tense announcement uses.
    private static readonly string[] s_futurePhrases =
    [
        "on {0}", "next {0}", "next week", "next month", "next year", "in {1}", "next weekend", "over the weekend", "in late {1}",
    ];

    private static FuzzyDate[] Values(string text, DateOnly doc) =>
        TemporalTagger.Tag(text, 0, text.Length, new TimeAnchor(doc, null)).SelectMany(e => e.Values).ToArray();

    private static Gen<(DateOnly Doc, string Phrase)> Cases(string[] phrases) =>
        from doc in s_days
        from template in Gen.Elements(phrases)
        from weekday in Gen.Elements(s_weekdays)
        from month in Gen.Elements(s_months)
        from count in Gen.Choose(1, 10)
        select (doc, string.Format(System.Globalization.CultureInfo.InvariantCulture, template, weekday, month, count));

    [Fact]
    public void Property_PastTense_NeverResolvesAfterThePublicationDay() =>
        Prop.ForAll(Cases(s_pastPhrases).ToArbitrary(), c =>
        {
            var values = Values($"The two ministers met in Astana {c.Phrase}, the ministry said.", c.Doc);
            return values.Length == 1 && values[0].Earliest <= c.Doc;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Property_FutureTense_NeverResolvesBeforeThePublicationDay() =>
        Prop.ForAll(Cases(s_futurePhrases).ToArbitrary(), c =>
        {
            var values = Values($"The foreign minister will travel to Tokyo {c.Phrase} for talks.", c.Doc);
            return values.Length == 1 && values[0].Latest >= c.Doc;
        }).QuickCheckThrowOnFailure();

    // "said Wednesday" and "on Wednesday" are 0–6 days back; "last Wednesday" 1–7 back; "next Wednesday" 1–7 ahead;
    // "will meet on Wednesday" 0–6 ahead. Each lands on the weekday named.
    [Fact]
    public void Property_Weekday_LandsOnThatWeekdayWithinAWeek() =>
        Prop.ForAll((from doc in s_days from weekday in Gen.Choose(0, 6) from form in Gen.Choose(0, 4) select (doc, weekday, form)).ToArbitrary(), c =>
        {
            var name = s_weekdays[(c.weekday + 6) % 7]; // DayOfWeek counts from Sunday, the names from Monday
            var (text, from, to) = c.form switch
            {
                0 => ($"The ministry said {name} that talks had ended.", -6, 0),
                1 => ($"The envoy arrived on {name}.", -6, 0),
                2 => ($"The envoy arrived last {name}.", -7, -1),
                3 => ($"The envoy will arrive next {name}.", 1, 7),
                _ => ($"The envoy will arrive on {name}.", 0, 6),
            };
            var values = Values(text, c.doc);
            if (values.Length != 1 || values[0].Precision != DatePrecision.Day)
            {
                return false;
            }

            var offset = values[0].Earliest.DayNumber - c.doc.DayNumber;
            return (int)values[0].Earliest.DayOfWeek == c.weekday && offset >= from && offset <= to;
        }).QuickCheckThrowOnFailure();

    // "N days ago" is exact day arithmetic, whatever the publication day.
    [Fact]
    public void Property_DaysAgo_IsExactArithmetic() =>
        Prop.ForAll((from doc in s_days from n in Gen.Choose(2, 400) select (doc, n)).ToArbitrary(), c =>
        {
            var values = Values($"The border was closed {c.n} days ago.", c.doc);
            return values.Length == 1 && values[0] == FuzzyDate.OfDay(c.doc.AddDays(-c.n));
        }).QuickCheckThrowOnFailure();
}
