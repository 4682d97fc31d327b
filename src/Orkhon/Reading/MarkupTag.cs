namespace Orkhon.Reading;

internal enum MarkupTagKind
{
    /// <summary>A '&lt;' that opens no tag: it is text.</summary>
    Text,

    /// <summary>A comment, doctype, CDATA section or bogus comment: nothing to read.</summary>
    Comment,
    Start,
    End,
}

/// <summary>
/// One tag found by <see cref="HtmlFlatText"/>'s forward scan, following the HTML tokenizer's rules
/// closely enough for reading text: a tag name starts with an ASCII letter, quoted attribute values may
/// hold '&gt;', and a tag or comment left open at the end of the input swallows the rest. Each scan
/// moves strictly forward, so the whole page is scanned in linear time.
/// </summary>
internal readonly record struct MarkupTag(MarkupTagKind Kind, int End, int NameStart = 0, int NameLength = 0,
    bool SelfClosing = false, IReadOnlyList<KeyValuePair<string, string>>? Attributes = null)
{
    // Only these tags carry what the reader wants from attributes; the others' attributes are skipped unread.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_tagsWithMetadata =
        new HashSet<string>(["meta", "link", "time"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Scans the markup that starts with the '&lt;' at <paramref name="lt"/>. Attributes are read when
    /// <paramref name="wantAttributes"/>: of the tags that carry metadata, or of every start tag with
    /// <paramref name="everyTag"/> (to tell page furniture by its class and role).
    /// </summary>
    public static MarkupTag Scan(string html, int lt, bool wantAttributes, bool everyTag = false)
    {
        var n = html.Length;
        var p = lt + 1;
        if (p >= n)
        {
            return new MarkupTag(MarkupTagKind.Text, p);
        }

        var c = html[p];
        if (c == '!' && html.AsSpan(p).StartsWith("!--", StringComparison.Ordinal))
        {
            var close = html.IndexOf("-->", p + 3, StringComparison.Ordinal);
            return new MarkupTag(MarkupTagKind.Comment, close < 0 ? n : close + 3);
        }

        var isEnd = c == '/';
        if (isEnd)
        {
            p++;
        }

        if (c is '!' or '?' || (isEnd && (p >= n || !char.IsAsciiLetter(html[p]))))
        {
            // A doctype, CDATA section, processing instruction or "</ …>": skipped up to the next '>'.
            var gt = html.IndexOf('>', p);
            return new MarkupTag(MarkupTagKind.Comment, gt < 0 ? n : gt + 1);
        }

        if (!char.IsAsciiLetter(html[p]))
        {
            return new MarkupTag(MarkupTagKind.Text, lt + 1);
        }

        var nameStart = p;
        while (p < n && !IsSpace(html[p]) && html[p] is not ('/' or '>'))
        {
            p++;
        }

        var nameLength = p - nameStart;
        // Made at the first attribute read: most tags have none.
        var collect = wantAttributes && !isEnd && (everyTag || s_tagsWithMetadata.Contains(html.AsSpan(nameStart, nameLength)));
        List<KeyValuePair<string, string>>? attributes = null;
        var kind = isEnd ? MarkupTagKind.End : MarkupTagKind.Start;
        while (p < n)
        {
            c = html[p];
            if (c == '>')
            {
                return new MarkupTag(kind, p + 1, nameStart, nameLength, SelfClosing: false, attributes);
            }

            if (IsSpace(c))
            {
                p++;
                continue;
            }

            if (c == '/')
            {
                p++;
                if (p < n && html[p] == '>')
                {
                    return new MarkupTag(kind, p + 1, nameStart, nameLength, SelfClosing: true, attributes);
                }

                continue;
            }

            // An attribute: its name (which may start with '='), then an optional value.
            var attributeStart = p++;
            while (p < n && !IsSpace(html[p]) && html[p] is not ('/' or '>' or '='))
            {
                p++;
            }

            var attributeEnd = p;
            while (p < n && IsSpace(html[p]))
            {
                p++;
            }

            int valueStart = p, valueEnd = p;
            if (p < n && html[p] == '=')
            {
                p++;
                while (p < n && IsSpace(html[p]))
                {
                    p++;
                }

                if (p < n && html[p] is '"' or '\'')
                {
                    var close = html.IndexOf(html[p], p + 1);
                    valueStart = p + 1;
                    valueEnd = close < 0 ? n : close;
                    p = close < 0 ? n : close + 1;
                }
                else
                {
                    valueStart = p;
                    while (p < n && !IsSpace(html[p]) && html[p] != '>')
                    {
                        p++;
                    }

                    valueEnd = p;
                }
            }

            if (collect)
            {
                (attributes ??= []).Add(new(html[attributeStart..attributeEnd].ToLowerInvariant(), System.Net.WebUtility.HtmlDecode(html[valueStart..valueEnd])));
            }
        }

        // A tag still open at the end of the input: the tokenizer drops it, and so does the reader.
        return new MarkupTag(MarkupTagKind.Comment, n);
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
