using System.Globalization;
using System.Text;

namespace Orkhon.Reading;

/// <summary>
/// Makes text from outside (file names above all) safe to print on a terminal. A Linux file name may hold
/// any byte but '/' and NUL, so a name can carry escape sequences that recolour or rewrite the screen, a
/// carriage return or newline that forges a line of output, or bidi overrides that show a name backwards.
/// Such characters are shown escaped (<c>\x1B</c>, <c>\n</c>, <c>\u202E</c>); all other text, any script
/// included, is kept. The result is for reading, not for parsing back: a backslash already in the name
/// is left as it is. Machine output (JSON) keeps the raw string, which its own escaping makes safe.
/// </summary>
public static class TerminalText
{
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = IndexOfUnsafe(text);
        if (first < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        sb.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (!IsUnsafe(c))
            {
                sb.Append(c);
                continue;
            }

            switch (c)
            {
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case < '\u0080': sb.Append("\\x").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture)); break;
                default: sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)); break;
            }
        }

        return sb.ToString();
    }

    private static int IndexOfUnsafe(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsUnsafe(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// C0 and C1 controls and DEL (terminal control: ESC, CSI, CR, LF, BEL…), the Unicode line and
    /// paragraph separators, and the bidirectional marks, embeddings, overrides and isolates.
    /// </summary>
    private static bool IsUnsafe(char c) => c switch
    {
        < '\u0020' or (>= '\u007F' and <= '\u009F') => true,
        '\u061C' or '\u200E' or '\u200F' or '\u2028' or '\u2029' => true,
        >= '\u202A' and <= '\u202E' => true,
        >= '\u2066' and <= '\u2069' => true,
        _ => false,
    };
}
