namespace Orkhon.Analysis;

/// <summary>How engagements are grouped in time.</summary>
public enum Granularity
{
    Year,
    Quarter,

    /// <summary>Custom windows given by the user.</summary>
    Window,
}
