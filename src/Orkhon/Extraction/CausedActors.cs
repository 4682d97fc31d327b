using Orkhon.Extraction.Mentions;

namespace Orkhon.Extraction;

/// <summary>
/// The actor a causative verb makes act: "prompted Seoul to scramble jets", "forced Kyiv to withdraw", "led Algeria, Polisario's
/// main backer, to recall its ambassador". That actor is the infinitive's subject, and the act is told as done. An apposition
/// between the actor and "to" describes the actor; an actor inside it ("a close U.S. ally") is not the one who acts.
/// </summary>
internal static class CausedActors
{
    // Words an apposition may run to between the caused actor and "to" ("Pakistan, already under pressure at home, to …"); a
    // longer stretch is more likely a clause than a description.
    private const int AppositionReach = 10;

    /// <summary>
    /// The actor a causative verb governs before the infinitive <paramref name="trigger"/> ("to" right before it), or null when the
    /// infinitive is not caused. The actor is named right before "to", or before an apposition between commas that ends there.
    /// </summary>
    public static ActorMention? Of(SentenceView view, Trigger trigger)
    {
        var to = trigger.First - 1;
        if (trigger.Entry.IsNoun || to < 2 || view.Word(to) is not "to")
        {
            return null;
        }

        var objectEnd = to - 1;
        if (view.Word(objectEnd) is ",")
        {
            objectEnd = AppositionOpening(view, objectEnd) - 1;
        }

        return objectEnd >= 1 && view.MentionOf(objectEnd) is { IsPlace: false } caused && caused.Last == objectEnd && caused.First > 0
            && ModalityCues.CauseLookup.Contains(view.Word(caused.First - 1)) && !IsDeniedOrModal(view, caused.First - 1)
            ? caused
            : null;
    }

    // "has not prompted Japan to summon", "could have forced Kyiv to withdraw": a negation or modal among the auxiliaries
    // before the causative verb says nobody was made to act.
    private static bool IsDeniedOrModal(SentenceView view, int verb)
    {
        const int auxiliaryReach = 3;
        for (var k = verb - 1; k >= 0 && k >= verb - auxiliaryReach; k--)
        {
            var w = view.Word(k);
            if (ModalityCues.NegationLookup.Contains(w) || ModalityCues.ModalLookup.Contains(w))
            {
                return true;
            }

            if (!PhraseGrammar.IsAuxiliary(w))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The caused actor when an apposition stands between it and "to": only then is it not the nearest actor.</summary>
    public static ActorMention? BeforeApposition(SentenceView view, Trigger trigger) =>
        trigger.First >= 2 && view.Word(trigger.First - 2) is "," ? Of(view, trigger) : null;

    // The comma that opens the apposition closed by the comma at `closing`, or -1: no clause word, coordination or other
    // punctuation inside ("forced Kyiv, which had refused, to …" is a clause, not a description).
    private static int AppositionOpening(SentenceView view, int closing)
    {
        for (var k = closing - 1; k > 0 && k >= closing - AppositionReach; k--)
        {
            var w = view.Word(k);
            if (w is ",")
            {
                return k;
            }

            if (w is ";" or ":" or "(" or ")" or "\"" or "which" or "who" or "that" or "and" or "but")
            {
                return -1;
            }
        }

        return -1;
    }
}
