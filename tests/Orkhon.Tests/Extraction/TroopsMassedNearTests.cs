using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Troops massed near a place threaten the place's state (154, lexicon row <c>p39-posture-mass-near</c>, branch
/// <c>p39-force</c>), also when the state is named as the owner of the border ("near Ukraine's border"), which the older
/// <c>mobilize</c> row skips. A border of no state named, and a massing only feared, give nothing. Sentences written for
/// these tests.
/// </summary>
public sealed class TroopsMassedNearTests
{
    private static readonly DateOnly Published = new(2024, 5, 10);

    private static List<string> Massings(string text) =>
        EventExtractor.Default.Extract(text, Published).Where(e => e.Cameo.Value == "154").Select(e => $"{e.Source.Code}>{e.Target.Code}").ToList();

    [Theory]
    [InlineData("Russia massed troops near Ukraine's border in April 2021.", "RUS>UKR")]
    [InlineData("Azerbaijan massed tanks along Armenia's border in September 2022.", "AZE>ARM")]
    public void TroopsMassedNearAStatesBorder_ThreatenThatState(string text, string expected) =>
        Assert.Contains(expected, Massings(text));

    [Theory]
    [InlineData("Russia massed troops near the border in April 2021.")]
    [InlineData("Kyiv fears Russia could mass troops near Ukraine's border again.")]
    public void NoStateNamedOrAMassingFeared_GivesNothing(string text) =>
        Assert.Empty(Massings(text));
}
