using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// An act told in the stretch that followed another ("In the days that followed, …", "… in the weeks that followed", "Over
/// the following months, …") has a vague anchor, as "shortly after the invasion" does in the corpus README's "Dates": it
/// takes no day from the sentence before. Twins: "The following day" is a day; a time of the act's own wins; without the
/// stretch the act takes the day told before. Our own sentences; the publication day is Friday 10 May 2024.
/// </summary>
public sealed class FollowingStretchTests
{
    private const string Friday = "2024-05-10";

    [Theory]
    [InlineData("Kenya recalled its ambassador from Uganda on Tuesday. In the days that followed, Nairobi summoned Uganda's envoy twice.")]
    [InlineData("Kenya recalled its ambassador from Uganda on Tuesday. Nairobi summoned Uganda's envoy twice in the weeks that followed.")]
    [InlineData("Kenya recalled its ambassador from Uganda on Tuesday. Over the following months, Nairobi summoned Uganda's envoy twice.")]
    [InlineData("Kenya recalled its ambassador from Uganda on Tuesday. In the ensuing weeks Nairobi summoned Uganda's envoy twice.")]
    public void Extract_ActInTheStretchAfter_IsUndated(string text)
    {
        var coded = RandomNewsDays.Coded(text, Friday);
        Assert.Contains("KEN>UGA 161 2024-05-07", coded);
        Assert.Contains("KEN>UGA 114 -", coded);
    }

    [Theory]
    // Twin: "The following day" counts one day: a day of its own.
    [InlineData("Kenya recalled its ambassador from Uganda on Tuesday. The following day, Nairobi summoned Uganda's envoy.", "KEN>UGA 114 2024-05-08")]
    // Twin: a time of the act's own wins over the stretch.
    [InlineData("Kenya recalled its ambassador from Uganda on Tuesday. In the days that followed, Nairobi summoned Uganda's envoy on Thursday.", "KEN>UGA 114 2024-05-09")]
    // Twin: with no stretch the act takes the day told before.
    [InlineData("Kenya recalled its ambassador from Uganda on Tuesday. Nairobi summoned Uganda's envoy twice.", "KEN>UGA 114 2024-05-07")]
    public void Extract_NoStretch_KeepsTheDay(string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, Friday));

    // Any publication day, a day one to six days before it, and any stretch: the act told in the stretch has no date, and the
    // same sentence without the stretch takes the day told before.
    [Fact]
    public void Property_ActInTheStretchAfter_HasNoDate() =>
        Prop.ForAll((from doc in RandomNewsDays.Days
                     from back in Gen.Choose(1, 6)
                     from unit in Gen.Elements("days", "weeks", "months")
                     from form in Gen.Elements("In the {0} that followed, ", "In the {0} which followed, ", "In the following {0}, ", "Over the ensuing {0}, ")
                     select (doc, back, unit, form)).ToArbitrary(), c =>
        {
            var told = c.doc.AddDays(-c.back);
            var first = $"Kenya recalled its ambassador from Uganda on {RandomNewsDays.Weekdays[(int)told.DayOfWeek]}. ";
            var stretch = string.Format(CultureInfo.InvariantCulture, c.form, c.unit);
            var doc = c.doc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return RandomNewsDays.Coded(first + stretch + "Nairobi summoned Uganda's envoy twice.", doc).Contains("KEN>UGA 114 -")
                && RandomNewsDays.Coded(first + "Nairobi summoned Uganda's envoy twice.", doc).Contains($"KEN>UGA 114 {told:yyyy-MM-dd}");
        }).QuickCheckThrowOnFailure();
}
