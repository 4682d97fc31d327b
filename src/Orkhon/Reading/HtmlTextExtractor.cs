using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Orkhon.Reading;

/// <summary>
/// Reads an HTML page as an article: its readable text without page furniture (navigation, share
/// buttons, photo credits, hashtag lists, scripts), and its metadata from the usual meta tags.
/// </summary>
/// <remarks>
/// Hostile pages cannot crash it or make it slow: the tree is walked with an explicit stack, and
/// <see cref="HtmlParseGuard"/> stops AngleSharp's parse as soon as the page nests deeper than
/// <see cref="MaxNestingDepth"/> or would cost the parser more than linear work, and a linear pre-check
/// (<see cref="HtmlParseGuard.HasCrowdedRawText"/>) catches the one superlinear case inside a single
/// token. Such a page is not refused: it is read as flat text by <see cref="HtmlFlatText"/>, so every
/// word in it is still there (a reader of a badly generated page wants its text, not an error), and the
/// result says <see cref="HtmlArticle.Flattened"/>.
/// </remarks>
public static class HtmlTextExtractor
{
    /// <summary>
    /// The deepest element nesting read as a tree; deeper pages are read as flat text. Chromium's HTML
    /// parser stops nesting at the same depth, and real article pages stay far below it (a few dozen).
    /// </summary>
    public const int MaxNestingDepth = 512;

    /// <summary>Attributes kept per element; the rest are dropped (AngleSharp's duplicate check is quadratic in them).</summary>
    public const int MaxAttributesPerElement = 128;

    /// <summary>
    /// The most '&lt;'s read inside one raw-text element (style, textarea, title…) before the page is
    /// read flat; real pages have next to none there.
    /// </summary>
    public const int MaxTagOpeningsInRawText = 1_000;

    /// <summary>
    /// The parser may re-create (clone into a new paragraph) one formatting element per this many
    /// characters of input, counted as the formatting elements open at each tag and text run. Pages that
    /// close their tags stay far below it; a page that leaves hundreds of <c>&lt;b&gt;</c>s open over
    /// thousands of paragraphs runs out and is read flat (each clone costs the parser microseconds).
    /// </summary>
    internal const int InputCharsPerParserClone = 2;

    /// <summary>A fixed allowance on top of the per-character budget, so short pages are never cut short.</summary>
    internal const long ParserCloneAllowance = 1 << 16;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_blockElements = new HashSet<string>(
        [
            "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote",
            "pre", "table", "tr", "td", "th", "dd", "dt", "dl", "figure", "br", "hr", "address", "summary", "details",
        ],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static HtmlArticle Extract(string html) => Extract(html, ReadOptions.DefaultMaxHtmlTreeChars);

    /// <summary>
    /// As <see cref="Extract(string)"/>; a page longer than <paramref name="maxTreeChars"/> is read by the one-pass reader
    /// (<see cref="HtmlFlatText.ReadArticle"/>) instead of its tree, for the same article text in a fraction of the memory.
    /// </summary>
    public static HtmlArticle Extract(string html, int maxTreeChars)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (html.Length > maxTreeChars)
        {
            return HtmlFlatText.ReadArticle(html);
        }

        if (HtmlParseGuard.HasCrowdedRawText(html))
        {
            return HtmlFlatText.Read(html);
        }

        var guard = new HtmlParseGuard(html.Length);
        IDocument? document = null;
        try
        {
            document = new HtmlParser(guard.Options()).ParseDocument(html);
            guard.CheckLastElement();
        }
        catch (HtmlTooComplexException)
        {
            document?.Dispose();
            return HtmlFlatText.Read(html);
        }

        using (document)
        {
            return ReadTree(document);
        }
    }

    internal static bool IsBlock(ReadOnlySpan<char> name) => s_blockElements.Contains(name);

    private static HtmlArticle ReadTree(IDocument document)
    {
        var page = new PageMetadata();
        page.SeeTitle(document.Title);
        IElement? article = null, main = null;
        var pending = new Stack<INode>();
        pending.Push(document);
        while (pending.TryPop(out var node))
        {
            if (node is IElement element)
            {
                page.See(element.LocalName, element.GetAttribute);
                if (element.LocalName == "article")
                {
                    article ??= element;
                }
                else if (element.LocalName == "main")
                {
                    main ??= element;
                }
            }

            PushChildren(node, pending);
        }

        var text = new ArticleText();
        if (((IElement?)article ?? main ?? document.Body) is { } root)
        {
            AppendText(root, text);
        }

        return page.ToArticle(text.Finish());
    }

    // Pre-order, with a marker entry (Closing) for the end of each block so it breaks the paragraph after
    // its content as well as before.
    private static void AppendText(IElement root, ArticleText text)
    {
        var pending = new Stack<(INode Node, bool Closing)>();
        for (var i = root.ChildNodes.Length - 1; i >= 0; i--)
        {
            pending.Push((root.ChildNodes[i], false));
        }

        while (pending.TryPop(out var entry))
        {
            if (entry.Closing)
            {
                text.Break();
                continue;
            }

            if (entry.Node is IText t)
            {
                text.Append(t.Data);
            }
            else if (entry.Node is IElement e && !IsFurniture(e))
            {
                if (IsBlock(e.LocalName))
                {
                    text.Break();
                    pending.Push((e, true));
                }

                for (var i = e.ChildNodes.Length - 1; i >= 0; i--)
                {
                    pending.Push((e.ChildNodes[i], false));
                }
            }
        }
    }

    private static void PushChildren(INode node, Stack<INode> pending)
    {
        var children = node.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            pending.Push(children[i]);
        }
    }

    private static bool IsFurniture(IElement element) => HtmlFurniture.Is(element.LocalName, element.GetAttribute);
}
