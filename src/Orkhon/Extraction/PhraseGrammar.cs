using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// The small word classes and look-arounds several stages share: determiners, auxiliaries and noun modifiers that
/// tell a noun from a verb, a noun's possessor, infinitives, and words searched for between two tokens.
/// </summary>
internal static class PhraseGrammar
{
    /// <summary>
    /// The index of a noun's possessor ("Putin's", "his", "Japan's $8 million") or -1: only numbers, dates,
    /// money and a few event adjectives may stand between them.
    /// </summary>
    public static int PossessorIndex(SentenceView view, int first)
    {
        var (tokens, mentionAt, blocked) = (view.Tokens, view.MentionAt, view.Blocked);
        var k = first - 1;
        while (k >= 0 && k >= first - view.Options.PossessorReach && mentionAt[k] < 0 && (tokens[k].Kind == TokenKind.Number || view.Word(k) is "$" || blocked[k] || IsNounModifier(view.Word(k))
            || view.Word(k) is "million" or "billion" or "joint" or "latest" or "new" or "first" or "second" or "return" or "recent" or "long-awaited" or "landmark"))
        {
            k--;
        }

        if (k >= 0 && view.Word(k) is "his" or "His" or "her" or "Her" or "their" or "its")
        {
            return mentionAt[k] >= 0 ? k : -1;
        }

        if (k >= 0 && view.Word(k).Equals("'s", StringComparison.OrdinalIgnoreCase))
        {
            k--;
        }

        return k >= 0 && mentionAt[k] >= 0 ? k : -1;
    }

    /// <summary>"to sign", but not "is to sign" (a plan) nor "'s decision to suspend" (a decision taken).</summary>
    public static bool IsInfinitive(SentenceView view, Trigger trigger) =>
        !trigger.Entry.IsNoun && trigger.First > 0 && view.Word(trigger.First - 1) is "to"
        && !(trigger.First > 1 && view.Word(trigger.First - 2) is "is" or "are" or "due" or "was" or "were" or "decision" or "move");

    /// <summary>
    /// "after hosting Yoon in Tokyo", "After meeting Macron in Paris, Scholz flew…": a participial clause of time reports an act
    /// of the main clause's subject.
    /// </summary>
    public static bool IsParticipialOpener(ReadOnlySpan<char> w) => w is "after" or "After" or "before" or "Before" or "while" or "While" or "since" or "upon" or "Upon";

    public static bool IsAuxiliary(ReadOnlySpan<char> w) =>
        w is "is" or "are" or "was" or "were" or "be" or "been" or "am" or "has" or "have" or "had" or "will" or "also" or "then" or "later" or "jointly" or "formally" or "officially" or "reportedly";

    public static bool IsDeterminer(SentenceView view, int k)
    {
        var w = view.Word(k);
        return w is "the" or "The" or "a" or "A" or "an" or "An" or "his" or "His" or "her" or "Her" or "its" or "their" or "this" or "This" or "'s" or "'S"
            || IsNounModifier(w);
    }

    public static bool IsNounModifier(ReadOnlySpan<char> word) =>
        word is "state" or "official" or "working" or "first" or "historic" or "two-day" or "three-day" or "four-day" or "five-day" or "recent" or "planned"
        || (word.Length > 0 && char.IsDigit(word[0])) || word.EndsWith("-day", StringComparison.Ordinal) || IsMonthName(word);

    private static bool IsMonthName(ReadOnlySpan<char> word) =>
        word is "January" or "February" or "March" or "April" or "May" or "June" or "July" or "August" or "September" or "October" or "November" or "December";

    /// <summary>The first token from k that is not an article, a possessive pronoun or "visiting"/"then".</summary>
    public static int SkipArticles(SentenceView view, int k)
    {
        while (k < view.Tokens.Count && view.Word(k) is "the" or "a" or "an" or "his" or "her" or "its" or "their" or "visiting" or "then")
        {
            k++;
        }

        return k;
    }

    public static bool HasMentionBetween(SentenceView view, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (view.MentionAt[k] >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"praised Mongolia during talks" is not "demanded talks": a name between them separates the phrases.</summary>
    public static bool HasCapitalisedBetween(SentenceView view, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (view.Tokens[k].Kind == TokenKind.Word && char.IsUpper(view.Word(k)[0]))
            {
                return true;
            }
        }

        return false;
    }

    public static bool ReportedSpeechBefore(SentenceView view, int k)
    {
        for (var j = 0; j < k; j++)
        {
            if (view.Word(j) is "said" or "announced" or "confirmed" or "told" or "stated" or "says" or "announces")
            {
                return true;
            }
        }

        return false;
    }

    public static bool HasWordBetween(SentenceView view, int from, int to, params string[] words)
    {
        for (var k = from; k < to; k++)
        {
            foreach (var w in words)
            {
                if (view.Word(k).Equals(w, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
