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
        if (TryScanNonTag(html, lt, out var nonTag))
        {
            return nonTag;
        }

        var isEnd = html[lt + 1] == '/';
        var nameStart = isEnd ? lt + 2 : lt + 1;
        var p = nameStart;
        while (p < html.Length && !IsSpace(html[p]) && html[p] is not ('/' or '>'))
        {
            p++;
        }

        var name = new TagName(isEnd ? MarkupTagKind.End : MarkupTagKind.Start, nameStart, p - nameStart);
        var collect = wantAttributes && !isEnd && (everyTag || s_tagsWithMetadata.Contains(html.AsSpan(nameStart, name.Length)));
        return ScanToTagEnd(html, p, name, collect);
    }

    // What '<' opens when it opens no tag with a name: nothing (it is text), a comment, or a doctype, CDATA
    // section, processing instruction or "</ …>" (skipped up to the next '>'); false at a tag name.
    private static bool TryScanNonTag(string html, int lt, out MarkupTag tag)
    {
        var n = html.Length;
        var p = lt + 1;
        if (p >= n)
        {
            tag = new MarkupTag(MarkupTagKind.Text, p);
            return true;
        }

        var c = html[p];
        if (c == '!' && html.AsSpan(p).StartsWith("!--", StringComparison.Ordinal))
        {
            var close = html.IndexOf("-->", p + 3, StringComparison.Ordinal);
            tag = new MarkupTag(MarkupTagKind.Comment, close < 0 ? n : close + 3);
            return true;
        }

        var isEnd = c == '/';
        if (isEnd)
        {
            p++;
        }

        if (c is '!' or '?' || (isEnd && (p >= n || !char.IsAsciiLetter(html[p]))))
        {
            var gt = html.IndexOf('>', p);
            tag = new MarkupTag(MarkupTagKind.Comment, gt < 0 ? n : gt + 1);
            return true;
        }

        tag = new MarkupTag(MarkupTagKind.Text, lt + 1);
        return !char.IsAsciiLetter(html[p]);
    }

    // Reads the attributes after the tag's name at p up to its '>' (or "/>"), keeping them when collect; the list
    // is made at the first attribute kept, since most tags have none.
    private static MarkupTag ScanToTagEnd(string html, int p, TagName name, bool collect)
    {
        var n = html.Length;
        List<KeyValuePair<string, string>>? attributes = null;
        while (p < n)
        {
            var c = html[p];
            if (c == '>')
            {
                return new MarkupTag(name.Kind, p + 1, name.Start, name.Length, SelfClosing: false, attributes);
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
                    return new MarkupTag(name.Kind, p + 1, name.Start, name.Length, SelfClosing: true, attributes);
                }

                continue;
            }

            var attribute = ScanAttribute(html, ref p);
            if (collect)
            {
                (attributes ??= []).Add(new(html[attribute.Name].ToLowerInvariant(), System.Net.WebUtility.HtmlDecode(html[attribute.Value])));
            }
        }

        // A tag still open at the end of the input: the tokenizer drops it, and so does the reader.
        return new MarkupTag(MarkupTagKind.Comment, n);
    }

    // One attribute at p: its name (which may start with '='), then an optional value, quoted or not; p moves past it.
    private static (Range Name, Range Value) ScanAttribute(string html, ref int p)
    {
        var n = html.Length;
        var nameStart = p++;
        while (p < n && !IsSpace(html[p]) && html[p] is not ('/' or '>' or '='))
        {
            p++;
        }

        var nameEnd = p;
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

        return (nameStart..nameEnd, valueStart..valueEnd);
    }

    // The tag's kind and where its name lies in the page.
    private readonly record struct TagName(MarkupTagKind Kind, int Start, int Length);

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
