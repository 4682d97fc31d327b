using Orkhon.Extraction.Mentions;

namespace Orkhon.Extraction;

/// <summary>
/// A clause under a verb of belief, fear or suspicion is what its holder believes of another party, not that party's act or
/// plan: "Poland worries that Russia will attack the Baltic states", "Washington thinks Iran will supply missiles to Russia"
/// tell no threat of Russia and no pledge of Iran. A reporting verb ("said", "announced") tells the act as the speaker's
/// report and is not such a verb; a belief is speculation (CAMEO codes what a party says or does, not what others expect of
/// it). The verb (class <c>belief</c> of <c>data/lexicon/modality-cues.tsv</c>) must stand right before the clause's subject,
/// "that" allowed between, and after a holder (an actor or a personal pronoun); the subject and the phrase must stand in one
/// clause (no comma, "and" or "but" between). "Japan believes in dialogue with China" and "Estonia, fearing an attack,
/// closed its border with Russia" have no clause with its own subject and keep their acts. Switch:
/// <see cref="ExtractionGuards.HeldBeliefs"/>.
/// </summary>
internal static class HeldBeliefs
{
    // Between the holder and the verb: "Poland also fears", "Kyiv still fears", "officials have long feared".
    private const int HolderReach = 3;

    /// <summary>Whether the phrase at <paramref name="trigger"/> stands in a clause that a verb of belief governs.</summary>
    public static bool IsBelieved(SentenceView view, Trigger trigger, IReadOnlyList<ActorMention> subject)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(trigger);
        ArgumentNullException.ThrowIfNull(subject);
        if (subject.Count == 0 || subject[0].First >= trigger.First || subject[0].First == 0)
        {
            return false;
        }

        var verb = subject[0].First - 1;
        if (view.Word(verb) is "that" && verb > 0)
        {
            verb--;
        }

        if (!ModalityCues.BeliefLookup.Contains(view.Word(verb)) || !HasHolder(view, verb))
        {
            return false;
        }

        var last = subject.Where(s => s.First < trigger.First).Max(s => s.Last);
        for (var k = last + 1; k < trigger.First; k++)
        {
            if (view.MentionAt[k] < 0 && view.Word(k) is "," or ";" or "and" or "but" or "while" or "because")
            {
                return false;
            }
        }

        return true;
    }

    // The believer: an actor or a personal pronoun (class belief-holder) right before the verb, up to three words of class
    // belief-filler between.
    private static bool HasHolder(SentenceView view, int verb)
    {
        for (var k = verb - 1; k >= Math.Max(0, verb - 1 - HolderReach); k--)
        {
            if (view.MentionAt[k] >= 0 || ModalityCues.BeliefHolderLookup.Contains(view.Word(k)))
            {
                return true;
            }

            if (!ModalityCues.BeliefFillerLookup.Contains(view.Word(k)))
            {
                return false;
            }
        }

        return false;
    }
}
