using System.Net;

namespace Orkhon.Reading;

/// <summary>
/// Reads HTML as flat text in one forward pass, for the pages <see cref="HtmlTextExtractor"/> will not
/// build a tree of (nested past its limit, or too costly to parse): tags are dropped, entities decoded,
/// block elements still break paragraphs, and the title, canonical link and date meta tags are still
/// read. What it cannot do without a tree is drop page furniture by class or role, so navigation text
/// stays in; it drops only what is never article text: scripts, styles and the other raw-text elements,
/// comments, and template, SVG and MathML content. Every character is looked at a bounded number of
/// times and nothing recurses, so it is linear in time and memory whatever the nesting.
/// </summary>
internal static class HtmlFlatText
{
    // Their content is never markup: the tokenizer reads it as raw text up to the matching end tag.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_rawTextElements =
        new HashSet<string>(["script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "textarea", "title"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Subtrees that are never article text; skipped by counting the same name's opening and closing tags.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_skippedElements =
        new HashSet<string>(["template", "svg", "math"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static HtmlArticle Read(string html)
    {
        var text = new ArticleText();
        var page = new PageMetadata();
        string? skipping = null;
        var skipDepth = 0;
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0)
            {
                lt = html.Length;
            }

            if (skipping is null && lt > i)
            {
                AppendDecoded(html.AsSpan(i, lt - i), text);
            }

            if (lt == html.Length)
            {
                break;
            }

            var tag = MarkupTag.Scan(html, lt, wantAttributes: skipping is null);
            i = tag.End;
            if (tag.Kind == MarkupTagKind.Text)
            {
                if (skipping is null)
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

            if (HtmlTextExtractor.IsBlock(name))
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
                text.Append(html.AsSpan(i));
                break;
            }
        }

        return page.ToArticle(text.Finish(), flattened: true);
    }

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
