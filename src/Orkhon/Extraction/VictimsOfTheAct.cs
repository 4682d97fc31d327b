using System.Collections.Frozen;
using Orkhon.Domain;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;

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
    // "condemned it as", "condemned it on Monday": phrase-words.tsv, after-it-object.
    private static readonly WordSet s_afterItObject = PhraseGrammar.Words.Lookup("after-it-object");

    // The lexicon's two-sided acts ("clashed", "traded fire"): each side is a striker and a victim at once.
    private static readonly FrozenSet<string> s_twoSidedActs = EventLexicon.Default.Entries
        .Where(e => e.Frame == EventFrame.Symmetric).Select(e => e.Id).ToFrozenSet(StringComparer.Ordinal);

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

    /// <summary>
    /// "Israel struck a building in Beirut on Tuesday, and France and Egypt condemned it", "… called the strike 'state terrorism',
    /// and Saudi Arabia condemned it", "… struck targets in Kunar, and Kabul condemned them": "it" or "them" as the object of a
    /// criticism stands for the armed act its sentence told before the verb, coded or named by a definite noun, and is aimed at
    /// its strikers (as <see cref="AimedAtStrikers"/> finds them), as a mention on the pronoun. Null when it heads a clause of
    /// its own ("condemned it would…"), when the sentence told no armed act before the verb, or when the strikers are not clear.
    /// </summary>
    public static ActorMention? StrikersOfIt(SentenceView view, CodedPhrase phrase, List<EventMention> events, MentionContext context)
    {
        var (trigger, it) = (phrase.Trigger, phrase.Trigger.End);
        if (phrase.Cameo.RootNumber != 11 || it >= view.Tokens.Count || view.Word(it) is not ("it" or "them") || view.MentionAt[it] >= 0
            || (it + 1 < view.Tokens.Count && view.Tokens[it + 1].Kind == TokenKind.Word && !s_afterItObject.Contains(view.Word(it + 1))))
        {
            return null;
        }

        var told = events.Exists(e => e.Cameo.RootNumber is 18 or 19 or 20 && e.PhraseStart < view.Tokens[trigger.First].Start);
        for (var k = 0; !told && k + 1 < trigger.First; k++)
        {
            told = ActAuthors.NamesArmedAct(view, k);
        }

        if (!told || Strikers(view, phrase, events, context) is not { } found)
        {
            return null;
        }

        var strikers = found.Strikers;
        return new ActorMention(it, it, [.. strikers.Select(r => r.Code)], strikers.Count == 1 ? strikers[0].Role : null, MentionKind.Coreference, false, false);
    }

    /// <summary>The strikers of the armed acts coded in this sentence and the few before, when they are clear; null otherwise.</summary>
    public static List<ActorRef>? StrikersOf(SentenceView view, CodedPhrase phrase, List<EventMention> events, MentionContext context) =>
        Strikers(view, phrase, events, context)?.Strikers;

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

                // "India and Pakistan traded fire" is coded once, from the first-named side: both sides struck.
                if (s_twoSidedActs.Contains(e.LexiconEntry))
                {
                    victims.Add(e.Source.Code);
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
