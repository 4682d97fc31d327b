using FsCheck;
using FsCheck.Fluent;
using Orkhon.Domain;

namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// A reaction told with its own time right after the verb that sequences it ("Belarus responded on Thursday by expelling two
/// Polish diplomats", "retaliated on Wednesday with tariffs", "later on Friday expelled"): the act the cue introduces took
/// place then, not on the day carried from the act it answered. A time further on, inside what the reaction answered, dates
/// nothing of it. Our own sentences, agency and newspaper style, different actors and roots; the publication day is Friday
/// 14 March 2025 unless a property draws one.
/// </summary>
public sealed class SequenceCueTimeTests
{
    private const string Friday = "2025-03-14";

    [Theory]
    [InlineData("PARIS, March 14 (AFP) - Poland recalled its ambassador from Minsk on Monday. Belarus responded on Thursday by expelling two Polish diplomats.", "BLR>POL 174 2025-03-13")]
    [InlineData("TALLINN, March 14 (Reuters) - Estonia expelled a Russian diplomat on Monday. Moscow later on Friday expelled three Estonian diplomats.", "RUS>EST 174 2025-03-14")]
    [InlineData("SEOUL, March 14 (Yonhap) -- North Korea fired a ballistic missile over Japan on Monday. Seoul responded on Wednesday by suspending a military agreement with Pyongyang.", "KOR>PRK 160 2025-03-12")]
    [InlineData("The Kremlin's answer came quickly. Russia retaliated on 11 March 2025 by banning imports of Moldovan wine after Moldova expelled a Russian diplomat on 3 March 2025.", "RUS>MDA 163 2025-03-11")]
    [InlineData("Canada imposed tariffs on Chinese electric cars on Monday. China retaliated on Tuesday with tariffs on Canadian canola.", "CHN>CAN 163 2025-03-11")]
    public void Extract_TimeRightAfterTheCue_DatesTheReaction(string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, Friday));

    [Theory]
    // Hard negatives: no time after the cue, so the reaction keeps the day carried; a time after the act is its own.
    [InlineData("PARIS, March 14 (AFP) - Poland recalled its ambassador from Minsk on Monday. Belarus responded by expelling two Polish diplomats.", "BLR>POL 174 2025-03-10")]
    [InlineData("PARIS, March 14 (AFP) - Poland recalled its ambassador from Minsk on Monday. Belarus responded by expelling two Polish diplomats on Thursday.", "BLR>POL 174 2025-03-13")]
    // The act answered keeps its own day.
    [InlineData("PARIS, March 14 (AFP) - Poland recalled its ambassador from Minsk on Monday. Belarus responded on Thursday by expelling two Polish diplomats.", "POL>BLR 161 2025-03-10")]
    public void Extract_NoTimeAfterTheCue_KeepsTheDateItHad(string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, Friday));

    // Any publication day and any earlier weekday: the reaction takes the weekday told with "responded", the act it answered
    // the day told with it.
    [Fact]
    public void Property_WeekdayAfterResponded_DatesTheReaction() =>
        Prop.ForAll((from doc in RandomNewsDays.Days from back in Gen.Choose(1, 5) select (doc, back)).ToArbitrary(), c =>
        {
            var reaction = c.doc.AddDays(-c.back + 1);
            var answered = c.doc.AddDays(-c.back);
            var text = $"{RandomNewsDays.Dateline("PARIS", c.doc, "AFP")}Poland recalled its ambassador from Minsk on {RandomNewsDays.Weekdays[(int)answered.DayOfWeek]}. "
                + $"Belarus responded on {RandomNewsDays.Weekdays[(int)reaction.DayOfWeek]} by expelling two Polish diplomats.";
            var dates = RandomNewsDays.Dates(text, c.doc);
            return dates.Length == 2 && dates[0] == FuzzyDate.OfDay(answered) && dates[1] == FuzzyDate.OfDay(reaction);
        }).QuickCheckThrowOnFailure();
}
