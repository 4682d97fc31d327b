using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction.Mentions;

/// <summary>
/// "U.S.-backed", "U.N.-led": a dotted abbreviation and its hyphenated participle are one modifier, as "Saudi-backed" is;
/// the participle is never a verb of the sentence, while "the U.S.-led coalition" still names the United States' forces.
/// </summary>
public sealed class DottedModifierTests
{
    private static List<string> Events(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2025, 4, 2)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo.Value[..2]}")];

    [Fact]
    public void ADottedModifier_IsNoVerbOfTheSentence()
    {
        // "backed" is part of the modifier: the United States backs no one here, the government protests.
        var events = Events("The U.S.-backed government in Kabul protested to Pakistan on Monday.");
        Assert.DoesNotContain(events, e => e.StartsWith("USA>", StringComparison.Ordinal));
        Assert.Contains(events, e => e.StartsWith("AFG>PAK", StringComparison.Ordinal));
    }

    [Fact]
    public void ADottedLedCoalition_IsStillThatStatesForces()
    {
        var events = Events("The U.S.-led coalition bombed Houthi positions in Yemen on Sunday.");
        Assert.Contains(events, e => e is "USA>YEM 19" or "USA>YEM 18");
    }
}
