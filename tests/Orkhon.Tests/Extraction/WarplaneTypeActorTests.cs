using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Warplanes named by their type stand for the air force that flies them, as "warplanes" does (role words of branch
/// <c>p39-force</c>): "Turkish F-16s shot down a Russian Su-24" is Turkey's military downing Russia's aircraft (190). A type
/// with no state before it names no actor, so a delivery of jets stays aid and a type received is nobody's act. Sentences
/// written for these tests.
/// </summary>
public sealed class WarplaneTypeActorTests
{
    private static readonly DateOnly Published = new(2024, 5, 10);

    private static List<string> Events(string text) =>
        EventExtractor.Default.Extract(text, Published).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo.Root}").ToList();

    [Theory]
    [InlineData("Turkish F-16s shot down a Russian Su-24 near the Syrian border on Tuesday.", "TUR>RUS 19")]
    [InlineData("Israeli F-35s struck targets near Damascus on Tuesday.", "ISR>SYR 19")]
    public void AStatesWarplaneType_ActsForItsMilitary(string text, string expected) =>
        Assert.Contains(expected, Events(text));

    [Theory]
    // A type with no state before it is a thing delivered, not an actor.
    [InlineData("The Netherlands delivered F-16 jets to Ukraine in 2024.", "NLD>UKR 07")]
    public void ATypeWithNoState_StaysTheObject(string text, string expected) =>
        Assert.Equal([expected], Events(text));

    [Fact]
    public void ATypeReceived_IsNoAct() =>
        Assert.DoesNotContain(Events("Ukraine received its first F-16s on Tuesday."), e => e.EndsWith(" 19", StringComparison.Ordinal));
}
