using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// An event noun's relative clause that tells when its act began may go on, after "and", to its last day ("the drills, which
/// began on Tuesday and run until 17 September", "talks that began on Monday and ended on Wednesday"): the act spans the
/// two days, as "from 13 to 15 March" does (corpus README, "Spans"). Another verb after "and" ("drew crowds on Wednesday")
/// ends nothing. Our own sentences; the publication day is Thursday 13 September 2018.
/// </summary>
public sealed class RelativeEndSpanTests
{
    private const string Thursday = "2018-09-13";

    [Theory]
    [InlineData("Chinese and Russian troops held joint drills, which began on Tuesday and run until Sept. 17 across Siberia.", "CHN>RUS 062 2018-09-11/2018-09-17")]
    [InlineData("Chinese and Russian troops held joint drills, which began on Monday and ended on Wednesday.", "CHN>RUS 062 2018-09-10/2018-09-12")]
    public void Extract_OnsetAndEndInTheRelativeClause_Spans(string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, Thursday));

    [Theory]
    [InlineData("Chinese and Russian troops held joint drills, which began on Monday and drew large crowds on Wednesday.", "CHN>RUS 062 2018-09-10")]
    [InlineData("Chinese and Russian troops held joint drills, which began on Monday.", "CHN>RUS 062 2018-09-10")]
    public void Extract_NoEndTold_KeepsTheOnset(string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, Thursday));

    // Any publication day, an onset up to six days before it and an end up to twenty days after the onset: the drills span
    // the two days; an end not after the onset leaves the onset alone.
    [Fact]
    public void Property_OnsetAndLastDay_GiveTheSpan() =>
        Prop.ForAll((from doc in RandomNewsDays.Days from back in Gen.Choose(0, 6) from length in Gen.Choose(0, 20) select (doc, back, length)).ToArbitrary(), c =>
        {
            var onset = c.doc.AddDays(-c.back);
            var end = onset.AddDays(c.length);
            var coded = RandomNewsDays.Coded(
                $"Chinese and Russian troops held joint drills, which began on {RandomNewsDays.Weekdays[(int)onset.DayOfWeek]} and run until {RandomNewsDays.Written(end)}.",
                c.doc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            var first = onset.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return coded.Contains(c.length == 0 ? $"CHN>RUS 062 {first}" : $"CHN>RUS 062 {first}/{end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        }).QuickCheckThrowOnFailure();
}
