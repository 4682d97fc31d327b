using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A reaction aimed at an act named by a noun: a nationality adjective or a name before the noun owns the act, as a possessive
/// does ("welcomed the North Korean decision", "protested the Chinese missile launch"), so a welcome is praise (051), not a
/// host's welcome, and a protest that must have no actor for its object still fires; a launch or a test told with no target
/// is answered by a later "the launch" (<see cref="ActAuthors"/>, <c>data/lexicon/act-nouns.tsv</c>). Sentences of our own.
/// </summary>
public sealed class OwnedActNounTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Theory]
    [InlineData("Tokyo welcomed the North Korean decision to resume talks.", "JPN", "PRK", "051")]
    [InlineData("Egypt on Monday welcomed the Iranian move, calling it a step toward calm.", "EGY", "IRN", "051")]
    [InlineData("The Kenyan foreign ministry welcomed the Ethiopian decision to reopen the border.", "KEN", "ETH", "051")]
    [InlineData("Seoul protested the North Korean missile launch on Tuesday.", "KOR", "PRK", "114")]
    [InlineData("The Philippines has protested the latest Chinese missile test, its foreign ministry said.", "PHL", "CHN", "114")]
    [InlineData("Tokyo formally protested the Russian deployment on the disputed islands.", "JPN", "RUS", "114")]
    public void DemonymOwningTheActNoun_IsTheTarget(string text, string source, string target, string cameo) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value == cameo);

    [Theory]
    [InlineData("Tokyo welcomed the North Korean decision to resume talks.", "JPN", "PRK")]
    [InlineData("Egypt on Monday welcomed the Iranian move, calling it a step toward calm.", "EGY", "IRN")]
    public void WelcomedDecision_IsNoHostsWelcome(string text, string source, string target) =>
        Assert.DoesNotContain(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value == "043");

    [Theory]
    [InlineData("Mongolia welcomed the Kazakh delegation on Friday.", "MNG", "KAZ")]
    [InlineData("Kazakhstan welcomed the Russian president to Astana on Monday.", "KAZ", "RUS")]
    public void WelcomedGuests_AreStillHosted(string text, string source, string target) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value == "043");

    [Theory]
    [InlineData("North Korea fired a ballistic missile into the sea off its east coast on Tuesday. Japan protested the launch through diplomatic channels.", "JPN", "PRK", "114")]
    [InlineData("Pyongyang fired two short-range missiles into the sea early on Thursday, the South Korean military said. Washington condemned the launches.", "USA", "PRK", "111")]
    public void LaunchToldWithNoTarget_IsAnsweredByItsNoun(string text, string source, string target, string cameo) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value == cameo);

    [Theory]
    // No launch told: the noun names nobody's act.
    [InlineData("Officials met in Tokyo on Tuesday to discuss fishing quotas. Japan protested the launch.", "JPN")]
    // The reacting state's own act is no target.
    [InlineData("Japan defended its decision to release the treated water into the sea.", "JPN")]
    public void NoOtherAuthor_GivesNoTarget(string text, string source) =>
        Assert.DoesNotContain(Extract(text), e => e.Source.Code == source && e.Target.Code != source);
}
