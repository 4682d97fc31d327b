using Orkhon.Domain;
using Orkhon.Extraction.Mentions;

namespace Orkhon.Extraction;

/// <summary>
/// "U.S. and British warships struck targets in Yemen. … Iran condemned the strikes as a violation of Yemen's sovereignty",
/// "Poland condemned the attack on Ukraine": a criticism whose object is a definite armed act ("the strikes", "the raid") is
/// aimed at whoever carried the act out, told in this sentence or a few before, not at its victim, whom the sentence names
/// after the noun ("on Ukraine", "of Yemen's sovereignty") and the pair finder reads as the object. Only a victim of the coded
/// armed acts is replaced, and only when the strikers are clear: one party, or the parties of one joint act, none of them a
/// victim too (after an exchange of fire "the attack" names no author) nor one of the critics.
/// </summary>
internal static class VictimsOfTheAct
{
    /// <summary>The pairs with each victim of the armed act the criticism names replaced by its strikers; the pairs unchanged otherwise.</summary>
    public static List<ActorPair> AimedAtStrikers(SentenceView view, CodedPhrase phrase, List<ActorPair> pairs, List<EventMention> events, MentionContext context)
    {
        var trigger = phrase.Trigger;
        if (pairs.Count == 0 || phrase.Cameo.RootNumber != 11 || trigger.Entry.IsNoun || trigger.Passive || !ActAuthors.NamesArmedAct(view, trigger.End))
        {
            return pairs;
        }

        if (Strikers(view, phrase, events, context) is not { } found)
        {
            return pairs;
        }

        var (strikers, victims) = found;

        var aimed = new List<ActorPair>(pairs.Count);
        var changed = false;
        foreach (var pair in pairs)
        {
            if (!victims.Contains(pair.Target.Code))
            {
                aimed.Add(pair);
                continue;
            }

            changed = true;
            foreach (var striker in strikers)
            {
                var target = new ActorMention(pair.Target.First, pair.Target.Last, [striker.Code], striker.Role, MentionKind.Coreference, false, false);
                if (!aimed.Exists(p => p.Source.Code == pair.Source.Code && p.Target.Code == striker.Code))
                {
                    aimed.Add(new ActorPair(pair.Source, target, null));
                }
            }
        }

        return changed ? aimed : pairs;
    }

    // The strikers and victims of the armed acts (roots 18-20) coded in this sentence and up to ThreatenedAttackSentences
    // before; null when there are none, when they were carried out by several parties that did not act together, when a striker
    // was also struck, or when a critic was among the strikers.
    private static (List<ActorRef> Strikers, HashSet<string> Victims)? Strikers(SentenceView view, CodedPhrase phrase, List<EventMention> events, MentionContext context)
    {
        var strikers = new List<ActorRef>();
        var victims = new HashSet<string>(StringComparer.Ordinal);
        (int Sentence, int Phrase)? jointAct = null;
        var oneAct = true;
        var earlier = context.EarlierEvents;
        for (var s = earlier.Count; s >= Math.Max(0, earlier.Count - view.Options.ThreatenedAttackSentences); s--)
        {
            foreach (var e in s == earlier.Count ? events : earlier[s])
            {
                if (e.Cameo.RootNumber is not (18 or 19 or 20) || e.Source.Code == e.Target.Code)
                {
                    continue;
                }

                oneAct &= jointAct is null || jointAct == (e.SentenceStart, e.PhraseStart);
                jointAct ??= (e.SentenceStart, e.PhraseStart);
                victims.Add(e.Target.Code);
                if (!strikers.Exists(r => r.Code == e.Source.Code))
                {
                    strikers.Add(e.Source);
                }
            }
        }

        if (strikers.Count == 0 || (strikers.Count > 1 && !oneAct) || strikers.Exists(r => victims.Contains(r.Code))
            || strikers.Exists(r => phrase.Subject.Any(m => m.Codes.Contains(r.Code))))
        {
            return null;
        }

        return (strikers, victims);
    }
}
