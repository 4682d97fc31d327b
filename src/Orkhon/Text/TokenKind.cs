namespace Orkhon.Text;

/// <summary>What a token is made of.</summary>
public enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
}
