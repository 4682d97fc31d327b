using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A trip called off for a flood, a storm or an illness is no reduction of relations; a meeting with the other party called
/// off over a dispute is (<see cref="MishapCancellations"/>). A state calling off its own visit codes nothing at all, for any
/// cause (<see cref="HardNegativeKindTests"/>). Sentences written for these tests.
/// </summary>
public sealed class MishapCancellationTests
{
    private static readonly DateOnly Published = new(2024, 10, 9);

    private static readonly Orkhon.Domain.CameoCode Reduce = Orkhon.Domain.CameoCode.Parse("16");

    [Theory]
    [InlineData("Japan's prime minister called off a visit to Manila on Tuesday after a typhoon battered the north of the country.")]
    [InlineData("The Kazakh president cancelled a trip to Beijing scheduled for next week because of an illness, his office said.")]
    [InlineData("Chile's foreign minister called off talks with Argentina on Monday as floods cut roads across the south.")]
    public void ACancellationForAMishap_CodesNothing(string text) =>
        Assert.DoesNotContain(EventExtractor.Default.Extract(text, Published), e => e.Cameo.IsIn(Reduce));

    [Theory]
    [InlineData("Germany called off a meeting with Beijing's envoy on Tuesday in protest at the detention of two of its citizens.", "DEU", "CHN")]
    [InlineData("Poland cancelled talks with Belarus on Monday over the migrants pushed across the border, weeks before the storm season.", "POL", "BLR")]
    public void ACancellationOverADispute_StaysAReduction(string text, string source, string target) =>
        Assert.Contains(EventExtractor.Default.Extract(text, Published), e => e.Cameo.IsIn(Reduce) && e.Source.Code == source && e.Target.Code == target);
}
