using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;

namespace Orkhon.Extraction;

/// <summary>
/// "A Greek tanker was seized by Iran", "Lebanese villages were shelled by Israeli tanks", "A Japanese businessman was
/// detained by Chinese police": a passive whose subject is a noun that names no actor, under a national adjective, acts on
/// the adjective's state. The adjective is weak (never a subject of its own), but as the owner of what the agent after
/// "by" acted on it is the one acted on, as the adjective before the object of the active verb is ("seized a Greek tanker").
/// The same holds when the adjective opens a longer subject phrase ("A Russian proposal for a ceasefire was rejected by
/// Ukraine", "Imports of Australian coal were halted by China"). Two branches found this form from two sides (a coverage
/// audit and the metamorphic suite); it lives here once.
/// </summary>
internal static class PassiveSubjectOwners
{
    /// <summary>Whether the weak mention <paramref name="m"/> is the national adjective on the subject of the passive <paramref name="trigger"/>.</summary>
    public static bool Owns(SentenceView view, ActorMention m, Trigger trigger) => NextToTheAuxiliary(view, m, trigger) || OpensPassiveSubject(view, m, trigger);

    // "A Greek tanker was seized by …": the adjective, then one to three words of a noun that names no actor, then the auxiliary.
    private static bool NextToTheAuxiliary(SentenceView view, ActorMention m, Trigger trigger)
    {
        if (!trigger.Passive || trigger.Entry.IsNoun || !m.IsWeak || m.Role is not null || m.IsPossessive || m.IsPlace || m.Codes.Count != 1)
        {
            return false;
        }

        // The auxiliary right before the participle: "was", "were", "is", "are", or "has|have|had been".
        var aux = trigger.First - 1;
        if (aux < 1 || !(Inflection.IsFiniteBe(view.Word(aux)) || view.Word(aux) is "been"))
        {
            return false;
        }

        if (view.Word(aux) is "been")
        {
            aux--;
            if (!Inflection.IsFiniteHave(view.Word(aux)))
            {
                return false;
            }
        }

        // The adjective opens the clause and one to three lower-case words of a noun follow it up to the auxiliary.
        return m.Last < aux - 1 && m.Last >= aux - 4 && WeakSubjects.HasNonActorNounSubject(view, aux, 0);
    }

    // The nationality adjective of the noun phrase that opens the sentence and is the passive verb's subject: only a few words
    // before it ("A", "Imports of") and no clause break or other actor between it and the verb.
    private static bool OpensPassiveSubject(SentenceView view, ActorMention adjective, Trigger trigger)
    {
        const int OpeningReach = 3;
        if (adjective.First > OpeningReach)
        {
            return false;
        }

        for (var k = 0; k < trigger.First; k++)
        {
            if (k >= adjective.First && k <= adjective.Last)
            {
                continue;
            }

            var w = view.Word(k);
            if (w is "," or ";" or ":" or "that" or "who" or "which" || view.MentionAt[k] >= 0 || view.Clauses.IsReportingVerb(k))
            {
                return false;
            }
        }

        return true;
    }
}
