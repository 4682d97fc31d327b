using FsCheck;
using FsCheck.Fluent;
using Orkhon.Domain;

namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// A sentence that opens with the occasion told before it ("After the talks, the two sides signed…", "After their meeting
/// the ministers agreed…", "Before the talks, Erdogan welcomed Aliyev…") is told on that occasion's day, as the same clause
/// going on with "after their talks" is; the occasion noun itself ("talks between Orban and his counterpart") takes that day
/// too. Before, a capital "After" was read as a vague anchor and the sentence had no date. Our own sentences, agency and
/// newspaper style, different actors, roots and word orders; the publication day is Friday 14 March 2025 (10 March was a
/// Monday).
/// </summary>
public sealed class OpeningOccasionTests
{
    private const string Friday = "2025-03-14";

    [Theory]
    [InlineData("NAIROBI, March 14 (Reuters) - Kenyan President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday. After the talks the two leaders signed agreements on trade and energy.", "KEN>ETH 057 2025-03-10")]
    [InlineData("HANOI, March 14 (AFP) - Vietnam's president held talks with his Lao counterpart at the presidential palace on Wednesday. After the talks, the two governments signed a border accord.", "VNM>LAO 057 2025-03-12")]
    [InlineData("The Hungarian prime minister's visit to Ulaanbaatar began with talks on Tuesday. After talks between Viktor Orban and Mongolian Prime Minister Luvsannamsrain Oyun-Erdene, the two sides signed a credit agreement.", "HUN>MNG 040 2025-03-11")]
    [InlineData("ANKARA, March 14 (Anadolu) - Azerbaijani President Ilham Aliyev held talks with Turkish President Tayyip Erdogan in Ankara on Thursday. Before the talks Erdogan welcomed Aliyev with a military ceremony at the presidential complex.", "TUR>AZE 043 2025-03-13")]
    [InlineData("BRASILIA, March 14 (Reuters) - Argentina's foreign minister met his Brazilian counterpart in Brasilia on Tuesday. After the meeting the two ministers signed a memorandum on energy cooperation.", "ARG>BRA 057 2025-03-11")]
    public void Extract_SentenceOpeningWithTheOccasion_TakesItsDay(string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, Friday));

    [Theory]
    // Hard negatives: an opening occasion with no story told before it names talks of no known day, so it lends none; an
    // occasion with its own time ("the talks in Lima last year") keeps that time.
    [InlineData("After talks between Viktor Orban and Luvsannamsrain Oyun-Erdene, the two sides signed a credit agreement, officials said.", "HUN>MNG 040 -")]
    [InlineData("BRASILIA, March 14 (Reuters) - Argentina's foreign minister met his Brazilian counterpart in Brasilia on Tuesday. After the talks in Lima last year, Chile and Peru signed a fisheries accord.", "CHL>PER 057 2024")]
    public void Extract_OpeningOccasionWithNoStoryOrItsOwnTime_KeepsItsOwnReading(string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, Friday));

    // Any publication day and any weekday of the week before it: the signing after "After the talks" takes the talks' day.
    [Fact]
    public void Property_OpeningOccasion_TakesTheDayOfTheTalksToldBefore() =>
        Prop.ForAll((from doc in RandomNewsDays.Days from back in Gen.Choose(0, 6) select (doc, back)).ToArbitrary(), c =>
        {
            var talks = c.doc.AddDays(-c.back);
            var text = $"{RandomNewsDays.Dateline("NAIROBI", c.doc)}Kenyan President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed in Nairobi "
                + $"on {RandomNewsDays.Weekdays[(int)talks.DayOfWeek]}. After the talks the two leaders signed agreements on trade and energy.";
            var dates = RandomNewsDays.Dates(text, c.doc);
            return dates.Length == 2 && dates[0] == FuzzyDate.OfDay(talks) && dates[1] == FuzzyDate.OfDay(talks);
        }).QuickCheckThrowOnFailure();
}
