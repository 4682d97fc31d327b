using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Orkhon.Domain;

namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// A stay told in the present with its length and no first day ("who is paying a five-day state visit", "is on a three-day
/// visit", "is in China for a two-day visit", "are attending the two-day summit"): writers date it from the day of the
/// story, the visit's own day or the sentence's, so the visit spans that many days from it. Our own sentences, agency
/// and newspaper order, different actors; plans and past stays are hard negatives.
/// </summary>
public sealed class PresentStayTests
{
    [Theory]
    // A relative clause in an agency lede, the day from the main clause.
    [InlineData("2023-11-01", "HANOI, Nov. 1 (VNA) - President Vo Van Thuong on Wednesday met Mongolian President Ukhnaagiin Khurelsukh, who is paying a five-day state visit to Vietnam.", "MNG>VNM 042 2023-11-01/2023-11-05")]
    // The relative clause before the main verb, no dateline.
    [InlineData("2023-10-26", "Kenyan President William Ruto, who is on a three-day state visit to Japan, met Prime Minister Fumio Kishida on Thursday.", "KEN>JPN 042 2023-10-26/2023-10-28")]
    // The place between "is" and the length.
    [InlineData("2024-05-16", "BEIJING, May 16 (Reuters) - Russian President Vladimir Putin, who is in China for a two-day state visit, signed a joint statement with Xi Jinping on Thursday.", "RUS>CHN 042 2024-05-16/2024-05-17")]
    // A main clause with a reporting clause after it.
    [InlineData("2024-06-10", "The Hungarian prime minister is currently on a four-day official visit to Mongolia, his office said on Monday.", "HUN>MNG 042 2024-06-10/2024-06-13")]
    // A gathering whose name stands between the length and its noun, in the sentence after the day.
    [InlineData("2025-08-31", "TIANJIN, China, Aug 31 (Reuters) - Indian Prime Minister Narendra Modi held talks with Chinese President Xi Jinping on Sunday. Modi is attending the two-day Shanghai Cooperation Organisation summit hosted by Xi.", "IND>SCO 042 2025-08-31/2025-09-01")]
    public void Extract_StayToldInThePresent_SpansItsLengthFromTheStorysDay(string published, string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, published));

    [Theory]
    // A plan, a past stay with its month, and a stay of another year keep the dates they had.
    [InlineData("The Hungarian prime minister is due to make a four-day official visit to Mongolia next month, his office said on Monday.", "HUN>MNG 036 2024-06-10")]
    [InlineData("The Hungarian prime minister was on a four-day official visit to Mongolia in May, his office said on Monday.", "HUN>MNG 042 2024-05")]
    [InlineData("Hungary's prime minister, who made a four-day visit to Mongolia in 2019, met the Mongolian ambassador on Monday.", "HUN>MNG 042 2019")]
    public void Extract_PlannedOrPastStay_KeepsItsOwnDate(string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, "2024-06-10"));

    // An expected visit is no event at all, present "is" or not.
    [Fact]
    public void Extract_ExpectedStay_GivesNoVisit() =>
        Assert.DoesNotContain(RandomNewsDays.Coded("The Hungarian prime minister is expected to pay a four-day visit to Mongolia.", "2024-06-10"), e => e.Contains(" 042 ", StringComparison.Ordinal));

    // On any publication day and any length up to two weeks, the visit spans exactly that many days from the story's day.
    [Fact]
    public void Property_PresentStay_SpansItsLengthFromTheStorysDay() =>
        Prop.ForAll((from day in RandomNewsDays.Days from n in Gen.Choose(2, 9) select (day, n)).ToArbitrary(), c =>
        {
            var words = new[] { "", "", "two", "three", "four", "five", "six", "seven", "eight", "nine" };
            var text = RandomNewsDays.Dateline("NAIROBI", c.day) + $"Kenyan President William Ruto, who is on a {words[c.n]}-day state visit to Japan, met Prime Minister Fumio Kishida.";
            var expected = FuzzyDate.Between(FuzzyDate.OfDay(c.day), FuzzyDate.OfDay(c.day.AddDays(c.n - 1)));
            return RandomNewsDays.Dates(text, c.day).Contains(expected);
        }).QuickCheckThrowOnFailure();

    // At the calendar's end the stay would run past 9999-12-31: the visit keeps its day, and nothing throws.
    [Fact]
    public void Extract_PresentStayAtTheCalendarsEnd_DoesNotThrow()
    {
        var day = new DateOnly(9999, 12, 31);
        var text = $"Kenyan President William Ruto, who is on a three-day state visit to Japan, met Prime Minister Fumio Kishida on {day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}.";
        Assert.NotEmpty(RandomNewsDays.Dates(text, day));
    }
}
