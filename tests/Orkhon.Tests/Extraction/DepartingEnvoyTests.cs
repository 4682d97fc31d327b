using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// "departing" and "retiring" stand between a state's possessive or adjective and its envoy as "outgoing" does, so a
/// farewell call received by a head of state is hosting (043) towards the envoy's state (branch p40-visits). A participle
/// before a noun that is no office names no actor. The sentences are our own.
/// </summary>
public sealed class DepartingEnvoyTests
{
    private static string[] Coded(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 5, 1)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("The Kazakh president received Mongolia's departing ambassador for a farewell call on Tuesday.", "KAZ>MNG 043")]
    [InlineData("The Kazakh president received the departing Mongolian ambassador on Tuesday.", "KAZ>MNG 043")]
    [InlineData("Japan's emperor received Britain's retiring ambassador at the palace on Tuesday.", "JPN>GBR 043")]
    public void Extract_DepartingEnvoyReceived_GivesHosting(string text, string expected) => Assert.Contains(expected, Coded(text));

    [Fact]
    public void Extract_DepartingTroops_GivesNoEvent() =>
        Assert.Empty(Coded("The departing troops left the airport on Tuesday."));
}
