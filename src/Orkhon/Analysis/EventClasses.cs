using Orkhon.Domain;

namespace Orkhon.Analysis;

/// <summary>The one definition of each <see cref="EventClass"/>, and its name.</summary>
public static class EventClasses
{
    public static IReadOnlyList<EventClass> All { get; } = Enum.GetValues<EventClass>();

    public static string Name(EventClass c) => c switch
    {
        EventClass.Visit => "visit",
        EventClass.Agreement => "agreement",
        _ => "conflict",
    };

    public static bool TryParse(string? text, out EventClass result)
    {
        foreach (var c in All)
        {
            if (string.Equals(Name(c), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                result = c;
                return true;
            }
        }

        result = default;
        return false;
    }

    /// <summary>CAMEO 042 (make a visit) or 043 (host a visit), and their subcodes.</summary>
    public static bool IsVisit(CameoCode code) => code.IsIn(CameoCode.MakeVisit) || code.IsIn(CameoCode.HostVisit);

    /// <summary>True when <paramref name="e"/> is of class <paramref name="c"/>.</summary>
    public static bool Matches(Event e, EventClass c)
    {
        ArgumentNullException.ThrowIfNull(e);
        return c switch
        {
            EventClass.Visit => IsVisit(e.Cameo),
            EventClass.Agreement => SignificanceWeights.Classify(e) == SignificanceClass.Agreement,
            _ => e.Cameo.QuadClass is QuadClass.VerbalConflict or QuadClass.MaterialConflict,
        };
    }
}
