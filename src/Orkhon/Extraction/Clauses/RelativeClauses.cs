using Orkhon.Extraction.Lexicon;
using Orkhon.Text;

namespace Orkhon.Extraction.Clauses;

/// <summary>
/// The relative clauses and parentheticals of one sentence, found in one pass over its tokens, so that an actor inside
/// them is never taken for the subject of the main clause and a phrase inside them takes the noun they modify:
/// "Kazakhstan, which hosted Xi last week, signed…" (Kazakhstan signed), "the minister who visited Beijing criticised…"
/// (Beijing did not), "The prime minister, speaking in Tokyo after meeting Biden, criticised…" (the prime minister did),
/// "Poland, a NATO member bordering Ukraine, summoned…" (Poland did).
/// </summary>
internal sealed class RelativeClauses
{
    // For each token, the relative pronoun whose clause it stands in ("who", "which", "whom", "whose"), or -1. A relative
    // clause runs from its pronoun to the next comma, semicolon or colon: restrictive ones have no comma to end them, and
    // the main verb after them shares their antecedent as subject, so running on is what the subject needs.
    private readonly int[] _relative;

    // As _relative, and also for "that" before an auxiliary ("talks that had been planned for Thursday"). Only dates read it:
    // such a "that" clause keeps its time phrase, but measured on held-out items its noun as a subject cost more than it gave.
    private readonly int[] _dated;

    // For a comma that closes a parenthetical ("Hungary, which holds the presidency, criticised…"), the comma that opened
    // it; else -1.
    private readonly int[] _opening;

    /// <summary>Reads the relative clauses and parentheticals of a sentence whose mentions and time phrases are found.</summary>
    public RelativeClauses(string text, List<Token> tokens, int[] mentionAt, int[] timeAt, WordSet pronouns,
        WordSet prepositions)
    {
        _relative = new int[tokens.Count];
        _dated = new int[tokens.Count];
        _opening = new int[tokens.Count];
        Array.Fill(_opening, -1);
        var relative = -1;
        var dated = -1;
        var segmentStart = -1;
        var parenthetical = false;
        for (var k = 0; k < tokens.Count; k++)
        {
            var w = tokens[k].In(text);
            if (w is "," or ";" or ":")
            {
                if (w is "," && parenthetical && segmentStart >= 0)
                {
                    _opening[k] = segmentStart;
                }

                relative = -1;
                dated = -1;
                _dated[k] = -1;
                // A parenthetical opens after a comma: a relative pronoun, or a participle that is not the main verb
                // ("speaking in Tokyo", "backed by France").
                segmentStart = w is "," ? k : -1;
                parenthetical = w is "," && k + 1 < tokens.Count && OpensParenthetical(text, tokens, mentionAt, timeAt, k + 1, pronouns, prepositions);
                _relative[k] = -1;
                continue;
            }

            if (mentionAt[k] < 0 && timeAt[k] < 0 && pronouns.Contains(w))
            {
                relative = k;
                dated = k;
            }
            else if (mentionAt[k] < 0 && timeAt[k] < 0 && IsRelativeThat(text, tokens, k))
            {
                dated = k;
            }

            _relative[k] = relative;
            _dated[k] = dated;
        }
    }

    /// <summary>The relative pronoun whose clause token k stands in, or -1.</summary>
    public int RelativeOf(int k) => k >= 0 && k < _relative.Length ? _relative[k] : -1;

    /// <summary>The relative clause token k stands in for dating it, "that" clauses included ("talks that had been planned for Thursday"), or -1.</summary>
    public int DatedClauseOf(int k) => k >= 0 && k < _dated.Length ? _dated[k] : -1;

    /// <summary>For a comma closing a parenthetical, the comma that opened it; else -1.</summary>
    public int OpeningOf(int comma) => comma >= 0 && comma < _opening.Length ? _opening[comma] : -1;

    // "talks … that had been planned for Thursday": "that" followed at once by a finite auxiliary has no subject of its own,
    // so it is a relative pronoun, not a complementiser ("said that Russia had…").
    private static bool IsRelativeThat(string text, List<Token> tokens, int k) =>
        k > 0 && k + 1 < tokens.Count && tokens[k].In(text) is "that"
        && (Inflection.IsFiniteBe(tokens[k + 1].In(text)) || Inflection.IsFiniteHave(tokens[k + 1].In(text)) || tokens[k + 1].In(text) is "will" or "would");

    // "Russia, Assad's main ally, condemned…", "Egypt, Sudan's northern neighbour, called…": an actor's possessive and a short
    // lower-case noun phrase closed by a comma, right after an actor that is no preposition's object ("In Moscow, Putin's
    // spokesman said…" is a subject, not an apposition).
    private static bool IsPossessedAppositive(string text, List<Token> tokens, int[] mentionAt, int k,
        WordSet prepositions)
    {
        const int longestDescription = 4;
        var before = k - 2;
        if (before < 0 || mentionAt[before] < 0)
        {
            return false;
        }

        var headFirst = before;
        while (headFirst > 0 && mentionAt[headFirst - 1] == mentionAt[before])
        {
            headFirst--;
        }

        if (headFirst > 0 && prepositions.Contains(tokens[headFirst - 1].In(text)))
        {
            return false;
        }

        var j = k;
        while (j < tokens.Count && mentionAt[j] == mentionAt[k])
        {
            j++;
        }

        // The possessive marker may close the mention or follow it.
        if (tokens[j - 1].In(text) is "'s")
        {
            j--;
        }

        if (j + 1 >= tokens.Count || tokens[j].In(text) is not "'s")
        {
            return false;
        }

        for (var n = j + 1; n < tokens.Count && n <= j + longestDescription + 1; n++)
        {
            var w = tokens[n].In(text);
            if (w is ",")
            {
                return n > j + 1;
            }

            if (mentionAt[n] >= 0 || tokens[n].Kind != TokenKind.Word || !char.IsLower(w[0]))
            {
                return false;
            }
        }

        return false;
    }

    private static bool OpensParenthetical(string text, List<Token> tokens, int[] mentionAt, int[] timeAt, int k,
        WordSet pronouns, WordSet prepositions)
    {
        if (mentionAt[k] >= 0)
        {
            return IsPossessedAppositive(text, tokens, mentionAt, k, prepositions);
        }

        if (timeAt[k] >= 0 || tokens[k].Kind != TokenKind.Word)
        {
            return false;
        }

        var w = tokens[k].In(text);
        // "Poland, a NATO member bordering Ukraine, summoned…": an appositive noun phrase.
        if (pronouns.Contains(w) || Determiners.IsArticle(w))
        {
            return true;
        }

        if (!char.IsLower(w[0]) || w.Length < 5)
        {
            return false;
        }

        // "speaking in Tokyo", "visiting Beijing": a present participle.
        if (w.EndsWith("ing", StringComparison.Ordinal))
        {
            return true;
        }

        // "backed by France", "based in Geneva": a past participle with its preposition, never the main verb's object.
        return w.EndsWith("ed", StringComparison.Ordinal) && k + 1 < tokens.Count && mentionAt[k + 1] < 0
            && (tokens[k + 1].In(text) is "by" || prepositions.Contains(tokens[k + 1].In(text)));
    }
}
