using Orkhon.Extraction.Mentions;

namespace Orkhon.Extraction.Clauses;

/// <summary>
/// A condition that closes before a verb coordinated with the main clause: "warned of serious consequences if the ship was not
/// released and urged Tehran to free its crew". The "if" clause belongs to the warning; "urged", whose subject stands before the
/// condition and which follows "and" in the past tense, is the main clause's second verb and told as done. "if Russia invaded
/// and occupied Kyiv" keeps "occupied" inside the condition: its subject is the condition's own.
/// </summary>
internal static class ClosedConditions
{
    // Words between "and" and the verb: "and then urged", "and also called on".
    private static bool IsAdverb(ReadOnlySpan<char> w) => w is "also" or "then" or "later" or "again" or "further" || PhraseGrammar.IsLyAdverb(w);

    /// <summary>True when the last condition before <paramref name="trigger"/> closes before it (see <see cref="CoordinatedAfter"/>).</summary>
    public static bool ClosesBefore(SentenceView view, Trigger trigger, IReadOnlyList<ActorMention> subject)
    {
        for (var k = trigger.First - 1; k > 0; k--)
        {
            if (view.Word(k) is "if" or "unless")
            {
                return CoordinatedAfter(view, trigger, subject, k) >= 0;
            }
        }

        return false;
    }

    /// <summary>
    /// The "and" that ends the condition opened at <paramref name="condition"/> and coordinates <paramref name="trigger"/> with
    /// the verb before the condition; else -1.
    /// </summary>
    public static int CoordinatedAfter(SentenceView view, Trigger trigger, IReadOnlyList<ActorMention> subject, int condition)
    {
        // A condition that opens the sentence ("If talks fail, …") governs the clause after it; one after a main clause ends
        // where that clause's next verb begins.
        if (condition <= 0 || trigger.Entry.IsNoun || trigger.Passive || subject.Count == 0 || subject.Any(s => s.Last >= condition)
            || !view.Word(trigger.First).EndsWith("ed", StringComparison.Ordinal))
        {
            return -1;
        }

        var and = trigger.First - 1;
        while (and > condition && IsAdverb(view.Word(and)))
        {
            and--;
        }

        if (and <= condition + 1 || view.Word(and) is not "and")
        {
            return -1;
        }

        // One condition, no second clause boundary between it and the verb.
        for (var k = condition + 1; k < and; k++)
        {
            if (view.Word(k) is ";" or ":" || view.Word(k) is "if" or "unless")
            {
                return -1;
            }
        }

        return and;
    }
}
