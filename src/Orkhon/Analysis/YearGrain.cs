using Orkhon.Analysis.Frameworks;
using Orkhon.Domain;

namespace Orkhon.Analysis;

/// <summary>
/// Whether a request can be answered from the store's dyad-year counts: every boundary it draws in time falls
/// on a year's edge. Then an event dated to a day, a month or a year inside one year falls on the same side of
/// each boundary as its year does, so counting it in its year changes no number (docs/storage.md, "Dyad-year counts").
/// </summary>
public static class YearGrain
{
    /// <summary>A period from 1 January to 31 December of its years (a year, a window such as 2011..2017; not a quarter).</summary>
    public static bool Fits(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return IsFirstDay(period.Start) && IsLastDay(period.End);
    }

    /// <summary>
    /// The date filter's first day is a 1 January, its last a 31 December (or they are absent), and every pillar
    /// of <paramref name="framework"/> starts on a 1 January and ends on a 31 December (or is open): a partner
    /// then changes pillar only between years.
    /// </summary>
    public static bool Fits(FuzzyDate? from, FuzzyDate? to, PolicyFramework framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        return (from is null || IsFirstDay(from.Value.Earliest))
            && (to is null || IsLastDay(to.Value.Latest))
            && framework.Pillars.All(p => (p.ValidFrom is null || IsFirstDay(p.ValidFrom.Value)) && (p.ValidTo is null || IsLastDay(p.ValidTo.Value)));
    }

    private static bool IsFirstDay(DateOnly day) => day is { Month: 1, Day: 1 };

    private static bool IsLastDay(DateOnly day) => day is { Month: 12, Day: 31 };
}
