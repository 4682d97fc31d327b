using System.Collections.Frozen;
using Orkhon.Analysis;
using Orkhon.Analysis.Frameworks;
using Orkhon.Domain;

namespace Orkhon.Tests.Analysis;

/// <summary>Small hand-made frameworks and events whose metrics can be worked out by hand.</summary>
internal static class AnalysisFixtures
{
    public static PolicyFramework TwoPillars => new("test", "MNG", "Test", null, null, null, null, "https://example.org",
    [
        new Pillar("neighbours", "Neighbours", null, null, new[] { "RUS", "CHN" }.ToFrozenSet(), ["RUS", "CHN"], null, null),
        new Pillar("central-asia", "Central Asia", null, null, new[] { "KAZ", "KGZ", "UZB" }.ToFrozenSet(), ["KAZ", "KGZ", "UZB"], null, null),
    ]);

    private static int s_counter;

    public static Event E(string source, string target, string date, string cameo = "042", string? kind = null) =>
        new($"e{Interlocked.Increment(ref s_counter)}", new ActorRef(source), new ActorRef(target), CameoCode.Parse(cameo), FuzzyDate.Parse(date), null, EventOrigin.Curated, 0.9, [],
            kind is null ? null : EventKinds.TryParse(kind, out var k) ? k : throw new ArgumentException($"unknown kind {kind}", nameof(kind)));

    public static List<Engagement> Engage(params Event[] events) => Engagement.Select(events, "MNG", TwoPillars, SignificanceWeights.Default);
}
