using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// "…, accusing it of …" (branch p25-precision): the object "it" of a participle that follows a main act is the party that act
/// named, and the parties named in what it is accused of, urged to do or criticised for are not acted on. When nothing in the
/// sentence can be "it", the act has no target rather than a wrong one. The sentences are our own.
/// </summary>
public sealed class ParticipleObjectItTests
{
    private static string[] Coded(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 5, 1)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("Saudi Arabia cut ties with Qatar on Monday, accusing it of supporting terrorism and Iran.", "SAU>QAT 11", "SAU>IRN")]
    [InlineData("Israel recalled its ambassador from Turkey on Tuesday, accusing it of arming Hamas.", "ISR>TUR 112", "ISR>PSE")]
    [InlineData("Washington imposed sanctions on Tehran on Friday, accusing it of supplying drones to Russia.", "USA>IRN 112", "USA>RUS")]
    [InlineData("Beijing lodged a protest with Tokyo on Wednesday, urging it to stop interfering in its relations with Manila.", "CHN>JPN 02", "CHN>PHL")]
    [InlineData("Algeria recalled its ambassador from Paris on Saturday, criticising it for backing Morocco's claim.", "DZA>FRA 111", "DZA>MAR")]
    public void Extract_ParticipleWithObjectIt_ActsOnTheAntecedent(string text, string expectedPrefix, string wrongPair)
    {
        var coded = Coded(text);
        Assert.Contains(coded, c => c.StartsWith(expectedPrefix, StringComparison.Ordinal));
        Assert.DoesNotContain(coded, c => c.StartsWith(wrongPair, StringComparison.Ordinal));
    }

    // Hard negatives: "it" stands for a party that is no state, so the state in the accusation's content is not its target.
    [Theory]
    [InlineData("The company said the regulator had accused it of helping Russia evade sanctions.")]
    [InlineData("The firm's owner said on Monday the authorities were accusing it of supplying parts to Iran.")]
    [InlineData("The charity said the ministry was blaming it for delays in aid to Gaza.")]
    public void Extract_ObjectItWithNoPartyBefore_GivesNoTargetInTheContent(string text) => Assert.Empty(Coded(text));
}
