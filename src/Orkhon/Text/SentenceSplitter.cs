using System.Buffers;
using System.Collections.Frozen;
using Orkhon.Domain;

namespace Orkhon.Text;

/// <summary>
/// Splits a document's text into sentences with their character offsets, in one linear pass.
/// Survives the full stops that do not end sentences: titles and other abbreviations ("Dr.", "Gen.",
/// "No. 5", "Jan. 12"), initials ("J. Smith"), dotted acronyms ("the U.S. delegation"), decimals and
/// closing quotes. Blank lines always end a sentence; single line breaks do too unless the text is
/// hard-wrapped (most lines short), where they are just spaces.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>A "sentence" longer than this is cut at a space: unpunctuated input must not make one huge unit.</summary>
    public const int MaxSentenceLength = 4000;

    private const int HardWrapWidth = 80;

    // Abbreviations after which a full stop never ends the sentence when a capitalised word follows.
    private static readonly FrozenSet<string> s_titles = FrozenSet.Create(StringComparer.Ordinal,
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Sgt", "Adm", "Sen", "Rep", "Gov", "Pres",
        "Amb", "Hon", "Rev", "St", "Jr", "Sr", "Mt", "Ft", "Messrs", "Mme", "Dept", "Univ", "Gov't", "Vol", "Art", "Sec", "Fig", "approx", "vs", "cf");

    // Abbreviations that end a sentence unless a number follows ("Jan. 12", "No. 5", "p. 4").
    private static readonly FrozenSet<string> s_beforeNumbers = FrozenSet.Create(StringComparer.Ordinal,
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "Nos", "no", "p", "pp", "Art", "Para", "para");

    // Company suffixes and dotted acronyms are ambiguous ("…the U.S. The talks…"): they end the sentence
    // only before a word that typically opens one.
    private static readonly FrozenSet<string> s_ambiguous = FrozenSet.Create(StringComparer.Ordinal, "Inc", "Ltd", "Co", "Corp", "Bros", "etc");

    private static readonly FrozenSet<string> s_sentenceOpeners = FrozenSet.Create(StringComparer.Ordinal,
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "This", "That", "These", "Those", "In", "On", "At", "But", "And",
        "However", "Meanwhile", "Both", "Its", "His", "Her", "Their", "There", "After", "Before", "During", "Since", "As", "When", "While", "Officials", "Analysts");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_titleLookup = s_titles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_numberLookup = s_beforeNumbers.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_ambiguousLookup = s_ambiguous.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_openerLookup = s_sentenceOpeners.GetAlternateLookup<ReadOnlySpan<char>>();

    public static List<Sentence> Split(string text)
    {
        var bounds = Bounds(text);
        var sentences = new List<Sentence>(bounds.Count);
        foreach (var (start, end) in bounds)
        {
            sentences.Add(new Sentence(sentences.Count, start, end, text[start..end]));
        }

        return sentences;
    }

    /// <summary>
    /// The sentences' positions only, without copying their text: the extractor reads sentences in place,
    /// and a copy of every sentence would double the memory a large document takes.
    /// </summary>
    public static List<(int Start, int End)> Bounds(string text) => Bounds(text, skipPlain: true);

    // The characters the loop in Bounds acts on; under the length limit, any other character only moves it on.
    private static readonly SearchValues<char> s_stops = SearchValues.Create("\n.!?\u2026");

    // skipPlain: false visits every character, so that a test can show that jumping over the others changes nothing.
    internal static List<(int Start, int End)> Bounds(string text, bool skipPlain)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<(int Start, int End)>();
        var lineBreaksEnd = !IsHardWrapped(text);
        var start = SkipSpace(text, 0);
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (skipPlain && i - start < MaxSentenceLength && !s_stops.Contains(c))
            {
                // Neither a break nor a stop, and the sentence under the limit: a vectorised search goes to the next character
                // that is one, or to the limit, where the loop reads one character at a time again.
                var limit = Math.Min(text.Length, start + MaxSentenceLength);
                var stop = text.AsSpan(i, limit - i).IndexOfAny(s_stops);
                i = stop < 0 ? limit : i + stop;
                continue;
            }

            if (c == '\n')
            {
                var next = SkipSpace(text, i + 1);
                if (lineBreaksEnd || text.AsSpan(i + 1, next - i - 1).Contains('\n'))
                {
                    Add(sentences, text, start, i);
                    start = next;
                    i = next;
                    continue;
                }
            }
            else if (c is '.' or '!' or '?' or '…')
            {
                var end = i + 1;
                while (end < text.Length && text[end] is '.' or '!' or '?' or '…')
                {
                    end++;
                }

                while (end < text.Length && IsCloser(text[end]))
                {
                    end++;
                }

                if (end >= text.Length || char.IsWhiteSpace(text[end]))
                {
                    var next = SkipSpace(text, end);
                    if (next >= text.Length || EndsSentence(text, start, i, next))
                    {
                        Add(sentences, text, start, end);
                        start = next;
                        i = next;
                        continue;
                    }
                }

                i = end;
                continue;
            }

            // Over the limit: cut at a space, or, in text with no spaces at all, at twice the limit.
            if ((i - start >= MaxSentenceLength && char.IsWhiteSpace(c)) || i - start >= 2 * MaxSentenceLength)
            {
                Add(sentences, text, start, i);
                start = SkipSpace(text, i);
                i = Math.Max(start, i);
                start = i;
                continue;
            }

            i++;
        }

        Add(sentences, text, start, text.Length);
        return sentences;
    }

    private static bool EndsSentence(string text, int sentenceStart, int stop, int next)
    {
        var following = text[next];
        if (char.IsLower(following) || following is ',' or ';' or ':' or ')')
        {
            return false;
        }

        if (text[stop] != '.')
        {
            return true;
        }

        var wordStart = stop;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] is not ('(' or '"' or '“' or '\'' or '‘' or '['))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, stop - wordStart);
        if (word.Length == 0)
        {
            return true;
        }

        var nextWord = WordAt(text, next);
        if (s_numberLookup.Contains(word))
        {
            return !char.IsAsciiDigit(following);
        }

        if (s_titleLookup.Contains(word))
        {
            return false;
        }

        // An initial ("J. Smith") or a dotted acronym ("U.S", "e.g", "U.N").
        var isInitial = word.Length == 1 && char.IsUpper(word[0]);
        var isDotted = word.Length >= 3 && word.Contains('.') && !word.ContainsAnyInRange('0', '9');
        if (isInitial)
        {
            return false;
        }

        if (isDotted || s_ambiguousLookup.Contains(word))
        {
            return s_openerLookup.Contains(nextWord);
        }

        return true;
    }

    private static ReadOnlySpan<char> WordAt(string text, int index)
    {
        var end = index;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text.AsSpan(index, end - index);
    }

    private static bool IsCloser(char c) => c is '"' or '\'' or ')' or ']' or '”' or '’' or '»';

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static void Add(List<(int Start, int End)> sentences, string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add((start, end));
        }
    }

    // Hard-wrapped text: several lines, nearly all of them short. There a single line break is a space.
    private static bool IsHardWrapped(string text)
    {
        int lines = 0, shortLines = 0, lineStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                var length = i - lineStart;
                if (length > 0)
                {
                    lines++;
                    if (length <= HardWrapWidth)
                    {
                        shortLines++;
                    }
                }

                lineStart = i + 1;
            }
        }

        return lines >= 4 && shortLines >= lines * 0.9;
    }
}
