using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// National teams are named as their states, and teams are no state actors: a meeting or a contest whose subject is only
/// bare state names, with a sport's word or a score after the phrase, gives no event. A named leader or a state body keeps
/// the act, and a sport's word before the phrase ("Qatar, which hosted the World Cup, welcomed…") does not count. Branch
/// p27-precision4; the sentences are our own.
/// </summary>
public sealed class SportingContestTests
{
    private static string[] Coded(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2025, 1, 1)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    // Hard negatives: teams named as their states.
    [Theory]
    [InlineData("South Korea and Japan met in the semi-final of the Asian Cup in Doha on Friday, a game Seoul won 2-1.")] // agency
    [InlineData("Iran and the United States met at the World Cup in Qatar in a match watched far beyond the stadium.")] // newspaper
    [InlineData("Canada and Sweden will meet again in the ice hockey final in Milan on Sunday.")]                       // a future fixture
    [InlineData("Argentina met France in Lusail, winning 4-2 on penalties after a 3-3 draw.")]                          // a score
    [InlineData("Mongolia hosted Kyrgyzstan in a World Cup qualifier in Ulaanbaatar on Thursday.")]                       // hosting
    [InlineData("Pakistan faced India in a cricket match in Dubai on Sunday, their first meeting since the May fighting.")] // cricket
    [InlineData("Brazil and Argentina clashed in a bad-tempered final in Montevideo.")]                                 // "final" heads its phrase
    [InlineData("The United States hosted Mexico in a friendly at the Rose Bowl.")]                                     // "friendly" as a noun
    public void Extract_TeamsNamedAsStates_GiveNoEvent(string text) =>
        Assert.Empty(Coded(text));

    // Leaders and bodies at a game, a sport's word before the phrase, and meetings with no sport's word: events stay.
    [Theory]
    [InlineData("President Biden met Prime Minister Trudeau at an ice hockey game in Ottawa on Saturday.", "USA>CAN 040")]
    [InlineData("Qatar, which hosted the World Cup, welcomed Macron in Doha on Sunday.", "QAT>FRA 043")]
    [InlineData("Putin met Xi in Beijing on Friday.", "RUS>CHN 040")]
    [InlineData("China and Japan held talks in Beijing on Tuesday.", "CHN>JPN 040")]
    [InlineData("Kazakhstan and Uzbekistan met for the final round of talks on 1-2 March.", "KAZ>UZB 040")]
    public void Extract_LeadersOrNoSport_KeepTheEvent(string text, string expected) =>
        Assert.Contains(expected, Coded(text));
}
