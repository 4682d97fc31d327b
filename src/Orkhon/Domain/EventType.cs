namespace Orkhon.Domain;

/// <summary>
/// One CAMEO event code with what the product needs to know about it: its name, its root (the
/// two-digit family), quad class, Goldstein conflict–cooperation value (GDELT's scale) and the
/// PLOVER event type it converts to (null for CAMEO 01, which PLOVER drops).
/// </summary>
public sealed record EventType(string Code, string Name, double Goldstein, string? PloverType)
{
    /// <summary>The two-digit root code, e.g. <c>04</c> for <c>042</c>.</summary>
    public string Root => Code[..2];

    public int RootNumber => ((Code[0] - '0') * 10) + (Code[1] - '0');

    public QuadClass QuadClass => RootNumber switch
    {
        <= 5 => QuadClass.VerbalCooperation,
        <= 8 => QuadClass.MaterialCooperation,
        <= 13 => QuadClass.VerbalConflict,
        _ => QuadClass.MaterialConflict,
    };

    /// <summary>1 for roots, 2 for three-digit codes, 3 for four-digit codes.</summary>
    public int Level => Code.Length - 1;
}
