namespace Orkhon.Domain;

/// <summary>Stable lower-case names of <see cref="EventOrigin"/> used in the database, JSON, CSV and the API.</summary>
public static class EventOrigins
{
    public static string ToName(this EventOrigin origin) => origin switch
    {
        EventOrigin.Curated => "curated",
        EventOrigin.Extracted => "extracted",
        EventOrigin.Imported => "imported",
        _ => throw new ArgumentOutOfRangeException(nameof(origin)),
    };

    public static bool TryParse(string? name, out EventOrigin origin)
    {
        (var found, origin) = name switch
        {
            "curated" => (true, EventOrigin.Curated),
            "extracted" => (true, EventOrigin.Extracted),
            "imported" => (true, EventOrigin.Imported),
            _ => (false, default),
        };
        return found;
    }
}
