using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Aid pledged or sent with no recipient, a few sentences after a natural disaster that struck one state, goes to that state
/// (StrickenStates); never to the donor itself, nor when the disaster struck several states.
/// </summary>
public sealed class StrickenStateAidTests
{
    private static List<string> Events(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2025, 3, 7)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo.Value[..2]}")];

    [Theory]
    [InlineData("A powerful earthquake struck western Nepal on Friday, killing at least 150 people. China pledged $10 million in emergency aid on Saturday.", "CHN>NPL")]
    [InlineData("Typhoon Yagi tore through northern Vietnam at the weekend, flooding Hanoi's outer districts. South Korea will provide $2 million in humanitarian aid, its foreign ministry said on Tuesday.", "KOR>VNM")]
    [InlineData("Floods have displaced more than a million people in Pakistan's Sindh province since June. Britain announced 15 million pounds in humanitarian assistance on 1 September 2022.", "GBR>PAK")]
    [InlineData("Cyclone Mocha made landfall near Sittwe in Myanmar on Sunday. Rescuers were still searching for survivors on Tuesday. India sent relief supplies on two naval ships on Wednesday.", "IND>MMR")]
    [InlineData("The death toll from the quake in eastern Turkey rose to 45 on Sunday. Azerbaijan flew in rescue teams on Monday. Qatar pledged $10 million in aid.", "QAT>TUR")]
    public void AidWithNoRecipient_AfterADisaster_GoesToTheStrickenState(string text, string expected)
    {
        var events = Events(text);
        Assert.Contains(events, e => e.StartsWith(expected + " 0", StringComparison.Ordinal));
    }

    [Fact]
    public void TheStrickenState_NeverGivesToItself()
    {
        var events = Events("An earthquake struck eastern Turkey on Monday. Turkey pledged five billion lira for reconstruction on Tuesday.");
        Assert.DoesNotContain(events, e => e.StartsWith("TUR>TUR", StringComparison.Ordinal));
    }

    [Fact]
    public void ADisasterInSeveralStates_NamesNoRecipient()
    {
        var events = Events("Floods swept across India and Bangladesh on Monday. Japan pledged $2 million in emergency aid on Tuesday.");
        Assert.DoesNotContain(events, e => e.StartsWith("JPN>IND", StringComparison.Ordinal) || e.StartsWith("JPN>BGD", StringComparison.Ordinal));
    }

    [Fact]
    public void AidWithItsOwnRecipient_KeepsIt()
    {
        var events = Events("Floods killed 40 people in Pakistan on Monday. India pledged $50 million in aid to Sri Lanka on Tuesday.");
        Assert.DoesNotContain(events, e => e.StartsWith("IND>PAK", StringComparison.Ordinal));
    }

    [Fact]
    public void ADisasterLongBefore_IsForgotten()
    {
        var events = Events("An earthquake struck western Nepal in January. Talks on a new border road resumed in March. The road would link two valleys. "
            + "Engineers surveyed the route in April. Funding remained unclear. Japan pledged $5 million in aid on Tuesday.");
        Assert.DoesNotContain(events, e => e.StartsWith("JPN>NPL", StringComparison.Ordinal));
    }
}
