using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction.Mentions;

/// <summary>
/// "its (northern, largest…) neighbour" is the last state named that shares a land border with the owner of "its" (the
/// subject, else the previous sentence's); a state across the sea or none bordering gives nothing.
/// </summary>
public sealed class PossessedNeighbourTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Theory]
    [InlineData("Georgia accused Russia of occupying its territory. Tbilisi urged its northern neighbour to withdraw its troops.", "GEO", "RUS", 2)]
    [InlineData("Pakistan blamed India for the attack. Islamabad on Friday warned its eastern neighbour against any military adventure.", "PAK", "IND", 13)]
    [InlineData("Mongolia signed a coal deal with China, and its southern neighbour pledged to build a railway.", "CHN", "MNG", 3)]
    [InlineData("Ukraine's president thanked Poland, and praised its neighbour for taking in refugees.", "UKR", "POL", 5)]
    [InlineData("Armenia accused Azerbaijan of shelling border villages. Yerevan has asked its eastern neighbour to pull back its troops.", "ARM", "AZE", 2)]
    public void ItsNeighbour_IsTheLastBorderingStateNamed(string text, string source, string target, int root)
    {
        Assert.Contains(Extract(text), e => (e.Source.Code, e.Target.Code) == (source, target) && e.Cameo.RootNumber == root);
    }

    [Fact]
    public void AStateAcrossTheSea_IsNoNeighbour()
    {
        // Japan and China share no land border: "its neighbour" is left unread rather than guessed.
        var events = Extract("Japan protested to China on Monday and urged its neighbour to stop the drills.");
        Assert.DoesNotContain(events, e => e.Cameo.RootNumber == 2);
    }

    [Fact]
    public void TheOwnerItself_IsNeverItsNeighbour()
    {
        var events = Extract("Kenya hosted a summit on Monday. Nairobi praised its neighbour for its help.");
        Assert.DoesNotContain(events, e => (e.Source.Code, e.Target.Code) == ("KEN", "KEN"));
    }
}
