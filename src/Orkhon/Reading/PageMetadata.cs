namespace Orkhon.Reading;

/// <summary>
/// What an HTML page says about itself, gathered from its tags in document order: the title, the
/// canonical link, the usual meta tags (Open Graph, Dublin Core, article dates) and the first
/// <c>&lt;time datetime&gt;</c>. The first non-empty value of each wins.
/// </summary>
internal sealed class PageMetadata
{
    private readonly Dictionary<string, string> _meta = new(StringComparer.OrdinalIgnoreCase);
    private string? _title;
    private string? _canonical;
    private string? _time;

    /// <summary>Takes what an element contributes; <paramref name="attribute"/> reads one of its attributes by name.</summary>
    public void See(ReadOnlySpan<char> name, Func<string, string?> attribute)
    {
        if (name.Equals("meta", StringComparison.OrdinalIgnoreCase))
        {
            var key = attribute("property") ?? attribute("name") ?? attribute("itemprop");
            if (key is not null && attribute("content") is { Length: > 0 } content)
            {
                _meta.TryAdd(key, content.Trim());
            }
        }
        else if (name.Equals("link", StringComparison.OrdinalIgnoreCase))
        {
            if (_canonical is null && attribute("rel") == "canonical")
            {
                _canonical = attribute("href");
            }
        }
        else if (name.Equals("time", StringComparison.OrdinalIgnoreCase))
        {
            _time ??= attribute("datetime");
        }
    }

    public void SeeTitle(string? title)
    {
        if (_title is null && title is not null)
        {
            _title = CollapseWhitespace(title);
        }
    }

    public HtmlArticle ToArticle(string text, bool flattened = false) => new(
        text,
        Meta("og:title") ?? _title,
        _canonical ?? Meta("og:url"),
        Meta("article:published_time") ?? Meta("date") ?? Meta("dc.date") ?? Meta("pubdate") ?? _time,
        flattened);

    private string? Meta(string key) => _meta.GetValueOrDefault(key);

    // A title's line breaks and indentation are markup layout, not part of the title.
    private static string CollapseWhitespace(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
