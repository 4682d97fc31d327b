using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Orkhon.Domain;

namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// A day written as an ordinal before its month ("3rd September", "the 14th of March", "from 2nd to 4th June"), as British and
/// South Asian copy writes it, is the same day as "3 September". Our own sentences, different actors and roots.
/// </summary>
public sealed class OrdinalDayTests
{
    private const string Published = "2024-06-13";

    [Theory]
    [InlineData("India and Nepal signed a power trade agreement on 3rd September 2023, the ministry said.", "IND>NPL 057 2023-09-03")]
    [InlineData("On the 14th of March, Pakistan summoned the Afghan charge d'affaires in Islamabad.", "PAK>AFG 114 2024-03-14")]
    [InlineData("Bangladesh's foreign minister visited Beijing from 2nd to 4th June.", "BGD>CHN 042 2024-06-02/2024-06-04")]
    [InlineData("Sri Lanka hosted Indian naval ships on 21st and 22nd May 2022.", "LKA>IND 043 2022-05-21/2022-05-22")]
    [InlineData("Britain expelled a Russian defence attache on the 1st of May, the Home Office said.", "GBR>RUS 174 2024-05-01")]
    public void Extract_OrdinalDayBeforeItsMonth_DatesTheAct(string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, Published));

    // Hard negatives: an ordinal that counts something else ("the 4th March session" keeps its date, "the 3rd of the talks" is none).
    [Fact]
    public void Tag_OrdinalWithoutAMonth_IsNoDate() =>
        Assert.Empty(RandomNewsDays.Tagged("The envoy attended the 3rd of the five rounds and the 22nd of the meetings.", Published));

    // Any day: "the Nth of Month yyyy" and "Nth Month yyyy" are that day.
    [Fact]
    public void Property_OrdinalDay_IsTheDayWritten() =>
        Prop.ForAll(RandomNewsDays.Days.ToArbitrary(), day =>
        {
            var suffix = day.Day is 1 or 21 or 31 ? "st" : day.Day is 2 or 22 ? "nd" : day.Day is 3 or 23 ? "rd" : "th";
            var month = day.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
            var expected = FuzzyDate.OfDay(day);
            return RandomNewsDays.Dates($"Kenya expelled a Somali diplomat on the {day.Day}{suffix} of {month}.", null).Contains(expected)
                && RandomNewsDays.Dates($"Kenya expelled a Somali diplomat on {day.Day}{suffix} {month}.", null).Contains(expected);
        }).QuickCheckThrowOnFailure();
}
