using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// An act noun and the clause that tells who did it or what was thought of it: a relative clause whose verb makes the act its
/// subject's own names the author a criticism of the act is aimed at (<see cref="Orkhon.Extraction.NestedActAgents"/>), and an
/// appositive naming the act back (", a step the UN rejected") is no object of the verb before it
/// (<see cref="Orkhon.Extraction.Clauses.ObjectRelatives.IsActAppositive"/>). Sentences written for these tests.
/// </summary>
public sealed class ActRelativeClauseTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Theory]
    [InlineData("Japan condemned the missile launch, which North Korea carried out on Sunday.", "JPN", "PRK")]
    [InlineData("Taipei denounced the large-scale drills, which China staged around the island on Monday.", "TWN", "CHN")]
    [InlineData("Moscow criticised the new sanctions, which the European Union imposed on Friday.", "RUS", "EU")]
    [InlineData("Seoul condemned the military exercise that Russia had conducted near its waters.", "KOR", "RUS")]
    [InlineData("Ankara rejected the resolution, which the European Parliament adopted on Thursday.", "TUR", "EU")]
    public void ACriticismOfAnActWhoseAuthorARelativeClauseNames_IsAimedAtTheAuthor(string text, string source, string target) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.RootNumber is 11 or 12);

    [Theory]
    // hard negatives: a stance on the act, not its authorship
    [InlineData("Japan condemned the missile launch, which South Korea also criticised.", "KOR")]
    [InlineData("Moscow criticised the new sanctions, which Germany welcomed on Friday.", "DEU")]
    public void ARelativeClauseOfStance_NamesNoAuthor(string text, string notTarget) =>
        Assert.DoesNotContain(Extract(text), e => e.Target.Code == notTarget && e.Cameo.RootNumber is 11 or 12);

    [Theory]
    [InlineData("Israel annexed the Golan Heights in 1981, a step the United Nations rejected.", "ISR", "UN")]
    [InlineData("Russia suspended the grain deal on Monday, a move Turkey called regrettable.", "RUS", "TUR")]
    [InlineData("Hungary vetoed the aid package, a decision Poland described as a betrayal.", "HUN", "POL")]
    public void AnActNamedBackInAnAppositive_IsNoObjectOfTheVerbBefore(string text, string source, string notTarget) =>
        Assert.DoesNotContain(Extract(text), e => e.Source.Code == source && e.Target.Code == notTarget && e.Cameo.RootNumber is not (11 or 12));
}
