using System.Text;
using System.Text.RegularExpressions;

namespace Orkhon.Reading;

/// <summary>
/// Assembles the readable text of an HTML page paragraph by paragraph, the same way for the DOM walk
/// and for the flat reading: HTML whitespace collapses to single spaces, block elements break
/// paragraphs, and paragraphs that are page furniture (a hashtag list, a photo credit) are dropped.
/// Paragraphs are finished as they close, so a page with a million empty blocks costs no more than its
/// text.
/// </summary>
internal sealed partial class ArticleText
{
    private const int LongestCreditLine = 128;

    private readonly StringBuilder _text = new();
    private readonly StringBuilder _paragraph = new();

    /// <summary>Appends text as HTML renders it: any run of whitespace reads as one space.</summary>
    public void Append(ReadOnlySpan<char> data)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (_paragraph.Length > 0 && _paragraph[^1] != ' ')
                {
                    _paragraph.Append(' ');
                }
            }
            else
            {
                _paragraph.Append(c);
            }
        }
    }

    /// <summary>Ends the current paragraph (a block element opened or closed).</summary>
    public void Break()
    {
        var end = _paragraph.Length;
        while (end > 0 && _paragraph[end - 1] == ' ')
        {
            end--;
        }

        if (end == 0)
        {
            _paragraph.Clear();
            return;
        }

        if (MayBeFurniture(end))
        {
            var paragraph = _paragraph.ToString(0, end);
            if (HashtagLine().IsMatch(paragraph) || PhotoCredit().IsMatch(paragraph))
            {
                _paragraph.Clear();
                return;
            }
        }

        if (_text.Length > 0)
        {
            _text.Append("\n\n");
        }

        _text.Append(_paragraph, 0, end);
        _paragraph.Clear();
    }

    // Only a paragraph that starts with '#' can be a tag list, and a credit line is short (whitespace is collapsed, so
    // its pattern matches at most about a hundred characters): any other paragraph is copied without a string of its own.
    private bool MayBeFurniture(int length) => _paragraph[0] == '#' || length <= LongestCreditLine;

    /// <summary>Ends the last paragraph and returns all of them, separated by blank lines.</summary>
    public string Finish()
    {
        Break();
        return _text.ToString();
    }

    // A paragraph made only of hashtags ("#Mongolia #Diplomacy") is a tag list, not text.
    [GeneratedRegex(@"^(#\w+[\s,]*)+$")]
    private static partial Regex HashtagLine();

    // "Photo: Montsame", "Image credit: Reuters" — short credit lines under pictures.
    [GeneratedRegex(@"^(photo|image|picture|credit|photograph)s?( credit)?\s*(:|by\b|©)[^.!?]{0,80}$", RegexOptions.IgnoreCase)]
    private static partial Regex PhotoCredit();
}
