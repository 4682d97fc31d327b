using Orkhon.Extraction;
using Orkhon.Extraction.Mentions;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Extraction.Mentions;

/// <summary>
/// "Sofia", "Jordan", "Georgia" are states or capitals and given names (data/reference/place-given-names.tsv): before a
/// surname they are a person, never the state; before an office or a place word they stay the state.
/// </summary>
public sealed class PlaceGivenNameTests
{
    private static List<string> Events(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2025, 4, 2)).Select(e => $"{e.Source.Code}>{e.Target.Code}")];

    [Theory]
    [InlineData("Sofia Marinova, a singer, criticised Turkey on Tuesday.", "BGR>TUR")]
    [InlineData("Jordan Whitfield praised Egypt for the deal on Monday.", "JOR>EGY")]
    [InlineData("Victoria Hallam criticised Russia on Tuesday.", "SYC>RUS")]
    [InlineData("Chad Merton accused China of espionage.", "TCD>CHN")]
    [InlineData("Georgia Hartley, a columnist, condemned Russia over the vote.", "GEO>RUS")]
    public void AGivenNameBeforeASurname_IsNoState(string text, string wrong) => Assert.DoesNotContain(wrong, Events(text));

    [Theory]
    [InlineData("Georgia Prime Minister Irakli Kobakhidze criticised Russia on Tuesday.", "GEO>RUS")]
    [InlineData("Jordan King Abdullah praised Egypt for the deal on Monday.", "JOR>EGY")]
    [InlineData("Jordan condemned Israel on Monday.", "JOR>ISR")]
    [InlineData("Jordan Condemns Israeli Strike On Embassy", "JOR>ISR")]
    public void AStateBeforeAnOfficeOrAVerb_StaysTheState(string text, string expected) => Assert.Contains(expected, Events(text));

    [Fact]
    public void EveryListedName_IsAStateOrACapitalOfTheGazetteer()
    {
        var strays = PlaceGivenNames.All.Where(n => ReferenceData.Default.Gazetteer.Resolve(n) is not { Form: NameForm.Name or NameForm.Capital }).ToList();
        Assert.NotEmpty(PlaceGivenNames.All);
        Assert.True(strays.Count == 0, $"not a state or capital: {string.Join(", ", strays)}");
    }
}
