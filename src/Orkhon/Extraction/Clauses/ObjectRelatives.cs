using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction.Clauses;

/// <summary>
/// A criticism or refusal told inside a relative clause whose object is the noun it describes, so that nothing follows the
/// verb (issue 9, attachment across clauses):
/// <list type="bullet">
/// <item>"the Czech speaker, whose visit to Taiwan Beijing had condemned, …": the actor the "whose" clause describes;</item>
/// <item>"Lithuania, which Moscow blamed for the blockade, …": the actor before "which"/"whom", when another actor follows it;</item>
/// <item>"… voted to leave the treaty, a step Western governments criticised as dangerous": the author of the act the noun
/// names back (<c>any-act</c> in <c>data/lexicon/act-nouns.tsv</c>), the first actor of the sentence; also with "that" or
/// "which" and a coordinated subject (", a move that Ukraine and the West denounced").</item>
/// </list>
/// Only stance codes are read this way (roots 11 and 12): a relative clause's force or aid has its own object.
/// </summary>
internal static class ObjectRelatives
{
    private static readonly WordSet s_actNouns =
        WordClasses.Load("lexicon.act-nouns.tsv", ActAuthors.ActNounClasses).Lookup("any-act");

    // Words between the relative clause's subject and its verb: an auxiliary or an adverb ("had condemned", "sharply criticised").
    private const int VerbReach = 2;

    // Words between "whose" and the clause's subject: the described noun and its prepositional phrase ("whose visit to Taiwan").
    private const int WhoseReach = 6;

    /// <summary>
    /// Whether the comma at <paramref name="comma"/> opens an appositive that names the act before it back (", a move that…",
    /// ", a step the UN rejected"): a clause about that act, whose actors are not the objects of the verb before it.
    /// </summary>
    public static bool IsActAppositive(SentenceView view, int comma) =>
        comma + 2 < view.Tokens.Count && view.Word(comma) is "," && view.Word(comma + 1) is "a" or "an" && s_actNouns.Contains(view.Word(comma + 2));

    /// <summary>The actor the relative clause of the phrase describes, or null when the phrase is no stance verb in such a clause.</summary>
    public static ActorMention? Antecedent(SentenceView view, CodedPhrase phrase)
    {
        var (trigger, subject) = (phrase.Trigger, phrase.Subject);
        if (trigger.Entry.IsNoun || trigger.Passive || subject.Count == 0 || phrase.Cameo.RootNumber is not (11 or 12))
        {
            return null;
        }

        // A coordinated subject ("a move that Ukraine and the West denounced") shares the described noun.
        var s = subject[0];
        var last = subject[^1].Last;
        if (subject.Any(m => m.IsPlace) || trigger.First <= last || trigger.First - last - 1 > VerbReach || s.First < 2)
        {
            return null;
        }

        for (var k = last + 1; k < trigger.First; k++)
        {
            if (view.MentionAt[k] >= 0 || view.Word(k) is "," or ";" or "and" or "that")
            {
                return null;
            }
        }

        var before = s.First - 1;
        var w = view.Word(before);
        if (w is "which" or "whom" && view.Word(before - 1) is ",")
        {
            return ActorEnding(view, before - 2, s.Code);
        }

        if (view.Word(before - 1) is "a" or "the" && s_actNouns.Contains(w) && before >= 2 && view.Word(before - 2) is ",")
        {
            return FirstActor(view, before - 2, s.Code);
        }

        // ", a move that Ukraine and the West denounced", ", a decision which Seoul protested": the same, with its pronoun.
        if (w is "that" or "which" && before >= 4 && s_actNouns.Contains(view.Word(before - 1)) && view.Word(before - 2) is "a" or "the"
            && view.Word(before - 3) is ",")
        {
            return FirstActor(view, before - 3, s.Code);
        }

        for (var k = before; k >= 1 && before - k < WhoseReach; k--)
        {
            if (view.Word(k) is "," or ";")
            {
                return null;
            }

            if (view.Word(k) is "whose")
            {
                return view.Word(k - 1) is "," && k >= 2 ? ActorEnding(view, k - 2, s.Code) : null;
            }
        }

        return null;
    }

    /// <summary>
    /// "Iran vowed to retaliate against Israel, which it blamed for the strike": a stance verb whose relative clause has a
    /// pronoun for subject ("which it blamed", "whom they accuse") is the sentence's first actor's, aimed at the actor before
    /// "which"/"whom" (the subject finder reads that actor as the verb's subject). Null when the phrase is not in such a clause.
    /// </summary>
    public static (ActorMention Source, ActorMention Target)? PronounClause(SentenceView view, CodedPhrase phrase)
    {
        var trigger = phrase.Trigger;
        if (trigger.Entry.IsNoun || trigger.Passive || phrase.Cameo.RootNumber is not (11 or 12) || trigger.First < 4)
        {
            return null;
        }

        var p = trigger.First - 1;
        if (Inflection.IsFiniteHave(view.Word(p)))
        {
            p--;
        }

        if (p < 3 || view.MentionAt[p] >= 0 || view.Word(p) is not ("it" or "they") || view.Word(p - 1) is not ("which" or "whom") || view.Word(p - 2) is not ",")
        {
            return null;
        }

        return ActorEnding(view, p - 3, "") is { } antecedent && FirstActor(view, antecedent.First, antecedent.Code) is { } source ? (source, antecedent) : null;
    }

    // The actor (a state's name or capital even where it stands as a place) whose last word is at the index, of another state than the clause's subject.
    private static ActorMention? ActorEnding(SentenceView view, int last, string subjectCode)
    {
        if (last < 0 || view.MentionAt[last] < 0)
        {
            return null;
        }

        var m = view.Found[view.MentionAt[last]];
        // A state named as a place ("recalled its staff from Iran, which it blamed…") is still the state; a city is not.
        return m.Last == last && (!m.IsPlace || m.Kind is MentionKind.Name or MentionKind.Capital) && m.Code != subjectCode ? m : null;
    }

    // The sentence's first actor (not a place) before the index, of another state than the clause's subject: the author of the
    // act a noun after a comma names back.
    private static ActorMention? FirstActor(SentenceView view, int before, string subjectCode)
    {
        for (var k = 0; k < before; k++)
        {
            if (view.MentionAt[k] >= 0)
            {
                var m = view.Found[view.MentionAt[k]];
                return !m.IsPlace && m.Code != subjectCode ? m : null;
            }
        }

        return null;
    }
}
