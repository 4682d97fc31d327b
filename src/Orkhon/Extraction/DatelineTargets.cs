using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// "KYIV, March 4 (Reuters) - … Russia had launched 28 attack drones at central and southern regions": an armed act (roots
/// 18–20) aimed at places the text names only by their kind ("regions", "towns", "positions") strikes the state of the
/// dateline, when that state is not the attacker and the document has named it as an actor or place. Nothing is guessed
/// without a dateline, or when the act names a state of its own.
/// </summary>
internal static class DatelineTargets
{
    /// <summary>The dateline's state as the target of <paramref name="phrase"/>, or null.</summary>
    public static ActorMention? Target(SentenceView view, CodedPhrase phrase, MentionContext context)
    {
        var (trigger, subject) = (phrase.Trigger, phrase.Subject);
        if (trigger.Entry.IsNoun || trigger.Passive || phrase.Cameo.RootNumber is not (18 or 19 or 20) || subject.Count == 0
            || context.DatelineState is not { } home || subject.Any(s => s.Code == home))
        {
            return null;
        }

        // The places by kind: a word of the class right after the phrase or after its modifiers, before any actor or comma.
        var kind = -1;
        for (var k = trigger.End; k < Math.Min(view.Tokens.Count, trigger.End + view.Options.PlaceKindReach) && kind < 0; k++)
        {
            if (view.MentionAt[k] >= 0 || view.Tokens[k].Kind == TokenKind.Punctuation)
            {
                return null;
            }

            kind = s_placeKinds.Contains(view.Word(k)) ? k : -1;
        }

        static bool Names(ActorMention m, string code) => m.Code == code && m.Codes.Count == 1;
        if (kind < 0 || !(view.Found.Any(m => Names(m, home)) || context.Recent.Any(m => Names(m, home))))
        {
            return null;
        }

        return new ActorMention(kind, kind, [home], null, MentionKind.Name, true, false);
    }

    private static readonly WordSet s_placeKinds =
        PhraseGrammar.Words.Lookup("place-kind");
}
