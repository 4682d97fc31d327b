using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A joint act told again later in the story from the other side keeps the direction it was first told in, when the parties'
/// roles, the code and the date agree (SymmetricDirections); other officials' acts and other days stay apart.
/// </summary>
public sealed class SymmetricDirectionsTests
{
    private static List<string> Events(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 3, 15)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Fact]
    public void ASigningToldAgainFromTheOtherSide_KeepsItsFirstDirection()
    {
        var events = Events("The presidents of Uzbekistan and Kazakhstan signed a border treaty on Thursday. "
            + "Kazakh President Kassym-Jomart Tokayev signed the treaty with Uzbek President Shavkat Mirziyoyev in Tashkent.");
        Assert.Contains("UZB>KAZ 057", events);
        Assert.DoesNotContain("KAZ>UZB 057", events);
    }

    [Fact]
    public void MeetingsOfOtherOfficials_StayTwoActs()
    {
        var events = Events("President Yoon Suk Yeol met Mongolian Prime Minister Luvsannamsrai Oyun-Erdene in Seoul on Wednesday. "
            + "Earlier in the day, Oyun-Erdene held talks with Prime Minister Han Duck-soo.");
        Assert.Contains("KOR>MNG 040", events);
        Assert.Contains("MNG>KOR 040", events);
    }

    // A story that tells one meeting from both sides many times: every telling keeps the first direction, and the pass
    // compares each telling with a bounded number of earlier ones (RetoldActReach), so its cost stays linear.
    [Fact]
    public void AMeetingRetoldManyTimesFromBothSides_KeepsTheFirstDirectionThroughout()
    {
        var sentences = Enumerable.Range(0, 400).Select(k => k % 2 == 0
            ? "Kazakh President Kassym-Jomart Tokayev held talks with Uzbek President Shavkat Mirziyoyev on Thursday."
            : "Uzbek President Shavkat Mirziyoyev held talks with Kazakh President Kassym-Jomart Tokayev on Thursday.");
        var events = Events(string.Join(" ", sentences));
        Assert.Contains("KAZ>UZB 040", events);
        Assert.DoesNotContain("UZB>KAZ 040", events);
    }
}
