using Orkhon.Tests.Extraction.Time;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A perfect with a length of time after "for" tells a standing practice: its acts, and those told after it in the sentence
/// up to a semicolon or a time of their own, are no events (<see cref="Orkhon.Extraction.HabitualFrames"/>). The sentences are our own.
/// </summary>
public sealed class HabitualFrameTests
{
    [Theory]
    [InlineData("Pyongyang has for weeks denounced Seoul over the leaflets.", "2020-06-16")]
    [InlineData("Hungary has courted Chinese investment for years despite criticism from the European Union.", "2023-12-22")]
    [InlineData("Georgian officials have said for more than a year that Erdogan could travel to Tbilisi, in what would be his first trip there since 2019.", "2025-02-10")]
    public void HabitualPractice_CodesNothing(string text, string docDate) => Assert.Empty(RandomNewsDays.Coded(text, docDate));

    [Theory]
    // The same act on an occasion.
    [InlineData("Pyongyang denounced Seoul over the leaflets on Tuesday.", "2020-06-16", "PRK>KOR 111 2020-06-16")]
    // A length that is the purpose of the act, not a practice.
    [InlineData("Germany has recalled its ambassador to Russia for a week of consultations, the ministry said on Monday.", "2024-05-06", "DEU>RUS 161 2024-05-06")]
    // A material act kept up for a time is still an act.
    [InlineData("Latvia said Russia had jammed GPS signals over its territory for months.", "2025-03-14", "RUS>LVA 170 -")]
    // After a semicolon and a time of its own, another occasion.
    [InlineData("Tokyo has protested for years against the drills; on Monday Japan condemned China over the latest exercise.", "2024-05-06", "JPN>CHN 111 2024-05-06")]
    public void Occasion_IsStillCoded(string text, string docDate, string expected) => Assert.Equal([expected], RandomNewsDays.Coded(text, docDate));
}
