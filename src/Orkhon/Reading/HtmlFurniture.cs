using System.Text.RegularExpressions;

namespace Orkhon.Reading;

/// <summary>
/// Which elements of a page are furniture, not article text (navigation, share buttons, forms, captions,
/// related links, adverts), by tag name, ARIA role, class or id: one rule for the tree reading and the flat one.
/// </summary>
internal static partial class HtmlFurniture
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_furnitureElements = new HashSet<string>(
        ["script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button", "svg", "iframe", "figcaption", "select"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the element named <paramref name="name"/> is furniture; <paramref name="attribute"/> reads one of its attributes.</summary>
    public static bool Is(ReadOnlySpan<char> name, Func<string, string?> attribute) =>
        s_furnitureElements.Contains(name)
        || attribute("role") is "navigation" or "banner" or "contentinfo"
        || IsFurnitureName(attribute("class"))
        || IsFurnitureName(attribute("id"));

    private static bool IsFurnitureName(string? name) => name is { Length: > 0 } && FurnitureName().IsMatch(name);

    [GeneratedRegex(@"(^|[-_\s])(nav|navbar|menu|breadcrumbs?|share|sharing|social|footer|header|sidebar|cookie|related|tags?|hashtags?|credits?|photo-credit|caption|advert|ads?|promo|newsletter|subscribe|comments?)($|[-_\s])", RegexOptions.IgnoreCase)]
    private static partial Regex FurnitureName();
}
