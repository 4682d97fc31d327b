using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// "The EU and Canada joined in the condemnation", "South Korea joined calls for its release": a stance told only by reference
/// to the last one told, taken by the subject too (<see cref="JoinedStances"/>). Sentences of our own.
/// </summary>
public sealed class JoinedStanceTests
{
    private static List<string> Events(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 5, 10)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo.Value}")];

    [Theory]
    // Each joiner of a list criticises the one the first critic accused; the charge itself is not repeated.
    [InlineData("The United States accused Iran of supplying drones to Russia on 2 May 2024. Britain, France and Germany joined in the condemnation.",
        "GBR>IRN 111", "FRA>IRN 111", "DEU>IRN 111")]
    // A sentence of detail on the first critic may stand between.
    [InlineData("Japan condemned North Korea's missile launch on 3 May 2024. Tokyo said the missile fell inside its economic zone. South Korea also joined the chorus of criticism.",
        "KOR>PRK 111")]
    // An appeal keeps its own code, for each party it was addressed to.
    [InlineData("Qatar urged Israel and Hamas to agree a ceasefire on 4 May 2024. Egypt joined calls for a truce.", "EGY>ISR 02", "EGY>PSE 02")]
    public void JoinedStance_RepeatsTheLastStanceForEachJoiner(string text, params string[] expected)
    {
        var events = Events(text);
        foreach (var e in expected)
        {
            Assert.Contains(events, x => x.StartsWith(e, StringComparison.Ordinal));
        }
    }

    [Theory]
    // Hard negative: no stance was told before.
    [InlineData("Britain joined in the condemnation on Tuesday.", "GBR")]
    // Hard negative: the last act told is no criticism ("condemnation" answers no visit).
    [InlineData("Xi visited Astana on 3 May 2024. Russia joined in the condemnation.", "RUS")]
    // Hard negative: a joining only expected, or refused, tells no stance.
    [InlineData("Japan condemned North Korea's missile launch on 3 May 2024. South Korea is expected to join the criticism.", "KOR")]
    [InlineData("Japan condemned North Korea's missile launch on 3 May 2024. South Korea did not join the criticism.", "KOR")]
    // Hard negative: the party criticised cannot join its own criticism.
    [InlineData("Japan condemned North Korea's missile launch on 3 May 2024. North Korea joined in the condemnation.", "PRK")]
    // Hard negative: joining a body is no stance, whatever was criticised before.
    [InlineData("Russia criticised Finland on 3 May 2024. Sweden joined NATO in March.", "SWE>FIN")]
    public void JoinedStance_WithNoStanceToJoin_AddsNoJoinedEvent(string text, string joiner) =>
        Assert.DoesNotContain(Events(text), e => e.StartsWith(joiner.Contains('>') ? joiner : joiner + ">", StringComparison.Ordinal));

    [Fact]
    public void JoinedStance_BeforeAnyEvent_GivesNoEvent() =>
        Assert.Empty(Events("Britain joined in the condemnation on Tuesday."));
}
