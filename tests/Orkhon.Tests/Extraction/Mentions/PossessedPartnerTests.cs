using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction.Mentions;

/// <summary>
/// "his guest", "her host", "his two neighbours": a noun naming someone by their part in the owner's last joint act stands for
/// the other parties of that act, told in an earlier sentence; with no such act, or not as many parties as the number says,
/// nothing is guessed.
/// </summary>
public sealed class PossessedPartnerTests
{
    private static List<string> Events(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 6, 10)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Fact]
    public void HisGuest_IsTheVisitorOfTheHostsLastVisit() =>
        Assert.Contains("ESP>PRT 051", Events(
            "Portuguese President Marcelo Rebelo de Sousa began a state visit to Spain on Monday. Spanish Prime Minister Pedro Sanchez praised his guest at a dinner in Madrid."));

    [Fact]
    public void HisHost_IsTheOtherPartyOfTheVisitorsMeeting() =>
        Assert.Contains("NZL>AUS 036", Events(
            "New Zealand Prime Minister Christopher Luxon held talks with Australian Prime Minister Anthony Albanese in Sydney on Friday. Luxon invited his host to visit Wellington."));

    [Fact]
    public void HisTwoNeighbours_AreTheOtherTwoPartiesOfTheThreeWayMeeting()
    {
        var events = Events(
            "Kazakh President Kassym-Jomart Tokayev held a three-way meeting with Kyrgyz President Sadyr Japarov and Uzbek President Shavkat Mirziyoyev in Astana on Monday. Tokayev urged his two neighbours to share water from the Syr Darya fairly.");
        Assert.Contains(events, e => e.StartsWith("KAZ>KGZ 02", StringComparison.Ordinal));
        Assert.Contains(events, e => e.StartsWith("KAZ>UZB 02", StringComparison.Ordinal));
    }

    [Fact]
    public void HisTwoNeighbours_AfterAMeetingWithOneParty_AreNotGuessed() =>
        Assert.DoesNotContain(Events(
            "Kazakh President Kassym-Jomart Tokayev held talks with Kyrgyz President Sadyr Japarov in Astana on Monday. Tokayev later urged his two neighbours to share water fairly."),
            e => e.StartsWith("KAZ>", StringComparison.Ordinal) && e.EndsWith(" 020", StringComparison.Ordinal));

    [Fact]
    public void HisNeighbours_WithNoNumber_AreNoParties() =>
        Assert.DoesNotContain(Events(
            "Kazakh President Kassym-Jomart Tokayev held talks with Kyrgyz President Sadyr Japarov in Astana on Monday. Tokayev later urged his neighbours to share water fairly."),
            e => e.EndsWith(" 020", StringComparison.Ordinal));

    [Fact]
    public void HisGuest_WithNoJointActTold_IsNotGuessed() =>
        Assert.DoesNotContain(Events(
            "Turkish President Recep Tayyip Erdogan criticised Sweden on Monday. He praised his guest at a dinner in Ankara."),
            e => e.EndsWith(" 051", StringComparison.Ordinal));
}
