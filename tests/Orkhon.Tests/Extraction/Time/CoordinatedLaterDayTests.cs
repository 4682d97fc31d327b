using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// A sentence whose main line tells two days, the later one opening a coordinated clause ("The train crossed the border on
/// Tuesday, and on Wednesday it carried him to the cosmodrome"), has moved the story to the later day: an undated sentence
/// after it is told of that day. Twins: with no second day the first is handed on, and an earlier day in the coordinated
/// clause (a step back) leaves the story on the first. Our own sentences; the publication day is Friday 15 September 2023.
/// </summary>
public sealed class CoordinatedLaterDayTests
{
    private const string Friday = "2023-09-15";
    private const string Invitation = " Kim invited Putin to visit North Korea.";

    [Theory]
    [InlineData("Kim Jong Un's armoured train crossed the border on Tuesday, and on Wednesday it carried him to the Vostochny cosmodrome.", "PRK>RUS 036 2023-09-13")]
    [InlineData("Kim Jong Un's armoured train crossed the border on Tuesday; on Wednesday it carried him to the Vostochny cosmodrome.", "PRK>RUS 036 2023-09-13")]
    // Twin: no second day, the first is handed on.
    [InlineData("Kim Jong Un's armoured train crossed the border on Tuesday, and it carried him to the Vostochny cosmodrome.", "PRK>RUS 036 2023-09-12")]
    // Twin: an earlier day in the coordinated clause is a step back, not where the story stands.
    [InlineData("Kim Jong Un's armoured train crossed the border on Wednesday, and on Tuesday officials had prepared the cosmodrome.", "PRK>RUS 036 2023-09-13")]
    public void Extract_UndatedSentenceAfterTwoDays_TakesTheStorysDay(string first, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(first + Invitation, Friday));

    // Kim Jong Un leads North Korea from 2012: the office-holder index reads "Kim" as its leader only from then.
    private static readonly Gen<DateOnly> s_days =
        from n in Gen.Choose(new DateOnly(2012, 1, 8).DayNumber, new DateOnly(2025, 12, 24).DayNumber) select DateOnly.FromDayNumber(n);

    // Any publication day of Kim's rule, a first day two to six days back and a later one up to the publication day: the
    // invitation takes the later day; without it, the first.
    [Fact]
    public void Property_LaterCoordinatedDay_IsHandedOn() =>
        Prop.ForAll((from doc in s_days
                     from back in Gen.Choose(2, 6)
                     from step in Gen.Choose(1, 6)
                     select (doc, back, step: Math.Min(step, back))).ToArbitrary(), c =>
        {
            var doc = c.doc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var first = c.doc.AddDays(-c.back);
            var later = first.AddDays(c.step);
            var day = (DateOnly d) => RandomNewsDays.Weekdays[(int)d.DayOfWeek];
            var two = RandomNewsDays.Coded($"Kim Jong Un's armoured train crossed the border on {day(first)}, and on {day(later)} it carried him to the Vostochny cosmodrome.{Invitation}", doc);
            var one = RandomNewsDays.Coded($"Kim Jong Un's armoured train crossed the border on {day(first)}, and it carried him to the Vostochny cosmodrome.{Invitation}", doc);
            return two.Contains($"PRK>RUS 036 {later:yyyy-MM-dd}") && one.Contains($"PRK>RUS 036 {first:yyyy-MM-dd}");
        }).QuickCheckThrowOnFailure();
}
