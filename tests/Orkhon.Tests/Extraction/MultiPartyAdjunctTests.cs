using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// "A met B and C for a trilateral summit": an adjunct after the meeting's parties that names a gathering of several makes the
/// meeting one of all of them, so B and C meet each other too (branch p27-conventions). Meetings held apart from the gathering
/// ("separately", "before", "ahead of") stay the subject's own. The sentences are our own.
/// </summary>
public sealed class MultiPartyAdjunctTests
{
    private static string[] Pairs(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 6, 12)).Where(e => e.Cameo.RootNumber == 4)
            .Select(e => string.CompareOrdinal(e.Source.Code, e.Target.Code) < 0 ? $"{e.Source.Code}-{e.Target.Code}" : $"{e.Target.Code}-{e.Source.Code}")
            .Distinct()];

    [Theory]
    [InlineData("Biden met Kishida and Yoon at Camp David on Friday for a three-way summit.", "JPN-KOR")]
    [InlineData("Kazakh President Kassym-Jomart Tokayev met Uzbek President Shavkat Mirziyoyev and Kyrgyz President Sadyr Japarov for a trilateral summit in Astana on Friday.", "KGZ-UZB")]
    [InlineData("Khurelsukh met Xi Jinping and Vladimir Putin on the sidelines in Samarkand on Thursday for the sixth trilateral summit of the three neighbours.", "CHN-RUS")]
    [InlineData("The Mongolian foreign minister held talks with her Japanese and South Korean counterparts in Tokyo on Monday during a trilateral meeting.", "JPN-KOR")]
    [InlineData("Egypt's president has met the leaders of Jordan and Iraq at a tripartite summit in Baghdad.", "IRQ-JOR")]
    public void Extract_MeetingForAGatheringOfSeveral_PairsTheObjectsToo(string text, string objectsPair)
    {
        var pairs = Pairs(text);
        Assert.Contains(objectsPair, pairs);
        Assert.Equal(3, pairs.Length);
    }

    // Hard negatives: the subject met each apart from the gathering, or the gathering is another clause's.
    [Theory]
    [InlineData("Blinken met the foreign ministers of Armenia and Azerbaijan separately before a trilateral meeting in Washington on Monday.", "ARM-AZE")]
    [InlineData("Macron met Scholz and Meloni in Rome on Friday, and a trilateral summit is planned for next year.", "DEU-ITA")]
    [InlineData("Lavrov met Wang Yi and Jaishankar in New Delhi on Thursday ahead of a trilateral meeting.", "CHN-IND")]
    [InlineData("The president met the prime ministers of Japan and India on Monday at the G20 summit.", "IND-JPN")]
    [InlineData("Modi held talks with the leaders of France and Brazil at the summit in Paris, after a trilateral dinner.", "BRA-FRA")]
    public void Extract_MeetingsApartFromTheGathering_DoNotPairTheObjects(string text, string objectsPair) =>
        Assert.DoesNotContain(objectsPair, Pairs(text));
}
