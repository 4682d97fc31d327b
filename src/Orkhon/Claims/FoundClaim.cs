using Orkhon.Domain;

namespace Orkhon.Claims;

/// <summary>
/// A claim as a sentence states it, before it is compared with the record: the rule that found it, the
/// parties, the date the sentence gives, and for a first visit the visit it speaks of.
/// </summary>
/// <param name="Start">Where the claim's words start in the document (the subject, or the phrase).</param>
/// <param name="End">Where they end (the object, or the phrase).</param>
/// <param name="Subject">The country the claim is about (the visitor, for a visit), or null when the sentence names none.</param>
/// <param name="Object">The organisation, the other party, or the host; null when the sentence names none.</param>
/// <param name="Date">The date the sentence gives for the claim, if any ("since 2004" is an open span).</param>
/// <param name="Reference">The day a claim without a date speaks of: the document's date, else the day of checking.</param>
/// <param name="VisitKinds">For a first visit: the knowledge-base visit kinds of the same level.</param>
/// <param name="Since">For a first visit since a year ("the first since 2008", "the first in 16 years"): that year.</param>
public sealed record FoundClaim(
    ClaimRule Rule,
    int SentenceStart,
    int SentenceEnd,
    int Start,
    int End,
    string? Subject,
    string? Object,
    bool Negated,
    FuzzyDate? Date,
    DateOnly Reference,
    IReadOnlyList<EventKind> VisitKinds,
    int? Since)
{
    public ClaimKind Kind => Rule.Kind;
}
