using FsCheck;
using FsCheck.Fluent;
using Orkhon.Domain;
using Orkhon.Extraction.Time;

namespace Orkhon.Tests.Extraction.Time;

// Properties of a stay's span over random days (2000–2025): a stated length in days or weeks runs on from the arrival day
// ("arrived on 3 May for a week-long visit" is 3–9 May). "On <day>, on the Nth day of the visit" is in
// RelativeAttachmentPropertyTests. The sentences are our own.
public sealed class StayLengthPropertyTests
{
    private static readonly string[] s_counts = ["two", "three", "four", "five", "six", "seven"];

    private static string Written(DateOnly day) => RandomNewsDays.Written(day);

    [Fact]
    public void Property_ArrivalForAStatedLength_SpansThatManyDaysFromTheArrival() =>
        Prop.ForAll((from day in RandomNewsDays.Days from n in Gen.Choose(2, 7) from weeks in Gen.Elements(0, 1, 2) select (day, n, weeks)).ToArbitrary(), c =>
        {
            var (length, days) = c.weeks switch
            {
                0 => (s_counts[c.n - 2] + "-day", c.n),
                1 => ("week-long", 7),
                _ => ("two-week", 14),
            };
            var dates = RandomNewsDays.Dates($"The Mongolian president arrived in Seoul on {Written(c.day)} for a {length} state visit.", null);
            return dates is [{ } d] && d == FuzzyDate.Between(FuzzyDate.OfDay(c.day), FuzzyDate.OfDay(c.day.AddDays(days - 1)));
        }).QuickCheckThrowOnFailure();

    [Theory]
    [InlineData("three-day", 3)]
    [InlineData("week-long", 7)]
    [InlineData("Weeklong", 7)]
    [InlineData("one-week", 7)]
    [InlineData("two-week", 14)]
    [InlineData("day-long", 0)] // no count before "-day"
    [InlineData("weekend", 0)] // a weekend is a time, not a length
    [InlineData("long-awaited", 0)]
    public void Of_LengthCompound_IsItsDays(string word, int days) => Assert.Equal(days, StayLength.Of(word));
}
