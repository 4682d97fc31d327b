using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// An arrest or detention told in the passive with no agent after "by" was made by the state where it happened, named right
/// after the verb (<c>CustodyPlaceAgents</c>, branch <c>p39-force</c>): "Two Japanese nationals were detained in China" is
/// China detaining Japan's people (173). A time, a raid or custody after the verb names no state, and an arrest at home is
/// domestic. Sentences written for these tests.
/// </summary>
public sealed class CustodyPlaceAgentTests
{
    // A Friday: "on Monday" is 6 May 2024.
    private static readonly DateOnly Published = new(2024, 5, 10);

    private static List<string> Arrests(string text) =>
        EventExtractor.Default.Extract(text, Published).Where(e => e.Cameo.Value == "173").Select(e => $"{e.Source.Code}>{e.Target.Code}").ToList();

    [Theory]
    [InlineData("Two Japanese nationals were detained in China on Monday.", "CHN>JPN")]
    // A time phrase between the verb and the place; a province stands for its state.
    [InlineData("Four Japanese employees of a construction company had been detained on Monday in Hebei province.", "CHN>JPN")]
    // A capital owning the place of the arrest.
    [InlineData("A senior Mongolian security official was arrested at London's Heathrow airport on Monday.", "GBR>MNG")]
    [InlineData("A Polish journalist was detained in Belarus, Warsaw said on Monday.", "BLR>POL")]
    public void APassiveArrestInAState_IsThatStatesArrest(string text, string expected) =>
        Assert.Equal([expected], Arrests(text));

    [Theory]
    // A month is no place.
    [InlineData("The Polish journalist was arrested in March 2021 and accused of inciting hatred.")]
    // A raid names no state.
    [InlineData("Two Chinese nationals were arrested in a raid on Monday.")]
    // An arrest at home is domestic.
    [InlineData("A Russian opposition leader was arrested in Moscow on Monday.")]
    // An arrest denied.
    [InlineData("Two Chinese nationals were not arrested in Japan, the police said on Monday.")]
    public void NoStateOrTheSameStateOrADenial_GivesNoArrest(string text) =>
        Assert.Empty(Arrests(text));

    [Fact]
    public void AnAgentAfterBy_StillWinsOverThePlace() =>
        Assert.Equal(["IRN>FRA"], Arrests("A French tourist was detained by Iranian police in Tehran on Monday."));
}
