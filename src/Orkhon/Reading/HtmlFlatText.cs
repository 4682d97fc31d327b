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
        string? skipping = null;
        var skipDepth = 0;
        // The element the article is read from; null reads the whole page, as the body.
        var root = article ? FindRoot(html) : null;
        var inRoot = root is null;
        var rootDone = false;
        var rootDepth = 0;
        var furniture = new FurnitureSkip();
        var i = 0;
        while (i < html.Length)
        {
            var reading = skipping is null && inRoot && !furniture.Active;
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

            var tag = MarkupTag.Scan(html, lt, wantAttributes: skipping is null, everyTag: article);
            i = tag.End;
            if (tag.Kind == MarkupTagKind.Text)
            {
                if (reading)
                {
                    text.Append("<");
                }

                continue;
            }

            if (tag.Kind is MarkupTagKind.Comment)
            {
                continue;
            }

            var name = html.AsSpan(tag.NameStart, tag.NameLength);
            if (skipping is not null)
            {
                if (name.Equals(skipping, StringComparison.OrdinalIgnoreCase) && !tag.SelfClosing)
                {
                    skipDepth += tag.Kind == MarkupTagKind.Start ? 1 : -1;
                    if (skipDepth == 0)
                    {
                        skipping = null;
                    }
                }

                continue;
            }

            if (tag.Kind == MarkupTagKind.Start && s_skippedElements.TryGetValue(name, out var skipped))
            {
                if (!tag.SelfClosing)
                {
                    skipping = skipped;
                    skipDepth = 1;
                }

                continue;
            }

            // Outside the article or inside furniture a tag breaks no paragraph, but its metadata and raw text still count.
            var read = !article || Place(tag, name, root, ref inRoot, ref rootDone, ref rootDepth, ref furniture);
            if (read && HtmlTextExtractor.IsBlock(name))
            {
                text.Break();
            }

            if (tag.Kind != MarkupTagKind.Start)
            {
                continue;
            }

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

                i = contentEnd;
            }
            else if (name.Equals("plaintext", StringComparison.OrdinalIgnoreCase))
            {
                // Everything after <plaintext> is text, tags included; there is no way out of it.
                if (skipping is null && inRoot && !furniture.Active)
                {
                    text.Append(html.AsSpan(i));
                }

                break;
            }
        }

        return page.ToArticle(text.Finish(), flattened: !article);
    }

    /// <summary>
    /// Places one tag against the article's root and the furniture in it; true when it is read (its block
    /// breaks the paragraph). The root's own start and end tag are not read, and its own class does not
    /// make it furniture, as in the tree reading, which takes the root's children.
    /// </summary>
    private static bool Place(MarkupTag tag, ReadOnlySpan<char> name, string? root, ref bool inRoot, ref bool rootDone, ref int rootDepth,
        ref FurnitureSkip furniture)
    {
        var start = tag.Kind == MarkupTagKind.Start;
        if (root is not null && name.Equals(root, StringComparison.OrdinalIgnoreCase))
        {
            if (!inRoot)
            {
                if (start && !rootDone)
                {
                    (inRoot, rootDepth) = (true, 1);
                }

                return false;
            }

            rootDepth += start ? 1 : -1;
            if (rootDepth == 0)
            {
                (inRoot, rootDone, furniture) = (false, true, default);
                return false;
            }
        }

        if (!inRoot || (furniture.Active && furniture.Follow(tag.Kind, name) == FurnitureTag.Inside))
        {
            return false;
        }

        if (start && !s_pageElements.Contains(name) && IsFurniture(name, tag.Attributes))
        {
            furniture.Start(name);
            return false;
        }

        return true;
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
