using System.Globalization;
using Orkhon.Knowledge;

namespace Orkhon.Analysis.Corridors;

/// <summary>
/// Where each route runs on the ground (<c>data/corridors/waypoints.tsv</c>): the towns and crossings it
/// passes, so a map draws the line along them instead of between country centres. A route without
/// waypoints has none here (the map then falls back to its countries).
/// </summary>
public sealed class RouteGeometry
{
    private static readonly Lazy<RouteGeometry> s_default = new(() => Load(EmbeddedData.ReadTable("corridors.waypoints.tsv"), LandNetwork.Default.Routes));

    private readonly Dictionary<string, IReadOnlyList<Waypoint>> _byRoute;

    private RouteGeometry(Dictionary<string, IReadOnlyList<Waypoint>> byRoute) => _byRoute = byRoute;

    public static RouteGeometry Default => s_default.Value;

    /// <summary>The route's waypoints in order; empty when the data gives none.</summary>
    public IReadOnlyList<Waypoint> Of(string routeId) => _byRoute.TryGetValue(routeId, out var list) ? list : [];

    /// <summary>Reads the table; every row must name a known route, number its points 1, 2, 3… and give coordinates on the globe.</summary>
    public static RouteGeometry Load(TsvTable table, IReadOnlyList<TransportRoute> routes)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(routes);
        var known = routes.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        int route = table.ColumnIndex("route"), seq = table.ColumnIndex("seq"), place = table.ColumnIndex("place"),
            lat = table.ColumnIndex("lat"), lon = table.ColumnIndex("lon"), source = table.ColumnIndex("source_url");
        var errors = new List<DataFileError>();
        var byRoute = new Dictionary<string, List<Waypoint>>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var id = row[route];
            if (!known.Contains(id))
            {
                errors.Add(new DataFileError(table.Name, row.Line, $"unknown route '{id}' (routes.tsv has no such id)"));
                continue;
            }

            if (!byRoute.TryGetValue(id, out var list))
            {
                byRoute[id] = list = [];
            }

            if (!int.TryParse(row[seq], NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n != list.Count + 1)
            {
                errors.Add(new DataFileError(table.Name, row.Line, $"route '{id}': seq '{row[seq]}' should be {list.Count + 1}"));
                continue;
            }

            if (!double.TryParse(row[lat], NumberStyles.Float, CultureInfo.InvariantCulture, out var la) || la is < -90 or > 90
                || !double.TryParse(row[lon], NumberStyles.Float, CultureInfo.InvariantCulture, out var lo) || lo is < -180 or > 180)
            {
                errors.Add(new DataFileError(table.Name, row.Line, $"route '{id}': '{row[lat]}', '{row[lon]}' is not a latitude and longitude in degrees"));
                continue;
            }

            if (!row[source].StartsWith("https://", StringComparison.Ordinal))
            {
                errors.Add(new DataFileError(table.Name, row.Line, $"route '{id}': a waypoint needs an https source URL"));
                continue;
            }

            list.Add(new Waypoint(row[place], la, lo, row[source]));
        }

        return errors.Count > 0
            ? throw new DataFileException(errors)
            : new RouteGeometry(byRoute.ToDictionary(p => p.Key, p => (IReadOnlyList<Waypoint>)p.Value, StringComparer.Ordinal));
    }
}
