using Orkhon.Domain;
using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// "talks in which Brazil had mediated": mediation told by the bare verb, with what was mediated before it,
/// gives the mediator's 045 towards each party the sentence names (lexicon row <c>p38-mediate-bare</c>, parties by
/// <c>MediatedParties</c>; the corpus README: "a mediator gives 045 to each party"). An offer to mediate is no mediation.
/// Sentences written for these tests.
/// </summary>
public sealed class BareMediationTests
{
    // A Thursday: "on Monday" is 2 June 2025.
    private static readonly DateOnly Published = new(2025, 6, 5);

    private static readonly CameoCode Mediate = CameoCode.Parse("045");

    private static List<(string, string)> Mediations(string text) =>
        [.. EventExtractor.Default.Extract(text, Published).Where(e => e.Cameo.IsIn(Mediate)).Select(e => (e.Source.Code, e.Target.Code)).Distinct()];

    [Fact]
    public void TheBareVerb_MediatesBetweenTheSentencesParties() =>
        Assert.Equal(new[] { ("BRA", "ARG"), ("BRA", "CHL") },
            Mediations("Chile and Argentina agreed to a truce on Monday after talks in which Brazil had mediated.").Order());

    [Theory]
    // An offer to mediate is an intent (039), not mediation.
    [InlineData("Brazil offered on Monday to mediate, as Chile and Argentina traded accusations over the border.")]
    // A mediation only asked for has not happened.
    [InlineData("Chile asked Brazil on Monday to mediate in its dispute with Argentina.")]
    public void AnOfferOrARequest_IsNoMediation(string text) =>
        Assert.Empty(Mediations(text));
}
