using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// Writers date an act from a later sentence that names it with a definite noun and a time of its own, wherever the noun
/// stands ("… after talks mediated by Turkey, the ministry said on Friday. The ministers led their delegations at the talks on
/// Wednesday."): the act told first, whose day was only lent by the reporting clause or the dateline, takes that day, with
/// every act of its kind told with it (the talks and their mediation). A time after the lent day (a plan), a vague anchor
/// ("since March") and an act with a time of its own are left alone. Our own sentences; the publication day is Friday 10 May
/// 2024.
/// </summary>
public sealed class NamedActTimeTests
{
    private const string Friday = "2024-05-10";

    private const string Lead = "ISTANBUL, May 10 (Reuters) - Armenia and Azerbaijan agreed to a prisoner exchange after talks in Istanbul mediated by Turkey, the Turkish foreign ministry said on Friday.";

    [Theory]
    [InlineData(" The two foreign ministers led their delegations at the talks on Wednesday.", "TUR>ARM 045 2024-05-08")]
    [InlineData(" The two foreign ministers led their delegations at the talks on Wednesday.", "TUR>AZE 045 2024-05-08")]
    [InlineData(" The two foreign ministers led their delegations at the talks on Wednesday.", "ARM>AZE 040 2024-05-08")]
    [InlineData(" Officials from both sides described the talks on Thursday as constructive.", "TUR>ARM 045 2024-05-09")]
    public void Extract_ActNamedWithATimeInTheNextSentence_TakesThatDay(string next, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(Lead + next, Friday));

    [Theory]
    // A plan: the time lies after the day lent.
    [InlineData(" The ministers will attend the talks on 20 May.", "TUR>ARM 045 2024-05-10")]
    // A vague anchor names no day of the act.
    [InlineData(" Officials had prepared for the talks since March.", "TUR>ARM 045 2024-05-10")]
    public void Extract_NoDayOfTheAct_KeepsTheLentDay(string next, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(Lead + next, Friday));

    [Fact]
    public void Extract_ActWithATimeOfItsOwn_IsNotMoved() =>
        Assert.Contains("TUR>ARM 045 2024-05-09", RandomNewsDays.Coded(
            "ISTANBUL, May 10 (Reuters) - Turkey mediated talks between Armenia and Azerbaijan in Istanbul on Thursday. The ministers praised the talks on Wednesday.", Friday));

    // Any publication day and any of the six days before it: the mediation told under the dateline's day takes the day the
    // next sentence names for the talks.
    [Fact]
    public void Property_TalksNamedOnAnEarlierWeekday_DateTheMediation() =>
        Prop.ForAll((from doc in RandomNewsDays.Days from back in Gen.Choose(1, 6) select (doc, back)).ToArbitrary(), c =>
        {
            var day = c.doc.AddDays(-c.back);
            var weekday = RandomNewsDays.Weekdays[(int)day.DayOfWeek];
            var text = RandomNewsDays.Dateline("ISTANBUL", c.doc) + "Armenia and Azerbaijan agreed to a prisoner exchange after talks in Istanbul mediated by Turkey, the Turkish foreign ministry said. "
                + $"The two foreign ministers led their delegations at the talks on {weekday}.";
            return RandomNewsDays.Coded(text, c.doc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Contains($"TUR>ARM 045 {day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        }).QuickCheckThrowOnFailure();
}
