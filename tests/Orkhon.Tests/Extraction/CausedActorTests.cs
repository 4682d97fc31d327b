using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// The actor a causative verb makes act ("led Algeria to recall", "prompted Japan, a close U.S. ally, to summon"): it is the
/// infinitive's subject, past an apposition between it and "to", and the act is told as done. The sentences are our own.
/// </summary>
public sealed class CausedActorTests
{
    private static string[] Coded(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 5, 6)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    // "led" as a causative, agency style
    [InlineData("The decision led Algeria to recall its ambassador from Madrid on Tuesday.", "DZA>ESP 161")]
    // an apposition with an actor of its own between the caused actor and "to"
    [InlineData("The incident prompted Japan, a close U.S. ally, to summon China's ambassador on Friday.", "JPN>CHN 114")]
    [InlineData("The ruling led Algeria, Polisario's main backer, to recall its ambassador from Madrid.", "DZA>ESP 161")]
    // an apposition with no actor, another root
    [InlineData("Tuesday's raid forced Pakistan, already under pressure at home, to close its border with Afghanistan.", "PAK>AFG 191")]
    // "spurred", newspaper style, a capital
    [InlineData("The arrests spurred Beijing to lodge a protest with Manila on Sunday.", "CHN>PHL 114")]
    // a participle of cause after a comma
    [InlineData("Drones struck an oil depot on Monday, causing Seoul, a key partner of Kyiv, to condemn Russia.", "KOR>RUS 111")]
    public void Extract_CausedActor_ActsAndTheActIsDone(string text, string expected) => Assert.Contains(expected, Coded(text));

    // The apposition's own actor does not act.
    [Theory]
    [InlineData("The incident prompted Japan, a close U.S. ally, to summon China's ambassador on Friday.", "USA>CHN 114")]
    [InlineData("The ruling led Algeria, Polisario's main backer, to recall its ambassador from Madrid.", "ESH>ESP 161")]
    public void Extract_ActorOfTheApposition_DoesNotAct(string text, string unexpected) => Assert.DoesNotContain(unexpected, Coded(text));

    // Hard negatives: an appeal is not a cause, "led" before a noun leads nothing to act, and a clause between commas is no apposition.
    [Theory]
    [InlineData("Washington urged Japan, a close ally, to summon China's ambassador.", "JPN>CHN 114")]
    [InlineData("The crisis led to calls for Japan to summon China's ambassador.", "JPN>CHN 114")]
    [InlineData("The United States pushed Israel to halt its strikes on Lebanon.", "ISR>LBN 190")]
    [InlineData("The vote forced Kyiv, which had hoped for more, to delay talks with Warsaw.", "UKR>POL 040")]
    // a negated or modal causative makes nobody act
    [InlineData("The strike has not prompted Japan to summon China's ambassador.", "JPN>CHN 114")]
    [InlineData("The ruling could have led Algeria to recall its ambassador from Madrid.", "DZA>ESP 161")]
    [InlineData("The raid never forced Pakistan to close its border with Afghanistan.", "PAK>AFG 191")]
    public void Extract_NoCause_GivesNoDoneAct(string text, string unexpected) => Assert.DoesNotContain(unexpected, Coded(text));
}
