using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A warning whose embedded clause opens on the speaker ("warned that Tokyo would respond firmly if China…", "warned that it
/// would retaliate if Israel…") is aimed at the party whose act the condition tells, even when the act threatened is a phrase of
/// its own that ends the warning's window (<c>PairFinder.ThreatenedObject</c>). A condition with no party ("if necessary",
/// "if prices kept rising") names no one warned. Sentences of our own.
/// </summary>
public sealed class WarningConditionTargetTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, new DateOnly(2024, 5, 10));

    [Theory]
    [InlineData("Japan warned that Tokyo would respond firmly if China sent more ships.", "JPN", "CHN")]
    [InlineData("Beijing warned that China would react harshly if Washington approved the arms sale.", "CHN", "USA")]
    [InlineData("Iran warned that it would retaliate if Israel struck its nuclear sites.", "IRN", "ISR")]
    [InlineData("Moscow warned that Russia would respond militarily unless the United States withdrew its missiles.", "RUS", "USA")]
    public void WarningWithAConditionedResponse_IsAimedAtTheConditionsSubject(string text, string source, string target) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value.StartsWith("13", StringComparison.Ordinal));

    [Theory]
    [InlineData("Japan warned that Tokyo would respond firmly if necessary.")]
    [InlineData("Manila warned that it would respond firmly if its ships were harmed.")]
    [InlineData("The minister warned that the economy would suffer if prices kept rising.")]
    public void WarningWithNoPartyInItsCondition_GivesNoEvent(string text) =>
        Assert.Empty(Extract(text));
}
