using Orkhon.Knowledge;

namespace Orkhon.Analysis.Corridors;

/// <summary>
/// Which states share a land border (<c>data/reference/borders.tsv</c>), and the known transport routes
/// (<c>data/corridors/routes.tsv</c>): the geography that binds a landlocked state's trade.
/// </summary>
public sealed class LandNetwork
{
    private static readonly Lazy<LandNetwork> s_default = new(() => Load(EmbeddedData.ReadTable("reference.borders.tsv"), EmbeddedData.ReadTable("corridors.routes.tsv"), ReferenceData.Default));

    private readonly Dictionary<string, SortedSet<string>> _neighbours;
    private readonly HashSet<(string, string)> _routeEdges;

    private LandNetwork(Dictionary<string, SortedSet<string>> neighbours, IReadOnlyList<TransportRoute> routes)
    {
        _neighbours = neighbours;
        Routes = routes;
        _routeEdges = routes.SelectMany(r => r.Path.Zip(r.Path.Skip(1))).SelectMany(e => new[] { e, (e.Second, e.First) }).ToHashSet();
    }

    public static LandNetwork Default => s_default.Value;

    public IReadOnlyList<TransportRoute> Routes { get; }

    public IReadOnlyCollection<string> NeighboursOf(string country) => _neighbours.TryGetValue(country, out var n) ? n : [];

    public IEnumerable<string> Countries => _neighbours.Keys;

    public static LandNetwork Load(TsvTable borders, TsvTable routes, ReferenceData reference)
    {
        ArgumentNullException.ThrowIfNull(borders);
        ArgumentNullException.ThrowIfNull(routes);
        var errors = new List<DataFileError>();
        var graph = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        int a = borders.ColumnIndex("a"), b = borders.ColumnIndex("b");
        foreach (var row in borders.Rows)
        {
            var (x, y) = (row[a], row[b]);
            if (reference.FindCountry(x) is null || reference.FindCountry(y) is null || x == y)
            {
                errors.Add(new DataFileError(borders.Name, row.Line, $"'{x}'–'{y}' is not a pair of two known country codes"));
                continue;
            }

            Link(graph, x, y);
            Link(graph, y, x);
        }

        int id = routes.ColumnIndex("id"), name = routes.ColumnIndex("name"), kind = routes.ColumnIndex("kind"), path = routes.ColumnIndex("path"),
            status = routes.ColumnIndex("status"), since = routes.ColumnIndex("since"), source = routes.ColumnIndex("source_url"), note = routes.ColumnIndex("note");
        var list = new List<TransportRoute>();
        foreach (var row in routes.Rows)
        {
            var countries = row[path].Split('>', StringSplitOptions.TrimEntries);
            foreach (var c in countries.Where(c => reference.FindCountry(c) is null))
            {
                errors.Add(new DataFileError(routes.Name, row.Line, $"route '{row[id]}': unknown country '{c}'"));
            }

            list.Add(new TransportRoute(row[id], row[name], row[kind], countries, row[status], row.Optional(since), row[source], row.Optional(note)));
        }

        return errors.Count > 0 ? throw new DataFileException(errors) : new LandNetwork(graph, list);
    }

    private static void Link(Dictionary<string, SortedSet<string>> graph, string from, string to)
    {
        if (!graph.TryGetValue(from, out var set))
        {
            graph[from] = set = new SortedSet<string>(StringComparer.Ordinal);
        }

        set.Add(to);
    }

    /// <summary>Fewest-border-crossings path, avoiding <paramref name="blocked"/>; null when none exists.</summary>
    public List<string>? ShortestPath(string from, string to, ISet<string>? blocked = null)
    {
        if (from == to)
        {
            return [from];
        }

        var previous = new Dictionary<string, string>(StringComparer.Ordinal) { [from] = from };
        var queue = new Queue<string>([from]);
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            // Among equally short paths, prefer crossings that a known route uses (China–Kyrgyzstan rather
            // than the Wakhan corridor into Afghanistan).
            foreach (var next in NeighboursOf(current).OrderBy(n => _routeEdges.Contains((current, n)) ? 0 : 1))
            {
                if (previous.ContainsKey(next) || (blocked?.Contains(next) ?? false))
                {
                    continue;
                }

                previous[next] = current;
                if (next == to)
                {
                    var path = new List<string> { to };
                    while (path[^1] != from)
                    {
                        path.Add(previous[path[^1]]);
                    }

                    path.Reverse();
                    return path;
                }

                queue.Enqueue(next);
            }
        }

        return null;
    }

    /// <summary>Every country reachable overland from <paramref name="from"/> without entering <paramref name="blocked"/>.</summary>
    public HashSet<string> Reachable(string from, ISet<string>? blocked = null)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { from };
        var queue = new Queue<string>([from]);
        while (queue.Count > 0)
        {
            foreach (var next in NeighboursOf(queue.Dequeue()))
            {
                if (!(blocked?.Contains(next) ?? false) && seen.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }

        seen.Remove(from);
        return seen;
    }
}
