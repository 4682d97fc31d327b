using Orkhon.Text;

namespace Orkhon.Extraction.Mentions;

/// <summary>
/// The people a document has named in full, by each word of their name: news names an official once in full ("North
/// Korean leader Kim Jong Un", "Kazakh Foreign Minister Murat Nurtleu") and then by one part of it ("Kim", "Nurtleu"),
/// which the office-holder table cannot resolve alone (a Korean family name, a minister it does not list). A later
/// capitalised word that is part of such a name stands for the same state and role.
/// </summary>
public sealed class NamesInDocument
{
    // Words of a name shorter than this ("Un", "Al") are too ambiguous to stand alone.
    private const int ShortestWord = 3;

    // How many capitalised words after a title are read as the holder's name ("Foreign Minister Luvsanvandan Bold").
    private const int LongestName = 4;

    private readonly Dictionary<string, ActorMention> _byWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ActorMention>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public NamesInDocument() => _lookup = _byWord.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => _byWord.Count;

    /// <summary>
    /// Remembers the people of one sentence: those the office-holder table resolved (by the words of their name) and those
    /// given by a one-person office and a name the table does not know ("Kazakh Foreign Minister Murat Nurtleu": the words
    /// right after the office). <paramref name="used"/> marks tokens that are time phrases or other mentions.
    /// </summary>
    public void Learn(string text, List<Token> tokens, IReadOnlyList<ActorMention> mentions, Func<int, bool> used)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(used);
        foreach (var m in mentions)
        {
            if (m.IsWeak || m.IsPlace || m.Codes.Count != 1 || m.Kind is MentionKind.Coreference or MentionKind.Place)
            {
                continue;
            }

            // A person the table knows, or one it does not whose name the office's mention took in ("Peruvian Defence Minister
            // Walter Astudillo"): each word of the name is that person later.
            if (m.PersonName is { } name)
            {
                foreach (var word in name.Split(' '))
                {
                    Remember(word, m);
                }

                continue;
            }

            if (!OnePerson(m))
            {
                continue;
            }

            // "the Kazakh foreign minister, Murat Nurtleu," or "Kazakh Foreign Minister Murat Nurtleu": the name follows the
            // office directly or after one comma.
            var k = m.Last + 1;
            if (k + 1 < tokens.Count && tokens[k].In(text) is "," && IsNameWord(text, tokens, k + 1, used) && k + 2 < tokens.Count && IsNameWord(text, tokens, k + 2, used))
            {
                k++;
            }

            var first = k;
            while (k < tokens.Count && k - first < LongestName && IsNameWord(text, tokens, k, used))
            {
                k++;
            }

            if (k == first)
            {
                continue;
            }

            var person = m with { Kind = MentionKind.Person, PersonName = string.Join(' ', tokens.Skip(first).Take(k - first).Select(t => t.TextIn(text))) };
            for (var w = first; w < k; w++)
            {
                Remember(tokens[w].TextIn(text), person);
            }
        }
    }

    /// <summary>
    /// The person a run of remembered name words at <paramref name="i"/> stands for ("Kim", "Nurtleu", "Murat Nurtleu"), with
    /// the index after the run; null when the word at <paramref name="i"/> is no remembered name.
    /// </summary>
    public (int End, ActorMention Person)? Match(string text, List<Token> tokens, int i)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (_byWord.Count == 0 || i >= tokens.Count || tokens[i].Kind != TokenKind.Word || !char.IsUpper(tokens[i].In(text)[0]) || Find(tokens[i].In(text)) is not { } person)
        {
            return null;
        }

        var end = i + 1;
        while (end < tokens.Count && end - i < LongestName && tokens[end].Kind == TokenKind.Word && Find(tokens[end].In(text)) is { } next
            && next.PersonName == person.PersonName)
        {
            end++;
        }

        return (end, person);
    }

    // Names are remembered without diacritics ("Erdoğan" = "Erdogan"). Ascii.IsValid, not ContainsAnyExceptInRange, which boxes
    // its bounds at every call.
    private ActorMention? Find(ReadOnlySpan<char> word) =>
        _lookup.TryGetValue(word, out var person) || (!System.Text.Ascii.IsValid(word) && _byWord.TryGetValue(OfficeHolderIndex.Fold(word.ToString()), out person))
            ? person : null;

    // One person's office: a leader, a foreign minister or any office one person holds ("defence minister", "envoy").
    private static bool OnePerson(ActorMention m) =>
        m.Kind is MentionKind.Name or MentionKind.Adjective && MentionContext.IsPersonTitle(m.Title);

    // A capitalised word that no other stage claimed: "Murat", "Nurtleu"; not "The", a number or a time phrase.
    private static bool IsNameWord(string text, List<Token> tokens, int k, Func<int, bool> used)
    {
        if (k >= tokens.Count || tokens[k].Kind != TokenKind.Word || used(k))
        {
            return false;
        }

        var w = tokens[k].In(text);
        return w.Length >= 2 && char.IsUpper(w[0]) && char.IsLower(w[^1]) && !w.Contains('\'') && !s_notNames.Contains(w.ToString());
    }

    // Capitalised words that follow an office without being a name ("President On Tuesday" never occurs, but "Minister
    // Says" does in headlines, and a sentence may go on with "And" after a title).
    private static readonly HashSet<string> s_notNames = new(StringComparer.Ordinal) { "And", "But", "Or", "The", "Says", "Said", "Of", "In", "On", "At", "To", "For" };

    private void Remember(string word, ActorMention person)
    {
        if (word.Length >= ShortestWord && char.IsUpper(word[0]) && !word.EndsWith('.'))
        {
            _byWord[OfficeHolderIndex.Fold(word)] = person;
        }
    }
}
