using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// "The guest", "the visitor" and "the hosts" alone stand for a side of the last visit the story told (VisitRoles); with no
/// visit told, or when the sentence named that party itself before the noun, they stand for no one.
/// </summary>
public sealed class VisitRolesTests
{
    private static List<string> Events(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2025, 3, 7)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo.Value[..2]}")];

    [Theory]
    [InlineData("Lula hosted Argentine President Alberto Fernandez in Brasilia on Monday. The visitor also pledged to back Brazil's bid for a permanent seat on the Security Council.", "ARG>BRA")]
    [InlineData("Indian Prime Minister Narendra Modi arrived in Canberra on Wednesday for talks with Anthony Albanese. The guest also pledged to deepen trade ties on Thursday.", "IND>AUS")]
    [InlineData("Polish President Andrzej Duda paid a two-day visit to Vilnius on 4 March 2025. The hosts promised to buy Polish artillery shells.", "LTU>POL")]
    [InlineData("Chinese Premier Li Qiang was received by Vietnamese Prime Minister Pham Minh Chinh in Hanoi on Friday. The guests pledged to fund a railway to the border.", "CHN>VNM")]
    [InlineData("Kenya's President William Ruto began a state visit to Tokyo on Monday. The host government promised to help build a port in Mombasa.", "JPN>KEN")]
    public void TheGuestOrTheHost_IsASideOfTheLastVisit(string text, string expected)
    {
        var events = Events(text);
        Assert.Contains(events, e => e.StartsWith(expected + " 03", StringComparison.Ordinal));
    }

    [Fact]
    public void TheHosts_WithNoVisitTold_AreNoOne()
    {
        var events = Events("Qatar won the opening match of the Asian Cup in Doha on Friday. The hosts promised to improve security at the stadium.");
        Assert.DoesNotContain(events, e => e.EndsWith(" 03", StringComparison.Ordinal));
    }

    [Fact]
    public void TheGuest_NamedByTheSentenceBefore_IsNotItsOwnGuest()
    {
        // Albanese, the host, is the subject: "the guest" he thanked is Modi, never Australia itself.
        var events = Events("Indian Prime Minister Narendra Modi arrived in Canberra on Wednesday for talks with Anthony Albanese. Albanese thanked the guest for the visit.");
        Assert.DoesNotContain(events, e => e.StartsWith("AUS>AUS", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.StartsWith("IND>IND", StringComparison.Ordinal));
    }

    [Fact]
    public void TheGuest_IsTheLatestVisitor_NotAnEarlierOne()
    {
        var events = Events("Turkish President Recep Tayyip Erdogan visited Baku on Monday. On Tuesday Iranian President Masoud Pezeshkian arrived in Yerevan. "
            + "The guest pledged to expand gas deliveries.");
        Assert.DoesNotContain(events, e => e.StartsWith("TUR>AZE 03", StringComparison.Ordinal));
    }
}
