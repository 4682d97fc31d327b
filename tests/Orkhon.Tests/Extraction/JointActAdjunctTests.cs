using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A joint act told as a bare noun in an adjunct ("after border clashes", "at a meeting of their commission") belongs to the
/// parties its clause's subject names; a noun that names its own partner ("after talks with the United States") keeps it.
/// </summary>
public sealed class JointActAdjunctTests
{
    private static List<string> Pairs(string text, int root) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2025, 5, 10)).Where(e => e.Cameo.RootNumber == root).Select(e => $"{e.Source.Code}>{e.Target.Code}")];

    [Fact]
    public void ClashesAfterWhichTwoPartiesAgreed_AreTheirs() =>
        Assert.Equal(["ARM>AZE"], Pairs("Armenia and Azerbaijan agreed on Tuesday to a truce after border clashes that killed dozens of soldiers.", 19));

    [Fact]
    public void AMeetingAtWhichTwoPartiesSigned_IsTheirs() =>
        Assert.Equal(["ECU>PER"], Pairs("Ecuador and Peru signed a border accord on Monday at a meeting of their joint commission in Lima.", 4));

    [Fact]
    public void TalksWithANamedPartner_KeepThatPartner() =>
        Assert.DoesNotContain("IND>PAK", Pairs("India and Pakistan agreed to a truce on Saturday after talks with the United States.", 4));
}
