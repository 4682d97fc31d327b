namespace Orkhon.Analysis.Corridors;

/// <summary>
/// Overland access from one state to another: the fewest-crossings path, alternatives that avoid each
/// transit country in turn, the transit countries no overland route can avoid, and the known routes
/// that serve the link.
/// </summary>
public sealed record TransitAnalysis(
    string From,
    string To,
    IReadOnlyList<string>? ShortestPath,
    IReadOnlyList<string> UnavoidableTransit,
    IReadOnlyList<(string Avoided, IReadOnlyList<string>? Path)> Alternatives,
    IReadOnlyList<TransportRoute> Routes)
{
    public bool Reachable => ShortestPath is not null;

    /// <summary>True when origin and destination are the same state: the path is that state alone, with no border crossed.</summary>
    public bool SameState => string.Equals(From, To, StringComparison.Ordinal);

    public static TransitAnalysis Run(LandNetwork network, string from, string to)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var shortest = network.ShortestPath(from, to);
        if (shortest is null)
        {
            return new TransitAnalysis(from, to, null, [], [], []);
        }

        if (shortest.Count < 2)
        {
            // From a state to itself: nothing to cross, nothing to avoid; the routes are the ones it is on.
            return new TransitAnalysis(from, to, shortest, [], [], [.. network.Routes.Where(r => r.Path.Contains(from))]);
        }

        var transit = shortest.Skip(1).SkipLast(1).ToList();
        var unavoidable = new List<string>();
        var alternatives = new List<(string, IReadOnlyList<string>?)>();
        foreach (var country in transit)
        {
            var detour = network.ShortestPath(from, to, new HashSet<string>(StringComparer.Ordinal) { country });
            alternatives.Add((country, detour));
            if (detour is null)
            {
                unavoidable.Add(country);
            }
        }

        // Routes that leave the origin towards the destination: they contain the origin and either the
        // destination or the first transit country of the shortest path.
        var firstHop = shortest[1];
        var routes = network.Routes.Where(r => r.Path.Contains(from) && (r.Path.Contains(to) || r.Path.Contains(firstHop))).ToList();
        return new TransitAnalysis(from, to, shortest, unavoidable, alternatives, routes);
    }

    /// <summary>
    /// For each of <paramref name="from"/>'s land neighbours (or the given ones): the share of the states it
    /// can reach overland that stay reachable when that neighbour is closed.
    /// </summary>
    public static IReadOnlyList<(string Closed, int Reachable, int StillReachable, double Share)> Dependence(LandNetwork network, string from, IEnumerable<string>? closed = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        var all = network.Reachable(from);
        return (closed ?? network.NeighboursOf(from)).Select(c =>
        {
            var without = network.Reachable(from, new HashSet<string>(StringComparer.Ordinal) { c });
            var denominator = all.Count - (all.Contains(c) ? 1 : 0);
            return (c, denominator, without.Count, denominator == 0 ? 0.0 : (double)without.Count / denominator);
        }).ToList();
    }
}
