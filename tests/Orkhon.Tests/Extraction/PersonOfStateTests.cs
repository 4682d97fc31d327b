using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A leader named with the state after "of" ("Prime Minister Narendra Modi of India") is one actor (<c>Mentions.PersonOfState</c>),
/// so a list of such leaders is one coordinated subject or object and every party of it acts. A state after "of" that is not the
/// person's own stays a party of its own. Sentences of our own.
/// </summary>
public sealed class PersonOfStateTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, new DateOnly(2024, 5, 10));

    private static bool Has(List<EventMention> events, string source, string target, string root) =>
        events.Exists(e => ((e.Source.Code == source && e.Target.Code == target) || (e.Source.Code == target && e.Target.Code == source))
            && e.Cameo.Value.StartsWith(root, StringComparison.Ordinal));

    [Theory]
    [InlineData("President Ilham Aliyev of Azerbaijan and Prime Minister Nikol Pashinyan of Armenia signed a peace agreement on Friday.", "AZE", "ARM", "05")]
    [InlineData("BAKU, May 10 (AP) - Prime Minister Nikol Pashinyan of Armenia and President Ilham Aliyev of Azerbaijan met in Prague on Thursday.", "ARM", "AZE", "04")]
    [InlineData("The talks between President Xi Jinping of China and President Vladimir Putin of Russia lasted three hours on Thursday.", "CHN", "RUS", "04")]
    [InlineData("President Emmanuel Macron of France and Chancellor Olaf Scholz of Germany held talks in Berlin on Tuesday.", "FRA", "DEU", "04")]
    [InlineData("Prime Minister Narendra Modi of India and President Joe Biden of the United States agreed on Friday to expand defence cooperation.", "IND", "USA", "03")]
    public void LeadersNamedWithTheirStates_AreCoordinatedParties(string text, string source, string target, string root) =>
        Assert.True(Has(Extract(text), source, target, root), $"expected {source}-{target} root {root}");

    [Fact]
    public void OneLeaderWithTheStateAfterOf_KeepsTheAct() =>
        Assert.Contains(Extract("Prime Minister Narendra Modi of India met President Joe Biden at the White House on Thursday."),
            e => e.Source.Code == "IND" && e.Target.Code == "USA" && e.Cameo.Value == "040");

    [Fact]
    public void StateAfterOfThatIsNotThePersons_StaysAParty() =>
        // "the Chinese president's visit of Russia" is no restatement: only a state equal to the person's is taken in.
        Assert.Contains(Extract("President Xi Jinping of China criticised the sanctions policy of Japan on Monday."),
            e => e.Source.Code == "CHN" && e.Target.Code == "JPN");

    [Theory]
    // A leader alone with the state after "of" is no second party: no act with the leader's own state.
    [InlineData("President Ilham Aliyev of Azerbaijan visited the front line on Friday.")]
    [InlineData("Prime Minister Nikol Pashinyan of Armenia said on Monday that the talks would continue.")]
    public void LeaderOfHisOwnState_GivesNoActWithIt(string text) =>
        Assert.DoesNotContain(Extract(text), e => e.Source.Code == e.Target.Code);
}
