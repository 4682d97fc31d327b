namespace Orkhon.Reading;

/// <summary>
/// Stops AngleSharp's parse from inside its callbacks when the markup would make the parse superlinear.
/// Never leaves the HTML reader: <see cref="HtmlTextExtractor"/> catches it and reads the page as flat text.
/// </summary>
internal sealed class HtmlTooComplexException : Exception
{
    public HtmlTooComplexException(string reason) : base(reason)
    {
    }

    public HtmlTooComplexException()
    {
    }

    public HtmlTooComplexException(string message, Exception inner) : base(message, inner)
    {
    }
}
