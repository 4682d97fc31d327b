namespace Orkhon.Domain;

/// <summary>
/// One CAMEO event code with what the product needs to know about it: its name, its root (the
/// two-digit family), quad class, Goldstein conflict–cooperation value (GDELT's scale) and the
/// PLOVER event type it converts to (null for CAMEO 01, which PLOVER drops).
/// </summary>
/// <exception cref="FormatException"><paramref name="Code"/> is not a CAMEO code.</exception>
public sealed record EventType(string Code, string Name, double Goldstein, string? PloverType)
{
    private readonly CameoCode _code = CameoCode.Parse(Code);

    /// <summary>The code, validated when the type was made.</summary>
    public string Code
    {
        get => _code.Value;
        init => _code = CameoCode.Parse(value);
    }

    /// <summary><see cref="Code"/> as a <see cref="CameoCode"/>.</summary>
    public CameoCode CameoCode => _code;

    /// <summary>The two-digit root code, e.g. <c>04</c> for <c>042</c>.</summary>
    public string Root => _code.Root.Value;

    public int RootNumber => _code.RootNumber;

    public QuadClass QuadClass => _code.QuadClass;

    /// <summary>1 for roots, 2 for three-digit codes, 3 for four-digit codes.</summary>
    public int Level => _code.Level;
}
