using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// An -ing form after a text its subject adopted or issued ("passed a resolution condemning…") is the subject's own act
/// (<see cref="Orkhon.Extraction.Clauses.AdoptedTexts"/>); a text vetoed, rejected or never adopted says nothing for anyone.
/// </summary>
public sealed class AdoptedTextTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    // A weekday or "last week" is a time phrase only against the story's date.
    private static List<EventMention> ExtractDated(string text) => EventExtractor.Default.Extract(text, new DateOnly(2024, 5, 10));

    [Theory]
    [InlineData("The Lithuanian parliament passed a resolution condemning China in May 2021.", "LTU", "CHN", "11")]
    [InlineData("The Polish parliament adopted a non-binding resolution condemning Russia on Thursday.", "POL", "RUS", "11")]
    [InlineData("Turkey issued a statement condemning Israel on 2 November 2023.", "TUR", "ISR", "11")]
    public void AnIngFormAfterAnAdoptedText_IsTheAdoptersAct(string text, string source, string target, string root) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value.StartsWith(root, StringComparison.Ordinal));

    // The day or the vote between the text and its -ing form (branch p28-kinds): agency and newspaper phrasings of our own.
    [Theory]
    [InlineData("The U.N. General Assembly adopted a resolution on Thursday condemning Russia's annexation of four Ukrainian regions.", "UNGA", "RUS", "11")]
    [InlineData("The Security Council passed a resolution on Monday calling on Israel to halt its offensive.", "UNSC", "ISR", "02")]
    [InlineData("The European Parliament adopted a resolution by 494 votes to 58 condemning Belarus for the forced landing of a Ryanair jet.", "EU", "BLR", "11")]
    [InlineData("The U.N. General Assembly on Wednesday adopted a resolution by a vote of 141 to five demanding that Russia withdraw its troops from Ukraine.", "UNGA", "RUS", "10")]
    [InlineData("The Security Council unanimously adopted a resolution late on Friday demanding that Sudan's warring parties stop the siege of El Fasher.", "UNSC", "SDN", "10")]
    [InlineData("Lithuania's parliament passed a resolution last week urging China to free Uyghur prisoners.", "LTU", "CHN", "02")]
    public void AnIngFormAfterAnAdoptedTextAndItsDayOrVote_IsTheAdoptersAct(string text, string source, string target, string root) =>
        Assert.Contains(ExtractDated(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value.StartsWith(root, StringComparison.Ordinal));

    // What the resolution demands is not done: no withdrawal is coded for Russia.
    [Fact]
    public void TheActAResolutionDemandsAfterItsDay_IsNotDone() =>
        Assert.DoesNotContain(ExtractDated("The U.N. General Assembly adopted a resolution on Thursday demanding that Russia withdraw its troops from Ukraine."),
            e => e.Source.Code == "RUS" && e.Cameo.Value.StartsWith("08", StringComparison.Ordinal));

    [Theory]
    [InlineData("Russia vetoed a resolution on Friday condemning Syria.")]
    [InlineData("The council failed on Tuesday to pass a resolution condemning Russia.")]
    [InlineData("France drafted a resolution last week condemning Russia.")]
    [InlineData("The assembly will vote on Thursday on a resolution condemning Russia.")]
    public void AnIngFormAfterATextNotAdoptedAndADay_IsNoCondemnation(string text) =>
        Assert.DoesNotContain(ExtractDated(text), e => e.Cameo.Value.StartsWith("11", StringComparison.Ordinal));

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
