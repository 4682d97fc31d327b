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
        ArgumentNullException.ThrowIfNull(text);
        // The SHA-256 of the text's UTF-8 bytes, encoded a block at a time: a copy of a large document's
        // bytes would add half its size again to the memory a read takes.
        const int CharsPerBlock = 4 * 1024;
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var encoder = Encoding.UTF8.GetEncoder();
        Span<byte> block = stackalloc byte[Encoding.UTF8.GetMaxByteCount(CharsPerBlock)];
        for (var offset = 0; offset < text.Length || offset == 0; offset += CharsPerBlock)
        {
            var chars = text.AsSpan(offset, Math.Min(CharsPerBlock, text.Length - offset));
            var last = offset + chars.Length >= text.Length;
            var written = encoder.GetBytes(chars, block, flush: last);
            sha.AppendData(block[..written]);
            if (last)
            {
                break;
            }
        }

        Span<byte> hash = stackalloc byte[32];
        sha.GetHashAndReset(hash);
        return Convert.ToHexStringLower(hash[..(IdLength / 2)]);
    }
}
