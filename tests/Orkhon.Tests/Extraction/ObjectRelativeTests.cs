using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A criticism or refusal inside a relative clause whose object is the noun it describes ("a move Kyiv condemned", "whose
/// visit Beijing had condemned") is aimed at that noun's actor (<see cref="Orkhon.Extraction.Clauses.ObjectRelatives"/>).
/// </summary>
public sealed class ObjectRelativeTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Theory]
    [InlineData("Russia annexed Crimea in March 2014, a move Kyiv condemned.", "UKR", "RUS")]
    [InlineData("Hungary vetoed the aid package on Monday, a step Poland sharply criticised.", "POL", "HUN")]
    [InlineData("Lithuania, which Moscow blamed for the blockade, closed the rail link in June 2022.", "RUS", "LTU")]
    [InlineData("Japan's defence minister, whose visit to the shrine Seoul had condemned, met his Chinese counterpart.", "KOR", "JPN")]
    public void AStanceVerbWithItsObjectBefore_IsAimedAtTheDescribedActor(string text, string source, string target) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value.StartsWith("11", StringComparison.Ordinal));

    [Fact]
    public void APronounSubjectInTheRelativeClause_IsTheSentencesFirstActor() =>
        Assert.Contains(Extract("In January 2023 Azerbaijan recalled its diplomats from Iran, which it blamed for the attack on its embassy."),
            e => e.Source.Code == "AZE" && e.Target.Code == "IRN" && e.Cameo.Value.StartsWith("11", StringComparison.Ordinal));

    [Fact]
    public void APronounRelativeOnACity_GivesNoTarget() =>
        Assert.DoesNotContain(Extract("Azerbaijan recalled its diplomats in January 2023 from Mashhad, which it blamed for the attack."),
            e => e.Cameo.Value.StartsWith("11", StringComparison.Ordinal));

    [Theory]
    [InlineData("Russia annexed Crimea in March 2014, a region Kyiv still claims.")]
    [InlineData("Vilnius closed the rail link, which Moscow condemned as illegal.")]
    public void ANounThatIsNoActOrActor_GivesNoTarget(string text) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.Value.StartsWith("11", StringComparison.Ordinal));
}
