using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A violent act in the passive with no "by": the party named before the armed act right after the verb is its agent
/// (<see cref="ArmedActAgents"/>), in sentences of our own, with the hard negatives that name no author.
/// </summary>
public sealed class ArmedActAgentTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Theory]
    [InlineData("Hamas leader Yahya Sinwar was killed in an Israeli strike in Rafah on Wednesday.", "ISR", "PSE")]
    [InlineData("Three Iraqi soldiers were killed in a US air strike on Sunday.", "USA", "IRQ")]
    [InlineData("Two Israeli soldiers were killed during a Hezbollah attack on Sunday.", "LBN", "ISR")]
    public void PassiveViolentAct_TakesTheArmedActsParty(string text, string source, string target) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value.StartsWith("18", StringComparison.Ordinal));

    [Theory]
    [InlineData("Five Syrian civilians were killed in a car bomb attack on Sunday.")]
    [InlineData("Two Pakistani soldiers were killed in Afghanistan on Friday.")]
    [InlineData("Two Ukrainian soldiers were killed in the Russian city of Kursk on Monday.")]
    [InlineData("Two Japanese tourists were killed in a traffic accident in Mongolia on Friday.")]
    public void NoArmedActOfAParty_GivesNoAssault(string text) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.Value.StartsWith("18", StringComparison.Ordinal));
}
