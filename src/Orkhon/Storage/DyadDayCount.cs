using Orkhon.Domain;

namespace Orkhon.Storage;

/// <summary>
/// How many stored events share one source, target, date, CAMEO code, kind and pair of roles: every
/// attribute an analysis reads from an event, and nothing else. A row stands for <see cref="Events"/>
/// events that no analysis can tell apart, so it weighs that many.
/// </summary>
/// <param name="Date">The events' date at its own precision (a month-dated event is counted in its month, not on a day); null when undated.</param>
/// <param name="Events">How many events, at least 1.</param>
public readonly record struct DyadDayCount(
    string Source,
    string Target,
    FuzzyDate? Date,
    CameoCode Cameo,
    EventKind? Kind,
    ActorRole? SourceRole,
    ActorRole? TargetRole,
    int Events);
