using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Envoys or officials of another state ordered or told to go without the word "expel" (174, lexicon rows
/// <c>p41-expel-order-officials-out</c>, <c>p41-expel-order-out-envoy</c>, <c>p41-expel-tell-officials-go</c>, branch
/// <c>p41-coercion</c>): "ordering six Canadian diplomats out", "ordered out Australia's high commissioner", "told 30 Russian
/// diplomats to go". One's own troops or diplomats sent home, people of no state, an order to do something else and an
/// expulsion only considered give nothing. Sentences written for these tests.
/// </summary>
public sealed class EnvoysOrderedOutTests
{
    private static readonly DateOnly Published = new(2024, 10, 15);

    private static List<string> Expulsions(string text) =>
        EventExtractor.Default.Extract(text, Published).Where(e => e.Cameo.Value == "174").Select(e => $"{e.Source.Code}>{e.Target.Code}").ToList();

    [Theory]
    [InlineData("India hit back within hours, ordering six Canadian diplomats out of the country on Monday.", "IND>CAN")]
    [InlineData("Fiji ordered out Australia's acting high commissioner on Tuesday.", "FJI>AUS")]
    [InlineData("Italy told 30 Russian diplomats to go on April 5.", "ITA>RUS")]
    [InlineData("Sweden told three Iranian diplomats to leave on Monday.", "SWE>IRN")]
    public void EnvoysOrderedOrToldToGo_AreExpelled(string text, string expected) =>
        Assert.Contains(expected, Expulsions(text));

    [Theory]
    [InlineData("Washington ordered U.S. troops out of northern Syria on Sunday.")]
    [InlineData("Biden told American diplomats to leave Kyiv on Saturday.")]
    [InlineData("Kenya ordered out the protesters on Monday.")]
    [InlineData("Kenya ordered two Somali officials to explain the delay on Monday.")]
    [InlineData("Russia may order two British diplomats out of the country, officials said on Monday.")]
    public void OwnPeopleOtherOrdersOrAnExpulsionOnlyConsidered_GiveNothing(string text) =>
        Assert.Empty(Expulsions(text));
}
