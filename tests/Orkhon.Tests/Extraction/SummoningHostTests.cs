using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A passive summons with no agent names the summoning state by the ministry the envoy was called to
/// (<see cref="SummoningHosts"/>).
/// </summary>
public sealed class SummoningHostTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Theory]
    [InlineData("The Russian ambassador was summoned to the foreign ministry in Tokyo on 2 March 2022.", "JPN", "RUS")]
    [InlineData("The Iranian ambassador was summoned to the German foreign ministry on 5 May 2024.", "DEU", "IRN")]
    public void APassiveSummonsToAMinistry_IsThatStatesComplaint(string text, string source, string target)
    {
        var summons = Assert.Single(Extract(text), e => e.Cameo.Value == "114");
        Assert.Equal((source, target), (summons.Source.Code, summons.Target.Code));
    }

    [Theory]
    [InlineData("The Russian ambassador was summoned to a meeting in Tokyo on 2 March 2022.")]
    [InlineData("The Russian ambassador was summoned to the Russian foreign ministry on 2 March 2022.")]
    public void NoMinistryOfAnotherState_GivesNoSummons(string text) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.Value == "114");
}
