using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;

namespace Orkhon.Extraction;

/// <summary>
/// "A Greek tanker was seized by Iran", "Lebanese villages were shelled by Israeli tanks", "A Japanese businessman was
/// detained by Chinese police": a passive whose subject is a noun that names no actor, under a national adjective, acts on
/// the adjective's state. The adjective is weak (never a subject of its own), but as the owner of what the agent after
/// "by" acted on it is the one acted on, as the adjective before the object of the active verb is ("seized a Greek tanker").
/// </summary>
internal static class PassiveSubjectOwners
{
    /// <summary>Whether the weak mention <paramref name="m"/> is the national adjective on the subject of the passive <paramref name="trigger"/>.</summary>
    public static bool Owns(SentenceView view, ActorMention m, Trigger trigger)
    {
        if (!trigger.Passive || trigger.Entry.IsNoun || !m.IsWeak || m.Role is not null || m.IsPossessive || m.IsPlace || m.Codes.Count != 1)
        {
            return false;
        }

        // The auxiliary right before the participle: "was", "were", "is", "are", or "has|have|had been".
        var aux = trigger.First - 1;
        if (aux < 1 || view.Word(aux) is not ("was" or "were" or "is" or "are" or "been"))
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
}
