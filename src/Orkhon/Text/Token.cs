namespace Orkhon.Text;

/// <summary>A token: its character span in the document text and its kind. The text is read from the document, not copied.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public int Length => End - Start;

    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, End - Start);

    public string TextIn(string text) => text[Start..End];
}
