namespace Orkhon.Text;

/// <summary>
/// Folds typographic variants to their plain forms — curly quotes and apostrophes, the dash family,
/// non-breaking and other Unicode spaces, the ellipsis character — one character for one, so that every
/// offset into the normalised text is also an offset into the original. A lone surrogate (possible in a
/// JSON string, never in decoded UTF-8) becomes U+FFFD, so later stages that normalise Unicode never
/// meet ill-formed text.
/// </summary>
public static class TextNormaliser
{
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var index = IndexOfSpecial(text);
        if (index < 0)
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            // Below U+00A0 only the backtick folds and no character is a surrogate: the text is copied whole, its backticks
            // replaced, and only the characters from U+00A0 up are visited one by one (vectorised searches between them; real
            // prose is nearly all ASCII, and a loop over every character was a pass as costly as sentence splitting).
            source.AsSpan().CopyTo(span);
            span.Replace('`', '\'');
            var i = source.AsSpan().IndexOfAnyInRange('\u00A0', '\uFFFF');
            while (i >= 0)
            {
                span[i] = IsLoneSurrogate(source, i) ? '\uFFFD' : Fold(source[i]);
                var next = source.AsSpan(i + 1).IndexOfAnyInRange('\u00A0', '\uFFFF');
                i = next < 0 ? -1 : i + 1 + next;
            }
        });
    }

    /// <summary>The text with every lone surrogate replaced by U+FFFD, one character for one (itself when it has none).</summary>
    public static string WithoutLoneSurrogates(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var i = 0;
        while (i < text.Length && !IsLoneSurrogate(text, i))
        {
            i++;
        }

        return i == text.Length ? text : string.Create(text.Length, text, static (span, source) =>
        {
            for (var j = 0; j < source.Length; j++)
            {
                span[j] = IsLoneSurrogate(source, j) ? '\uFFFD' : source[j];
            }
        });
    }

    /// <summary>Whether the character at <paramref name="i"/> is half of a surrogate pair with no other half.</summary>
    public static bool IsLoneSurrogate(ReadOnlySpan<char> text, int i) =>
        char.IsHighSurrogate(text[i]) ? i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])
        : char.IsLowSurrogate(text[i]) && (i == 0 || !char.IsHighSurrogate(text[i - 1]));

    /// <summary>The plain form of one character (itself when it has none).</summary>
    public static char Fold(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u02BC' or '`' or '\u00B4' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE58' or '\uFE63' or '\uFF0D' => '-',
        '\u00A0' or '\u2007' or '\u202F' or '\u2000' or '\u2001' or '\u2002' or '\u2003' or '\u2004' or '\u2005' or '\u2006' or '\u2008' or '\u2009' or '\u200A' or '\u3000' => ' ',
        '\u2026' => '.',
        '\u200B' or '\uFEFF' => ' ',
        _ => c,
    };

    private static int IndexOfSpecial(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= '\u00A0' || c == '`')
            {
                if (Fold(c) != c || IsLoneSurrogate(text, i))
                {
                    return i;
                }
            }
        }

        return -1;
    }
}
