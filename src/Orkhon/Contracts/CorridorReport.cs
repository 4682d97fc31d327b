using Orkhon.Analysis.Corridors;

namespace Orkhon.Contracts;

/// <summary>
/// <c>corridors</c>: a state's land neighbours, how much of the network stays reachable with each closed,
/// the known routes; with a destination, the fewest-crossing path, the unavoidable transit states and the
/// alternatives avoiding each. The destination fields are null when no destination was asked for, and
/// <c>shortest_path</c> is null when none exists.
/// </summary>
public sealed record CorridorReport(
    string From,
    IReadOnlyList<string> LandNeighbours,
    string? To,
    bool? Reachable,
    IReadOnlyList<string>? ShortestPath,
    IReadOnlyList<string>? UnavoidableTransit,
    IReadOnlyList<AlternativePath>? Alternatives,
    IReadOnlyList<Reachability> Reachability,
    IReadOnlyList<CorridorRoute> Routes);

/// <summary>The fewest-crossing path that avoids one transit state, or null when every path crosses it.</summary>
public sealed record AlternativePath(string Avoiding, IReadOnlyList<string>? Path);

/// <summary>States reachable overland before and after <c>closed</c> shuts its borders.</summary>
public sealed record Reachability(string Closed, int Reachable, int StillReachable, double Share);

/// <summary>A known transport corridor (data/corridors), with the places it runs through on the ground (empty when the data has none).</summary>
public sealed record CorridorRoute(string Id, string Name, string Kind, IReadOnlyList<string> Path, string Status, string? Since, string SourceUrl, string? Note,
    IReadOnlyList<RouteWaypoint>? Waypoints = null)
{
    public static CorridorRoute From(TransportRoute r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new CorridorRoute(r.Id, r.Name, r.Kind, r.Path, r.Status, r.Since, r.SourceUrl, r.Note,
            [.. RouteGeometry.Default.Of(r.Id).Select(w => new RouteWaypoint(w.Place, w.Latitude, w.Longitude, w.SourceUrl))]);
    }
}

/// <summary>One place on a route: name, latitude and longitude in degrees, and the page the coordinates come from.</summary>
public sealed record RouteWaypoint(string Place, double Lat, double Lon, string SourceUrl);
