using Orkhon.Domain;
using Orkhon.Extraction.Mentions;

namespace Orkhon.Extraction;

/// <summary>
/// The subject of an object relative clause read back from its verb ("the aid [that] Peru [had] sent", "the curbs it
/// imposed"), shared by the stages that code the noun such a clause describes (<see cref="AidObjectRelatives"/>,
/// <see cref="SanctionObjectRelatives"/>). The subject is an actor, or "it"/"they", which stands for the last actor named
/// before the noun; a place or a possessive is no subject.
/// </summary>
internal static class ObjectRelativeSubjects
{
    /// <summary>
    /// The clause's subject before the verb at <paramref name="verb"/> (null for "it" or "they") and the position just before
    /// the clause, past the subject's article and the relative pronoun, where the described noun ends; null when the word
    /// before the verb (past adverbs and a perfect's auxiliary, never a passive's "was") is neither an actor nor a pronoun.
    /// </summary>
    public static (ActorMention? Subject, int Before)? Find(SentenceView view, int verb)
    {
        var k = verb - 1;
        // "had first extended", "has quietly sent": adverbs and a perfect's auxiliary.
        while (k > 0 && view.MentionAt[k] < 0 && (PhraseGrammar.IsLyAdverb(view.Word(k)) || view.Word(k) is "first" or "also" or "already" or "later"))
        {
            k--;
        }

        if (k > 0 && view.MentionAt[k] < 0 && view.Word(k) is "had" or "has" or "have")
        {
            k--;
        }

        ActorMention? subject = null;
        int before;
        if (view.MentionAt[k] >= 0)
        {
            subject = view.Found[view.MentionAt[k]];
            if (subject.IsPlace || subject.IsPossessive)
            {
                return null;
            }

            before = subject.First - 1;
        }
        else if (view.Word(k) is "it" or "they")
        {
            before = k - 1;
        }
        else
        {
            return null;
        }

        // "the aid the U.S. sent", "aid that Peru sent": an article of the subject, and the relative pronoun.
        if (before > 0 && view.Word(before) is "the" && subject is not null)
        {
            before--;
        }

        if (before > 0 && view.Word(before) is "that" or "which")
        {
            before--;
        }

        return (subject, before);
    }

    /// <summary>The last actor, not a place, named before <paramref name="k"/> in its sentence part (no "." or ";" between).</summary>
    public static ActorMention? LastActorBefore(SentenceView view, int k)
    {
        for (var j = k - 1; j >= 0; j--)
        {
            if (view.Word(j) is "." or ";")
            {
                return null;
            }

            if (view.MentionAt[j] >= 0 && view.Found[view.MentionAt[j]] is { IsPlace: false } m)
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>
    /// The relative clause's own time phrase within <paramref name="reach"/> words after its verb and before any comma or
    /// full stop ("the loans Tokyo extended to Hanoi in 2008"), else null: the sentence's time belongs to its main act.
    /// </summary>
    public static FuzzyDate? OwnTime(SentenceView view, int verb, int reach)
    {
        for (var k = verb + 1; k < view.Tokens.Count && k - verb <= reach; k++)
        {
            if (view.Word(k) is "," or "." or ";")
            {
                return null;
            }

            if (view.TimeAt[k] >= 0)
            {
                return view.Times[view.TimeAt[k]].Value;
            }
        }

        return null;
    }
}
