using Orkhon.Domain;

namespace Orkhon.Storage;

/// <summary>
/// A filter over stored events. <see cref="Actor"/> matches either side; with <see cref="Partner"/> the
/// other side must be the partner. Dates match by overlap: an event dated "2023" is in <c>--from 2023-06</c>.
/// <see cref="Source"/> and <see cref="Target"/> fix a direction ("who visited Mongolia": target MNG) and
/// combine with the others. <see cref="CodePrefix"/> matches CAMEO codes by prefix, so <c>04</c> selects all consultations.
/// <see cref="Origin"/> <c>Extracted</c> selects every event a stored document supports, curated ones
/// confirmed by an article included.
/// </summary>
public sealed record EventQuery
{
    public string? Actor { get; init; }

    public string? Partner { get; init; }

    /// <summary>Only events whose source (the actor who did it) is this one.</summary>
    public string? Source { get; init; }

    /// <summary>Only events whose target (the actor it was done to) is this one.</summary>
    public string? Target { get; init; }

    public FuzzyDate? From { get; init; }

    public FuzzyDate? To { get; init; }

    public string? CodePrefix { get; init; }

    public EventOrigin? Origin { get; init; }

    public int? Limit { get; init; }

    public int Offset { get; init; }

    /// <summary>Newest first instead of oldest first.</summary>
    public bool Descending { get; init; }

    /// <summary>Load each event's evidences (the default); off when only the events themselves matter, as in merging.</summary>
    public bool WithEvidences { get; init; } = true;
}
