using Orkhon.Domain;

namespace Orkhon.Storage;

/// <summary>
/// How many stored events share one source, target, year, CAMEO meaning, kind and pair of roles, with
/// their Goldstein values summed: the coarser grain of <see cref="DyadDayCount"/> that answers every
/// analysis whose boundaries fall on years (docs/storage.md, "Dyad-year counts").
/// </summary>
/// <param name="Date">The year of events dated to a day, month or year within it; a span as stored (a span may cross years); null when undated.</param>
/// <param name="Meaning">
/// A representative of the events' codes that every analysis treats as it treats each of them
/// (<see cref="DyadYearCountSql.MeaningOf"/>): 042 or 043 (visit made, hosted), 057 (an agreement or a
/// recognition), 04 (a consultation), else the first root of their quad class (01, 06, 09, 14).
/// </param>
/// <param name="Catalogued">Whether the events' codes are in the CAMEO catalogue (only those have a Goldstein value and count in tone's quad classes).</param>
/// <param name="Events">How many events, at least 1.</param>
/// <param name="GoldsteinTenths">The sum of the catalogued events' Goldstein values, in tenths (every value has one decimal, so the sum is exact).</param>
public readonly record struct DyadYearCount(
    string Source,
    string Target,
    FuzzyDate? Date,
    CameoCode Meaning,
    bool Catalogued,
    EventKind? Kind,
    ActorRole? SourceRole,
    ActorRole? TargetRole,
    int Events,
    long GoldsteinTenths);
