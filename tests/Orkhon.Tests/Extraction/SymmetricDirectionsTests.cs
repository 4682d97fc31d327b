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
}
