using System.Net;

namespace Orkhon.Reading;

/// <summary>
/// Reads HTML as flat text in one forward pass, for the pages <see cref="HtmlTextExtractor"/> will not
/// build a tree of: tags are dropped, entities decoded, block elements still break paragraphs, and the
/// title, canonical link and date meta tags are still read. It drops what is never article text: scripts,
/// styles and the other raw-text elements, comments, and template, SVG and MathML content. Every character
/// is looked at a bounded number of times and nothing recurses, so it is linear in time and memory
/// whatever the nesting.
/// </summary>
/// <remarks>
/// Two readings. <see cref="Read(string)"/>, for hostile pages (nested past the limit, or too costly to parse),
/// keeps every word, navigation included: such a page's tags cannot be trusted to say where furniture
/// ends. <see cref="ReadArticle"/>, for large pages (<see cref="ReadOptions.MaxHtmlTreeChars"/>), reads
/// them as the tree reading does without the tree's memory: only the first <c>&lt;article&gt;</c>, else
/// the first <c>&lt;main&gt;</c>, else the whole body, with furniture dropped by tag, class and role as
/// it goes (<see cref="FurnitureSkip"/>).
/// </remarks>
internal static class HtmlFlatText
{
    // Their content is never markup: the tokenizer reads it as raw text up to the matching end tag.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_rawTextElements =
        new HashSet<string>(["script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "textarea", "title"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // The page's frame: never furniture, whatever their class (the tree reading starts below them).
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_pageElements =
        new HashSet<string>(["html", "head", "body"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Subtrees that are never article text; skipped by counting the same name's opening and closing tags.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_skippedElements =
        new HashSet<string>(["template", "svg", "math"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Reads every word of the page (see the remarks).</summary>
    public static HtmlArticle Read(string html) => ReadPage(html, article: false);

    /// <summary>Reads the page's article, without its furniture (see the remarks).</summary>
    public static HtmlArticle ReadArticle(string html) => ReadPage(html, article: true);

    private static HtmlArticle ReadPage(string html, bool article)
    {
        var text = new ArticleText();
        var page = new PageMetadata();
        var skipped = new SkippedSubtree();
        // The element the article is read from; null reads the whole page, as the body.
        var place = new ArticlePlace(article ? FindRoot(html) : null);
        var i = 0;
        while (i < html.Length)
        {
            var reading = !skipped.Active && place.Reading;
            var lt = html.IndexOf('<', i);
            if (lt < 0)
            {
                lt = html.Length;
            }

            if (reading && lt > i)
            {
                AppendDecoded(html.AsSpan(i, lt - i), text);
            }

            if (lt == html.Length)
            {
                break;
            }

            var tag = MarkupTag.Scan(html, lt, wantAttributes: !skipped.Active, everyTag: article);
            i = tag.End;
            if (tag.Kind == MarkupTagKind.Text)
            {
                if (reading)
                {
                    text.Append("<");
                }

                continue;
            }

            var name = html.AsSpan(tag.NameStart, tag.NameLength);
            if (tag.Kind is MarkupTagKind.Comment || skipped.Takes(tag, name))
            {
                continue;
            }

            // Outside the article or inside furniture a tag breaks no paragraph, but its metadata and raw text still count.
            var read = !article || place.Place(tag, name);
            if (read && HtmlTextExtractor.IsBlock(name))
            {
                text.Break();
            }

            if (tag.Kind == MarkupTagKind.Start)
            {
                i = ReadStartTag(html, tag, page, place.Reading ? text : null);
            }
        }

        return page.ToArticle(text.Finish(), flattened: !article);
    }

    /// <summary>
    /// Reads what a start tag carries: its metadata, and the raw text after it up to its end tag (a title's is the
    /// page's title, the others' is never text). Returns where the markup resumes: the end of the page after
    /// <c>&lt;plaintext&gt;</c>, whose rest is all text, appended to <paramref name="readInto"/> when it is read.
    /// </summary>
    private static int ReadStartTag(string html, MarkupTag tag, PageMetadata page, ArticleText? readInto)
    {
        var i = tag.End;
        var name = html.AsSpan(tag.NameStart, tag.NameLength);
        if (tag.Attributes is { } attributes)
        {
            page.See(name, key => FirstValue(attributes, key));
        }

        if (s_rawTextElements.TryGetValue(name, out var raw))
        {
            var close = html.AsSpan(i).IndexOf("</" + raw, StringComparison.OrdinalIgnoreCase);
            var contentEnd = close < 0 ? html.Length : i + close;
            if (raw == "title")
            {
                page.SeeTitle(WebUtility.HtmlDecode(html[i..contentEnd]));
            }

            return contentEnd;
        }

        if (name.Equals("plaintext", StringComparison.OrdinalIgnoreCase))
        {
            // Everything after <plaintext> is text, tags included; there is no way out of it.
            readInto?.Append(html.AsSpan(i));
            return html.Length;
        }

        return i;
    }

    /// <summary>A subtree that is never article text (<see cref="s_skippedElements"/>), skipped by counting its name's opening and closing tags.</summary>
    private struct SkippedSubtree
    {
        private string? _name;
        private int _depth;

        public readonly bool Active => _name is not null;

        /// <summary>True when the tag is skipped: inside the subtree, or the subtree's own start.</summary>
        public bool Takes(MarkupTag tag, ReadOnlySpan<char> name)
        {
            if (_name is not null)
            {
                if (name.Equals(_name, StringComparison.OrdinalIgnoreCase) && !tag.SelfClosing)
                {
                    _depth += tag.Kind == MarkupTagKind.Start ? 1 : -1;
                    if (_depth == 0)
                    {
                        _name = null;
                    }
                }

                return true;
            }

            if (tag.Kind == MarkupTagKind.Start && s_skippedElements.TryGetValue(name, out var skipped))
            {
                if (!tag.SelfClosing)
                {
                    (_name, _depth) = (skipped, 1);
                }

                return true;
            }

            return false;
        }
    }

    /// <summary>Where the reading stands against the article's root and the furniture in it.</summary>
    private struct ArticlePlace(string? root)
    {
        private bool _inRoot = root is null;
        private bool _rootDone;
        private int _rootDepth;
        private FurnitureSkip _furniture;

        /// <summary>True inside the root and outside furniture: text here is the article's.</summary>
        public readonly bool Reading => _inRoot && !_furniture.Active;

        /// <summary>
        /// Places one tag against the article's root and the furniture in it; true when it is read (its block
        /// breaks the paragraph). The root's own start and end tag are not read, and its own class does not
        /// make it furniture, as in the tree reading, which takes the root's children.
        /// </summary>
        public bool Place(MarkupTag tag, ReadOnlySpan<char> name)
        {
            var start = tag.Kind == MarkupTagKind.Start;
            if (root is not null && name.Equals(root, StringComparison.OrdinalIgnoreCase))
            {
                if (!_inRoot)
                {
                    if (start && !_rootDone)
                    {
                        (_inRoot, _rootDepth) = (true, 1);
                    }

                    return false;
                }

                _rootDepth += start ? 1 : -1;
                if (_rootDepth == 0)
                {
                    (_inRoot, _rootDone, _furniture) = (false, true, default);
                    return false;
                }
            }

            if (!_inRoot || (_furniture.Active && _furniture.Follow(tag.Kind, name) == FurnitureTag.Inside))
            {
                return false;
            }

            if (start && !s_pageElements.Contains(name) && IsFurniture(name, tag.Attributes))
            {
                _furniture.Start(name);
                return false;
            }

            return true;
        }
    }

    /// <summary>
    /// The element the tree reading takes the article from: "article" when the page has one, else "main" when it
    /// has one, else null (the body). One pass over the tags, skipping what the main pass skips.
    /// </summary>
    private static string? FindRoot(string html)
    {
        var sawMain = false;
        string? skipping = null;
        var skipDepth = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            var tag = MarkupTag.Scan(html, i, wantAttributes: false);
            i = tag.End;
            if (tag.Kind is MarkupTagKind.Text or MarkupTagKind.Comment)
            {
                continue;
            }

            var name = html.AsSpan(tag.NameStart, tag.NameLength);
            if (skipping is not null)
            {
                if (name.Equals(skipping, StringComparison.OrdinalIgnoreCase) && !tag.SelfClosing)
                {
                    skipDepth += tag.Kind == MarkupTagKind.Start ? 1 : -1;
                    skipping = skipDepth == 0 ? null : skipping;
                }

                continue;
            }

            if (tag.Kind != MarkupTagKind.Start)
            {
                continue;
            }

            if (s_skippedElements.TryGetValue(name, out var skipped))
            {
                (skipping, skipDepth) = tag.SelfClosing ? (null, 0) : (skipped, 1);
            }
            else if (name.Equals("article", StringComparison.OrdinalIgnoreCase))
            {
                return "article";
            }
            else if (name.Equals("main", StringComparison.OrdinalIgnoreCase))
            {
                sawMain = true;
            }
            else if (s_rawTextElements.TryGetValue(name, out var raw))
            {
                var close = html.AsSpan(i).IndexOf("</" + raw, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : i + close;
            }
            else if (name.Equals("plaintext", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }
        }

        return sawMain ? "main" : null;
    }

    private static bool IsFurniture(ReadOnlySpan<char> name, IReadOnlyList<KeyValuePair<string, string>>? attributes) =>
        attributes is null ? HtmlFurniture.Is(name, static _ => null) : HtmlFurniture.Is(name, key => FirstValue(attributes, key));

    // As in the tokenizer, a repeated attribute is ignored: the first one counts.
    private static string? FirstValue(IReadOnlyList<KeyValuePair<string, string>> attributes, string key)
    {
        foreach (var (name, value) in attributes)
        {
            if (name == key)
            {
                return value;
            }
        }

        return null;
    }

    private static void AppendDecoded(ReadOnlySpan<char> data, ArticleText text)
    {
        if (data.Contains('&'))
        {
            text.Append(WebUtility.HtmlDecode(data.ToString()));
        }
        else
        {
            text.Append(data);
        }
    }
}
