namespace Orkhon.Reading;

/// <summary>The readable part of an HTML page and what its meta tags say about it.</summary>
/// <param name="Flattened">
/// True when the page was nested too deep or would have cost too much to parse into a tree, and was read
/// as flat text instead (see <see cref="HtmlTextExtractor.MaxNestingDepth"/>): all of its text is there,
/// but page furniture marked only by class or role (navigation, share buttons) was not removed.
/// </param>
public sealed record HtmlArticle(string Text, string? Title, string? Url, string? Published, bool Flattened = false);
