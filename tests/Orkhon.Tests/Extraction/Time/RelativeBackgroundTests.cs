using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// A relative clause tells background: where the main clause has a time of its own ("For a leader who threatened Chile in
/// March, the Peruvian president was all smiles in Santiago on Thursday"), the relative clause's time does not move the
/// story, and the undated sentence after it takes the main clause's day. Where the main clause has none, nothing changes.
/// Our own sentences; the publication day is Friday 10 May 2024.
/// </summary>
public sealed class RelativeBackgroundTests
{
    private const string Friday = "2024-05-10";

    [Theory]
    [InlineData("For a leader who threatened Chile in March, the Peruvian president was all smiles in Santiago on Thursday. He and Boric signed a trade pact.", "PER>CHL 057 2024-05-09")]
    [InlineData("Egypt, which criticised Ethiopia last year over the dam, hosted Sudan's leader on Wednesday. Egypt and Sudan signed a water accord.", "EGY>SDN 057 2024-05-08")]
    public void Extract_MainClauseTime_IsCarriedOverTheRelativeClauses(string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, Friday));

    [Theory]
    // The relative clause's own act keeps its own time.
    [InlineData("Egypt, which criticised Ethiopia last year over the dam, hosted Sudan's leader on Wednesday. Egypt and Sudan signed a water accord.", "EGY>ETH 111 2023")]
    // No time in the main clause: the relative clause's day stays its own act's and dates neither the main clause nor the
    // next sentence, as before.
    [InlineData("Egypt, which criticised Ethiopia on Tuesday over the dam, hosted Sudan's leader. Egypt and Sudan signed a water accord.", "EGY>ETH 111 2024-05-07")]
    [InlineData("Egypt, which criticised Ethiopia on Tuesday over the dam, hosted Sudan's leader. Egypt and Sudan signed a water accord.", "EGY>SDN 057 -")]
    public void Extract_RelativeClauseTime_DatesOnlyItsOwnAct(string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, Friday));

    // Any publication day, any weekday of the week before it and any month of the year before: the signing in the next
    // sentence takes the main clause's weekday, never the relative clause's month.
    [Fact]
    public void Property_RelativeClauseMonth_DoesNotCarry() =>
        Prop.ForAll((from doc in RandomNewsDays.Days from back in Gen.Choose(0, 6) from month in Gen.Choose(1, 12) select (doc, back, month)).ToArbitrary(), c =>
        {
            var day = c.doc.AddDays(-c.back);
            var monthName = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(c.month);
            var coded = RandomNewsDays.Coded(
                $"For a leader who threatened Chile in {monthName} {c.doc.Year - 1}, the Peruvian president was all smiles in Santiago on {RandomNewsDays.Weekdays[(int)day.DayOfWeek]}. Peru and Chile signed a trade pact.",
                c.doc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            return coded.Contains($"PER>CHL 057 {day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        }).QuickCheckThrowOnFailure();
}
