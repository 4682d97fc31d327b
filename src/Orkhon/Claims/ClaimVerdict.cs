namespace Orkhon.Claims;

/// <summary>How a claim compares with the record.</summary>
public enum ClaimVerdict
{
    /// <summary>The record says the same.</summary>
    Consistent,

    /// <summary>The record says otherwise; the record that contradicts it is given with its source.</summary>
    Contradicted,

    /// <summary>The record does not know enough to say.</summary>
    Unknown,
}
