namespace Orkhon.Domain;

/// <summary>How precisely a <see cref="FuzzyDate"/> is known.</summary>
public enum DatePrecision
{
    Day,
    Month,
    Year,

    /// <summary>A range between two dates ("early 1990s", "2010/2011") or an open range ("since 2023").</summary>
    Span,
}
