using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Html.Parser.Tokens.Struct;
using AngleSharp.Text;

namespace Orkhon.Reading;

/// <summary>
/// Keeps AngleSharp's HTML parse linear in its input. The HTML tree-construction algorithm is not linear
/// by itself: its "element in scope" checks walk the stack of open elements once per tag (quadratic for
/// 10⁵ nested <c>&lt;div&gt;</c>s: 80,000 took 12.7 s), reconstructing the active formatting elements
/// clones every unclosed <c>&lt;b&gt;</c>/<c>&lt;i&gt;</c>/<c>&lt;a&gt;</c>… into each new paragraph (200
/// unclosed tags × 8,000 paragraphs made 1.6 million elements in 6 s), and AngleSharp checks each new
/// attribute against all earlier ones on the same tag (40,000 attributes took 6 s). The guard watches the
/// parse through AngleSharp's own hooks, which see exactly the tokens and elements the parser makes, and
/// stops it with <see cref="HtmlTooComplexException"/> as soon as the work could stop being linear; the
/// caller then reads the markup as flat text.
/// </summary>
internal sealed class HtmlParseGuard
{
    // The formatting elements of the HTML standard: the only ones the parser re-creates on its own.
    private static readonly string[] s_formattingElements =
        ["a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u"];

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> s_formattingIndex =
        s_formattingElements.Index().ToDictionary(x => x.Item, x => x.Index, StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    // Raw text (RAWTEXT and RCDATA in the standard): their content is one text token up to the end tag.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_rawTextElements =
        new HashSet<string>(["style", "xmp", "iframe", "noembed", "noframes", "textarea", "title", "plaintext"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly int s_anchor = Array.IndexOf(s_formattingElements, "a");

    // Elements that put a marker on the list of active formatting elements: formatting elements opened
    // before them are out of reach of end tags until they close.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_markerElements =
        new HashSet<string>(["applet", "caption", "marquee", "object", "td", "th", "template"], StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly long _workBudget;
    // Per formatting element name: how many opened since the last marker are still counted as open.
    private readonly int[] _formattingSinceMarker = new int[s_formattingElements.Length];
    private int _formattingOpen;
    private bool _inSelect;
    private long _work;
    private IElement? _lastCreated;

    public HtmlParseGuard(int inputLength)
    {
        _workBudget = inputLength / HtmlTextExtractor.InputCharsPerParserClone + HtmlTextExtractor.ParserCloneAllowance;
    }

    /// <summary>
    /// True when a raw-text element (<c>&lt;style&gt;</c>, <c>&lt;textarea&gt;</c>, <c>&lt;title&gt;</c>…)
    /// holds more than <see cref="HtmlTextExtractor.MaxTagOpeningsInRawText"/> '&lt;'s: AngleSharp's
    /// tokenizer is quadratic in them (40,000 took 1.2 s). Checked before parsing, in one pass: each
    /// candidate start tag is followed to the first end tag that would close it, counting every '&lt;'
    /// between, so the count is never below what the tokenizer sees, even when the candidate is in a
    /// comment.
    /// </summary>
    public static bool HasCrowdedRawText(string html)
    {
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            var nameStart = ++i;
            while (i < html.Length && char.IsAsciiLetter(html[i]))
            {
                i++;
            }

            if (i == nameStart || !s_rawTextElements.TryGetValue(html.AsSpan(nameStart, i - nameStart), out var name)
                || (i < html.Length && !EndsTagName(html[i])))
            {
                continue;
            }

            var openings = 0;
            while ((i = html.IndexOf('<', i)) >= 0 && !IsEndTag(html, i, name))
            {
                if (++openings > HtmlTextExtractor.MaxTagOpeningsInRawText)
                {
                    return true;
                }

                i++;
            }

            if (i < 0)
            {
                return false;
            }
        }

        return false;
    }

    // "</name" followed by whitespace, '/', '>' or the end: the only thing that ends raw text.
    private static bool IsEndTag(string html, int at, string name)
    {
        var end = at + 2 + name.Length;
        return end <= html.Length && html[at + 1] == '/'
            && html.AsSpan(at + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
            && (end == html.Length || EndsTagName(html[end]));
    }

    private static bool EndsTagName(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>';

    public HtmlParserOptions Options() => new()
    {
        OnCreated = OnCreated,
        OnToken = OnToken,
        ShouldEmitAttribute = ShouldEmitAttribute,
    };

    /// <summary>Checks the finished tree too: the last element made has had no successor to check it.</summary>
    public void CheckLastElement() => CheckDepth(_lastCreated);

    // An element is only placed in the tree after it is created, so each new element checks the one
    // made before it. The walk up stops one step past the limit, so it costs at most the limit per
    // element: linear in the input.
    private void OnCreated(IElement element, TextPosition position)
    {
        CheckDepth(_lastCreated);
        _lastCreated = element;
    }

    private static void CheckDepth(IElement? element)
    {
        var depth = 0;
        for (INode? node = element; node is not null; node = node.Parent)
        {
            if (++depth > HtmlTextExtractor.MaxNestingDepth)
            {
                throw new HtmlTooComplexException($"elements nested more than {HtmlTextExtractor.MaxNestingDepth} deep");
            }
        }
    }

    // AngleSharp compares each attribute with the ones before it on the same tag; past the cap the rest
    // are dropped, which no article page needs.
    private static bool ShouldEmitAttribute(ref StructHtmlToken token, ReadOnlyMemory<char> name) =>
        token.Attributes.Count < HtmlTextExtractor.MaxAttributesPerElement;

    /// <summary>
    /// Keeps an upper bound on the list of active formatting elements, from the tokens the parser
    /// consumes. Every formatting start tag counts; an end tag takes one off only when the parser is sure
    /// to remove that element too (the same name opened since the last marker, outside a select). Every
    /// start tag and text run may re-create the whole list, so each is charged the bound (the elements
    /// the parser might clone); the parse stops when the bound passes the nesting limit or the charges
    /// pass a budget proportional to the input.
    /// </summary>
    private void OnToken(HtmlToken token, TextRange range)
    {
        switch (token.Type)
        {
            case HtmlTokenType.StartTag:
                Charge();
                var start = token.Name.AsSpan();
                if (s_formattingIndex.TryGetValue(start, out var opened))
                {
                    // A new <a> closes an <a> still open since the last marker and takes it off the list.
                    if (!_inSelect && opened == s_anchor && _formattingSinceMarker[opened] > 0)
                    {
                        _formattingSinceMarker[opened]--;
                        _formattingOpen--;
                    }

                    _formattingSinceMarker[opened]++;
                    if (++_formattingOpen > HtmlTextExtractor.MaxNestingDepth)
                    {
                        throw new HtmlTooComplexException($"more than {HtmlTextExtractor.MaxNestingDepth} formatting elements left open");
                    }
                }
                else if (s_markerElements.Contains(start))
                {
                    Array.Clear(_formattingSinceMarker);
                }
                else if (start.Equals("select", StringComparison.OrdinalIgnoreCase))
                {
                    _inSelect = true;
                }

                break;
            case HtmlTokenType.EndTag:
                var end = token.Name.AsSpan();
                if (end.Equals("select", StringComparison.OrdinalIgnoreCase))
                {
                    _inSelect = false;
                }
                else if (!_inSelect && s_formattingIndex.TryGetValue(end, out var closed) && _formattingSinceMarker[closed] > 0)
                {
                    _formattingSinceMarker[closed]--;
                    _formattingOpen--;
                }

                break;
            case HtmlTokenType.Character:
                Charge();
                break;
        }
    }

    private void Charge()
    {
        _work += _formattingOpen;
        if (_work > _workBudget)
        {
            throw new HtmlTooComplexException("markup that would cost the parser more than linear work (too many formatting elements left open)");
        }
    }
}
