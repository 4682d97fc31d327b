using Orkhon.Domain;

namespace Orkhon.Extraction.Time;

/// <summary>
/// A time phrase found in a sentence, with its character span in the document and what it denotes.
/// <see cref="Values"/> has several dates for lists read with "respectively" ("in 2010 and 2011, respectively").
/// </summary>
public sealed record TemporalExpression(int Start, int End, IReadOnlyList<FuzzyDate> Values, bool Respectively)
{
    public FuzzyDate Value => Values[0];
}
