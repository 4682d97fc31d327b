using Orkhon.Domain;
using Orkhon.Knowledge;

namespace Orkhon.Exchange;

/// <summary>
/// ICEWS stores CAMEO codes as numbers, so <c>042</c> is written <c>42</c> and <c>0211</c> <c>211</c>. ICEWS
/// has no two-digit root codes: a root is its "not specified" code (<c>040</c>, written <c>40</c>), which
/// is how Orkhon writes its own two-digit roots.
/// </summary>
public static class IcewsCameoCode
{
    /// <summary>The code with its leading zero restored, when the result is in the catalogue.</summary>
    public static bool TryRestore(string text, CameoCatalog catalog, out CameoCode code)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        code = default;
        text = text.Trim();
        if (text.Length is < 1 or > 4 || !text.All(char.IsAsciiDigit))
        {
            return false;
        }

        // As written first (100, 1711), then with the zero the number lost (42 → 042, 211 → 0211).
        foreach (var candidate in (string[])[text.Length >= 3 ? text : "", "0" + text])
        {
            if (CameoCode.TryParse(candidate, out var c) && catalog.Contains(c))
            {
                code = c;
                return true;
            }
        }

        return false;
    }

    /// <summary>The number ICEWS writes: the leading zero dropped, a two-digit root as its "not specified" code.</summary>
    public static string Write(CameoCode code)
    {
        var text = code.Level == 1 ? code.Value + "0" : code.Value;
        return text[0] == '0' ? text[1..] : text;
    }
}
