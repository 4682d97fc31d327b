using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction.Mentions;

/// <summary>
/// A state's name before a sport and a body or side ("the Kazakh Football Federation", "Mongolia's national wrestling team")
/// names a sports body, never the state: what it does is no event between states.
/// </summary>
public sealed class SportsBodyTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Theory]
    [InlineData("The Kazakhstan Football Federation accused Uzbekistan of fielding ineligible players.")]
    [InlineData("Mongolia's national wrestling team thanked Japan for its hospitality.")]
    [InlineData("The Sri Lanka Cricket Board criticised India over the schedule.")]
    [InlineData("The Iranian Volleyball Federation protested to Turkey over the visas.")]
    public void SportsBody_IsNoStateActor(string text) => Assert.Empty(Extract(text));

    [Theory]
    [InlineData("Kazakhstan accused Uzbekistan of violating the border agreement.", "KAZ", "UZB")]
    [InlineData("The Russian Federation criticised Japan over the sanctions.", "RUS", "JPN")]
    [InlineData("Mongolia's foreign ministry thanked Japan for its aid.", "MNG", "JPN")]
    public void StateWithoutASport_StillActs(string text, string source, string target)
    {
        var e = Assert.Single(Extract(text));
        Assert.Equal((source, target), (e.Source.Code, e.Target.Code));
    }

    [Theory]
    [InlineData("Kazakhstan refused to play the qualifier against Uzbekistan in Tashkent.")]
    [InlineData("Iran declined to play a friendly match against Israel.")]
    public void SideInASportsContest_IsNoState(string text) => Assert.Empty(Extract(text));

    [Fact]
    public void WarGamesAgainstAState_AreStillAimedAtIt() =>
        Assert.Contains(Extract("China threatened Taiwan with war games against Taiwan."), e => e.Source.Code == "CHN" && e.Target.Code == "TWN");
}
