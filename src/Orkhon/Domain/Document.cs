using System.Security.Cryptography;
using System.Text;

namespace Orkhon.Domain;

/// <summary>
/// A text the product has read. Its id is derived from the text alone, so the same article read twice
/// — from another path, under another name — is recognised as the same document.
/// </summary>
public sealed record Document(string Id, string Text, string? Title, string? Url, FuzzyDate? Published, string? Path)
{
    /// <summary>Hex length of the id: 64 bits of SHA-256 keep ids short and collisions out of reach for any archive we will see.</summary>
    public const int IdLength = 16;

    public static Document Create(string text, string? title = null, string? url = null, FuzzyDate? published = null, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new Document(ComputeId(text), text, title, url, published, path);
    }

    public static string ComputeId(string text)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return Convert.ToHexStringLower(hash[..(IdLength / 2)]);
    }
}
