using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A clause attributed after it to analysts or commentators ("…, analysts said", "…, according to commentators") is their
/// speculation, not a reported act: before (branch <c>p30-metamorphic</c>, transform T13), "could … if …, analysts said" was
/// coded as a conditional threat. A conditional said by the actor's own side stays a threat. Sentences of our own.
/// </summary>
public sealed class TrailingSpeculationTests
{
    private static string[] Pairs(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 6, 15)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo.Root.Value}")];

    [Theory]
    [InlineData("Britain could freeze the assets of Russian banks if the war drags on, analysts said.")]
    [InlineData("Moscow may expel more Western diplomats, according to analysts.")]
    [InlineData("China could impose tariffs on Australian wine, some analysts said.")]
    [InlineData("Israel could strike Iranian nuclear sites if talks collapse, commentators say.")]
    [InlineData("Russian authorities could arrest an American journalist if relations worsen, analysts believe.")]
    public void AConditionalActAttributedToAnalysts_IsNoEvent(string text) =>
        Assert.Empty(Pairs(text));

    [Theory]
    [InlineData("Beijing will impose tariffs on Canadian canola if Ottawa does not back down, the commerce ministry said.", "CHN>CAN 13")]
    [InlineData("Iran will strike Israel if it attacks its nuclear sites, Iranian Foreign Minister Abbas Araghchi said.", "IRN>ISR 13")]
    public void AConditionalSaidByTheActorsSide_StaysAThreat(string text, string threat) =>
        Assert.Contains(threat, Pairs(text));
}
