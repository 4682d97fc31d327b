using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// An -ing form after a text its subject adopted or issued ("passed a resolution condemning…") is the subject's own act
/// (<see cref="Orkhon.Extraction.Clauses.AdoptedTexts"/>); a text vetoed, rejected or never adopted says nothing for anyone.
/// </summary>
public sealed class AdoptedTextTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Theory]
    [InlineData("The Lithuanian parliament passed a resolution condemning China in May 2021.", "LTU", "CHN", "11")]
    [InlineData("The Polish parliament adopted a non-binding resolution condemning Russia on Thursday.", "POL", "RUS", "11")]
    [InlineData("Turkey issued a statement condemning Israel on 2 November 2023.", "TUR", "ISR", "11")]
    public void AnIngFormAfterAnAdoptedText_IsTheAdoptersAct(string text, string source, string target, string root) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value.StartsWith(root, StringComparison.Ordinal));

    [Theory]
    [InlineData("Russia vetoed a resolution condemning Syria in 2017.")]
    [InlineData("The Polish parliament failed to pass a resolution condemning Russia.")]
    [InlineData("The Polish parliament did not adopt a resolution condemning Russia.")]
    [InlineData("Poland read a resolution condemning Russia aloud.")]
    public void AnIngFormAfterATextNotAdopted_IsNoCondemnation(string text) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.Value.StartsWith("11", StringComparison.Ordinal));

    [Fact]
    public void AReactionDrawnFromAParty_IsThatPartysAct() =>
        Assert.Contains(Extract("Lithuania expelled two Russian diplomats on Tuesday, drawing sharp criticism from Moscow."),
            e => e.Source.Code == "RUS" && e.Target.Code == "LTU" && e.Cameo.Value == "111");

    [Fact]
    public void AReactionDrawnFromNoActor_IsNothing() =>
        Assert.DoesNotContain(Extract("Lithuania expelled two Russian diplomats on Tuesday, drawing sharp criticism from rights groups."),
            e => e.Cameo.Value == "111");
}
