using System.Collections.Frozen;
using Orkhon.Text;

namespace Orkhon.Extraction.Mentions;

/// <summary>
/// A run of tokens as one phrase with single spaces, for dictionary lookups without allocating: when the
/// tokens are already separated by single spaces the phrase is a slice of the text itself, otherwise it
/// is copied into a reused buffer. Tokens that touch in the text stay joined ("People" + "'s" is
/// "People's", as names are written), so names with a possessive can be looked up; so does the apostrophe of a plural
/// possessive ("Workers' Party").
/// </summary>
internal sealed class PhraseBuffer
{
    private char[] _chars = new char[128];
    private string _text = "";
    private int _start;
    private int _length;
    private bool _copied;

    public ReadOnlySpan<char> Span => _copied ? _chars.AsSpan(0, _length) : _text.AsSpan(_start, _length);

    /// <summary>
    /// The longest run of at most <paramref name="maxWords"/> tokens from <paramref name="i"/> that <paramref name="table"/> lists
    /// as written ("the Blue House" before "the Blue"): its length in tokens and its value; null when none.
    /// </summary>
    public (int Length, T Value)? Longest<T>(string text, List<Token> tokens, bool[]? blocked, int i, int maxWords,
        FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> table)
    {
        for (var n = Math.Min(maxWords, tokens.Count - i); n >= 1; n--)
        {
            if (Build(text, tokens, blocked, i, n) && table.TryGetValue(Span, out var value))
            {
                return (n, value);
            }
        }

        return null;
    }

    /// <summary>Joins <paramref name="n"/> tokens from <paramref name="i"/>; false when they cross punctuation or a blocked token.</summary>
    public bool Build(string text, List<Token> tokens, bool[]? blocked, int i, int n)
    {
        var singleSpaced = true;
        for (var k = i; k < i + n; k++)
        {
            if ((tokens[k].Kind == TokenKind.Punctuation && !IsPluralPossessive(text, tokens, i, k)) || (blocked?[k] ?? false))
            {
                return false;
            }

            if (k > i && tokens[k].Start != tokens[k - 1].End && (tokens[k].Start != tokens[k - 1].End + 1 || text[tokens[k - 1].End] != ' '))
            {
                singleSpaced = false;
            }
        }

        _text = text;
        if (singleSpaced)
        {
            _copied = false;
            _start = tokens[i].Start;
            _length = tokens[i + n - 1].End - _start;
            return true;
        }

        _copied = true;
        _length = 0;
        for (var k = i; k < i + n; k++)
        {
            var word = tokens[k].In(text);
            var needed = _length + word.Length + 1;
            if (needed > _chars.Length)
            {
                Array.Resize(ref _chars, Math.Max(needed, _chars.Length * 2));
            }

            if (k > i && tokens[k].Start != tokens[k - 1].End)
            {
                _chars[_length++] = ' ';
            }

            word.CopyTo(_chars.AsSpan(_length));
            _length += word.Length;
        }

        return true;
    }

    // The apostrophe of a plural possessive inside a name ("Kurdistan Workers' Party"): it touches the word before it and a
    // space follows, so it belongs to that word as written.
    private static bool IsPluralPossessive(string text, List<Token> tokens, int i, int k) =>
        k > i && tokens[k].End - tokens[k].Start == 1 && text[tokens[k].Start] is '\'' or '\u2019' && tokens[k].Start == tokens[k - 1].End
        && tokens[k - 1].Kind == TokenKind.Word && tokens[k].End < text.Length && text[tokens[k].End] == ' ';
}
