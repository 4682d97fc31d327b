namespace Orkhon.Domain;

/// <summary>
/// An entity that takes part in events: a state by its ISO 3166-1 alpha-3 code, an international
/// organisation by its short code, or a collective such as <c>WST</c>. Names and aliases live in the
/// reference tables; this is the identity the rest of the product speaks in.
/// </summary>
public sealed record Actor(string Code, ActorKind Kind, string Name)
{
    /// <summary>Actor codes are upper-case ASCII letters and digits, 2 to 10 characters long.</summary>
    public static bool IsValidCode(string? code)
    {
        if (code is null || code.Length is < 2 or > 10)
        {
            return false;
        }

        foreach (var c in code)
        {
            if (c is not ((>= 'A' and <= 'Z') or (>= '0' and <= '9')))
            {
                return false;
            }
        }

        return true;
    }
}
