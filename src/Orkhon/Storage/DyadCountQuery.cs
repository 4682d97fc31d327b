using Orkhon.Domain;

namespace Orkhon.Storage;

/// <summary>
/// Which dyad-day counts to read: those of <see cref="Actor"/> on either side, with <see cref="Partner"/>
/// on the other when given, in the date range by overlap. The same selection as an <see cref="EventQuery"/>
/// with the same actor, partner, from and to, so counts and listings cannot disagree.
/// </summary>
public sealed record DyadCountQuery
{
    public DyadCountQuery(string actor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        Actor = actor;
    }

    public string Actor { get; }

    public string? Partner { get; init; }

    /// <summary>Only dated events whose last possible day is on or after this date's first.</summary>
    public FuzzyDate? From { get; init; }

    /// <summary>Only dated events whose first possible day is on or before this date's last.</summary>
    public FuzzyDate? To { get; init; }
}
