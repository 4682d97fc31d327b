using Orkhon.Domain;

namespace Orkhon.Extraction.Clauses;

/// <summary>
/// Two acts promised under one intent ("agreed to hold talks annually and to work together on minerals", "pledged to build a
/// road and train engineers"): the second infinitive is governed by the same intent as the first, so each gives its own
/// intent instead of the second being dropped as an act only meant.
/// </summary>
internal static class CoordinatedInfinitives
{
    /// <summary>
    /// The index in <paramref name="triggers"/> of the intent (root 03) that governs phrase <paramref name="index"/> through
    /// a coordinated infinitive ("… to hold X and to work …", "… to build X and train …"), or -1. The phrase before it must be
    /// that intent's own infinitive (or an intent row that holds it: "agreed to hold talks"), with "to" between them, each within <see cref="ExtractionOptions.ClaimReach"/> tokens of the one before.
    /// </summary>
    public static int IntentGoverning(SentenceView view, List<Trigger> triggers, int index)
    {
        if (index < 1 || triggers[index].Entry.IsNoun)
        {
            return -1;
        }

        var trigger = triggers[index];
        var k = trigger.First - 1;
        if (k >= 0 && view.Word(k) is "to")
        {
            k--;
        }

        if (k < 0 || view.Word(k) is not "and")
        {
            return -1;
        }

        // "agreed to hold annual consultations and to work together…": an intent row that holds its own infinitive.
        var previous = triggers[index - 1];
        if (!previous.Entry.IsNoun && previous.Entry.Cameo.Root == CameoCode.ExpressIntentToCooperate && previous.End <= k
            && trigger.First - previous.End <= view.Options.ClaimReach && HasTo(view, previous.First, previous.End)
            && !GovernedClauses.LeftBefore(view, previous.End, trigger))
        {
            return index - 1;
        }

        if (index < 2)
        {
            return -1;
        }

        var governing = triggers[index - 2];
        if (previous.Entry.IsNoun || !PhraseGrammar.IsInfinitive(view, previous) || previous.End > k
            || governing.Entry.Cameo.Root != CameoCode.ExpressIntentToCooperate || governing.End > previous.First
            || previous.First - governing.End > view.Options.ClaimReach || trigger.First - previous.End > view.Options.ClaimReach
            || GovernedClauses.LeftBefore(view, governing.End, trigger))
        {
            return -1;
        }

        return index - 2;
    }

    private static bool HasTo(SentenceView view, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (view.Word(k) is "to")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether two intents (root 03) are two undertakings: one to meet or mediate (036, 039) and one to do something else
    /// ("agreed to hold talks and to work together on minerals"). Two intents to cooperate in one sentence are most often one
    /// act told by two rows ("would help build a railway": 031 and 033), and the bare intent (030) names nothing of its own.
    /// </summary>
    public static bool AreTwoIntents(CameoCode a, CameoCode b) =>
        a.Root == CameoCode.ExpressIntentToCooperate && b.Root == CameoCode.ExpressIntentToCooperate
        && a.Value is not "030" && b.Value is not "030" && a.Value[..3] != b.Value[..3] && (IsToMeet(a) || IsToMeet(b));

    private static bool IsToMeet(CameoCode code) => code.Value is "036" or "039";
}
