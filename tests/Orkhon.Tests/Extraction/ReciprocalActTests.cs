using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Acts parties aim at one another ("accused each other", "blamed one another", "traded accusations") are one event from each
/// party to each other party; acts CAMEO calls mutual (meetings, signings, fighting) stay one event.
/// </summary>
public sealed class ReciprocalActTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    private static bool Has(List<EventMention> events, string source, string target, string root) =>
        events.Exists(e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value.StartsWith(root, StringComparison.Ordinal));

    [Theory]
    [InlineData("Kyrgyzstan and Tajikistan accused each other on Friday of opening fire first.", "KGZ", "TJK", "11")]
    [InlineData("Serbia and Kosovo blamed one another for the clashes in the north.", "SRB", "XKX", "11")]
    [InlineData("India and Pakistan criticised each other at the United Nations in 2019.", "IND", "PAK", "11")]
    public void DirectedActAtEachOther_GivesBothDirections(string text, string a, string b, string root)
    {
        var events = Extract(text);
        Assert.True(Has(events, a, b, root), string.Join("; ", events.Select(e => $"{e.Source}->{e.Target} {e.Cameo}")));
        Assert.True(Has(events, b, a, root), string.Join("; ", events.Select(e => $"{e.Source}->{e.Target} {e.Cameo}")));
    }

    [Fact]
    public void TheTwoCountries_AccusingEachOther_GiveBothDirections()
    {
        var events = Extract("Kyrgyz President Sadyr Japarov met Tajik President Emomali Rahmon in Bishkek. The two countries have accused each other of starting the border clashes.");
        Assert.True(Has(events, "KGZ", "TJK", "112"));
        Assert.True(Has(events, "TJK", "KGZ", "112"));
    }

    [Fact]
    public void TradedAccusations_IsEachPartysAccusation()
    {
        var events = Extract("Greece and Turkey traded accusations over the migrant boat on Tuesday.");
        Assert.True(Has(events, "GRC", "TUR", "112"));
        Assert.True(Has(events, "TUR", "GRC", "112"));
    }

    [Fact]
    public void MutualMeeting_StaysOneEvent()
    {
        var events = Extract("Kazakhstan and Uzbekistan held talks in Tashkent on Monday.");
        Assert.Single(events, e => e.Cameo.Value.StartsWith("04", StringComparison.Ordinal));
    }

    [Fact]
    public void OneSubject_EachOtherGivesNothing() =>
        Assert.DoesNotContain(Extract("Armenia accused each other of lying."), e => e.Source.Code == "ARM");

    [Fact]
    public void NegatedReciprocalAccusation_GivesNothing() =>
        Assert.Empty(Extract("Kyrgyzstan and Tajikistan did not accuse each other of breaking the truce."));
}
