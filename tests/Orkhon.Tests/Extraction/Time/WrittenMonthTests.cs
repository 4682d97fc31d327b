using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// A bare day or month of the very month a date written with its year named in the sentence before goes on in that month and
/// year (the corpus README's "in July" after "in June 2024"), wherever in that sentence the written date stood ("when Iraq
/// invaded Kuwait on 2 August 1990. … on 3 August …"), and on through sentences that keep naming that month. Twins: another
/// month is the publication year's; a day counted from the publication day ("on Tuesday") or a sentence that names no date
/// in between ends it. Our own sentences; the publication day is Friday 10 May 2024.
/// </summary>
public sealed class WrittenMonthTests
{
    private const string Friday = "2024-05-10";

    [Theory]
    [InlineData("Algeria and Morocco signed a border treaty on 3 March 1989. On 5 March, Morocco expelled an Algerian diplomat.", "MAR>DZA 174 1989-03-05")]
    [InlineData("The talks had barely begun when Algeria and Morocco signed a border treaty on 3 March 1989. Morocco expelled an Algerian diplomat in the first days of March.", "MAR>DZA 174 1989-03")]
    // Through a sentence that names the month again.
    [InlineData("Algeria and Morocco signed a border treaty on 3 March 1989. In the first days of March, Morocco expelled an Algerian diplomat. On 9 March, Algeria recalled its ambassador from Rabat.", "DZA>MAR 161 1989-03-09")]
    public void Extract_BareDayOfTheWrittenMonth_TakesItsYear(string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, Friday));

    [Theory]
    // Twin: another month is the publication year's.
    [InlineData("Algeria and Morocco signed a border treaty on 3 March 1989. On 5 April, Morocco expelled an Algerian diplomat.", "MAR>DZA 174 2024-04-05")]
    // Twin: a day counted from the publication day brings the story back to the present.
    [InlineData("Algeria and Morocco signed a border treaty on 3 March 1989. Morocco expelled an Algerian diplomat on Tuesday. On 5 March, Algeria recalled its ambassador from Rabat.", "DZA>MAR 161 2024-03-05")]
    // Twin: a sentence that names no date in between ends it.
    [InlineData("Algeria and Morocco signed a border treaty on 3 March 1989. Trade grew slowly. On 5 March, Morocco expelled an Algerian diplomat.", "MAR>DZA 174 2024-03-05")]
    public void Extract_NoWrittenMonthToGoOnIn_IsThePublicationYears(string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, Friday));

    // Any publication day, a past year and a day of a month written with it: a bare later day of that month in the next
    // sentence takes the written year; a bare day of the month after takes the publication day's reading.
    [Fact]
    public void Property_BareDayOfTheWrittenMonth_TakesItsYear() =>
        Prop.ForAll((from doc in RandomNewsDays.Days from back in Gen.Choose(2, 40) from month in Gen.Choose(1, 11) from day in Gen.Choose(1, 20) select (doc, back, month, day)).ToArbitrary(), c =>
        {
            var year = c.doc.Year - c.back;
            var written = new DateOnly(year, c.month, c.day);
            var (same, other) = (written.AddDays(3), new DateOnly(year, c.month + 1, 5));
            string Text(DateOnly later) => $"Algeria and Morocco signed a border treaty on {RandomNewsDays.Written(written)}. On {later.ToString("d MMMM", CultureInfo.InvariantCulture)}, Morocco expelled an Algerian diplomat.";
            var doc = c.doc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var sameCoded = RandomNewsDays.Coded(Text(same), doc);
            var otherCoded = RandomNewsDays.Coded(Text(other), doc);
            return sameCoded.Contains($"MAR>DZA 174 {same:yyyy-MM-dd}") && !otherCoded.Any(e => e.StartsWith("MAR>DZA 174", StringComparison.Ordinal) && e.EndsWith(other.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal));
        }).QuickCheckThrowOnFailure();
}
