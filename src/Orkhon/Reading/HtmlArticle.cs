namespace Orkhon.Reading;

/// <summary>The readable part of an HTML page and what its meta tags say about it.</summary>
public sealed record HtmlArticle(string Text, string? Title, string? Url, string? Published);
