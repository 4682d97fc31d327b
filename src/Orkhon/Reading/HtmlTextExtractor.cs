using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Orkhon.Reading;

/// <summary>
/// Reads an HTML page as an article: its readable text without page furniture (navigation, share
/// buttons, photo credits, hashtag lists, scripts), and its metadata from the usual meta tags.
/// </summary>
public static partial class HtmlTextExtractor
{
    private static readonly string[] s_furnitureElements =
        ["script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button", "svg", "iframe", "figcaption", "select"];

    private static readonly HashSet<string> s_blockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote",
        "pre", "table", "tr", "td", "th", "dd", "dt", "dl", "figure", "br", "hr", "address", "summary", "details",
    };

    public static HtmlArticle Extract(string html)
    {
        var parser = new HtmlParser();
        using var document = parser.ParseDocument(html);
        var title = Meta(document, "og:title") ?? document.Title?.Trim();
        var url = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(document, "og:url");
        var published = Meta(document, "article:published_time") ?? Meta(document, "date") ?? Meta(document, "dc.date")
            ?? Meta(document, "pubdate") ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime");

        var root = (IElement?)document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body;
        if (root is null)
        {
            return new HtmlArticle("", title, url, published);
        }

        foreach (var element in root.QuerySelectorAll(string.Join(',', s_furnitureElements)).ToList())
        {
            element.Remove();
        }

        foreach (var element in root.QuerySelectorAll("[class],[id],[role]").ToList())
        {
            if (element.GetAttribute("role") is "navigation" or "banner" or "contentinfo" || IsFurniture(element.ClassName) || IsFurniture(element.Id))
            {
                element.Remove();
            }
        }

        var text = new StringBuilder();
        AppendText(root, text);
        return new HtmlArticle(CollapseBlankLines(text.ToString()), title, url, published);
    }

    private static bool IsFurniture(string? name) => name is { Length: > 0 } && FurnitureName().IsMatch(name);

    private static string? Meta(IDocument document, string name)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase) && meta.GetAttribute("content") is { Length: > 0 } content)
            {
                return content.Trim();
            }
        }

        return null;
    }

    private static void AppendText(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText t)
            {
                AppendCollapsed(t.Data, text);
            }
            else if (child is IElement e)
            {
                var block = s_blockElements.Contains(e.LocalName);
                if (block)
                {
                    text.Append("\n\n");
                }

                AppendText(e, text);
                if (block)
                {
                    text.Append("\n\n");
                }
            }
        }
    }

    // HTML whitespace is not significant: runs of spaces and newlines inside a block read as one space.
    private static void AppendCollapsed(string data, StringBuilder text)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (text.Length > 0 && text[^1] is not (' ' or '\n'))
                {
                    text.Append(' ');
                }
            }
            else
            {
                text.Append(c);
            }
        }
    }

    private static string CollapseBlankLines(string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim());
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                if (current.Length > 0)
                {
                    paragraphs.Add(current.ToString());
                    current.Clear();
                }

                continue;
            }

            if (current.Length > 0)
            {
                current.Append(' ');
            }

            current.Append(line);
        }

        if (current.Length > 0)
        {
            paragraphs.Add(current.ToString());
        }

        return string.Join("\n\n", paragraphs.Where(p => !HashtagLine().IsMatch(p) && !PhotoCredit().IsMatch(p)));
    }

    [GeneratedRegex(@"(^|[-_\s])(nav|navbar|menu|breadcrumbs?|share|sharing|social|footer|header|sidebar|cookie|related|tags?|hashtags?|credits?|photo-credit|caption|advert|ads?|promo|newsletter|subscribe|comments?)($|[-_\s])", RegexOptions.IgnoreCase)]
    private static partial Regex FurnitureName();

    // A paragraph made only of hashtags ("#Mongolia #Diplomacy") is a tag list, not text.
    [GeneratedRegex(@"^(#\w+[\s,]*)+$")]
    private static partial Regex HashtagLine();

    // "Photo: Montsame", "Image credit: Reuters" — short credit lines under pictures.
    [GeneratedRegex(@"^(photo|image|picture|credit|photograph)s?( credit)?\s*(:|by\b|©)[^.!?]{0,80}$", RegexOptions.IgnoreCase)]
    private static partial Regex PhotoCredit();
}
