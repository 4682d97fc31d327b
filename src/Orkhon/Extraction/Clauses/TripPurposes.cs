using Orkhon.Text;

namespace Orkhon.Extraction.Clauses;

/// <summary>
/// The purpose of a trip that took place: "police officers flew to Ulaanbaatar on Saturday to assist investigators", "travelled
/// to Moscow to attend the parade". An infinitive is otherwise what was asked or meant, not done; after a trip told in the past
/// tense it is what the travellers came to do and did there. A trip only planned ("will fly to Paris to sign") keeps its
/// infinitive unreal, since the trip itself is no fact.
/// </summary>
internal static class TripPurposes
{
    // Words between the trip's phrase and "to" of the infinitive: its place and time ("flew to Ulaanbaatar on Saturday to").
    private const int Reach = 10;

    /// <summary>The index of the past-tense trip phrase whose purpose the infinitive phrase <paramref name="index"/> states; else -1.</summary>
    public static int TripOf(SentenceView view, List<Trigger> triggers, int index)
    {
        var trigger = triggers[index];
        if (index == 0 || trigger.Entry.IsNoun || trigger.First < 1 || view.Word(trigger.First - 1) is not "to")
        {
            return -1;
        }

        var trip = triggers[index - 1];
        if (trip.Entry.IsNoun || trip.Passive || trip.Entry.Cameo.Value is not "042" || !IsPast(view.Word(trip.First)) || trigger.First - 1 - trip.End > Reach)
        {
            return -1;
        }

        // Only the trip's destination and time stand between: no clause boundary, no other verb's words.
        for (var k = trip.End; k < trigger.First - 1; k++)
        {
            if (view.MentionAt[k] >= 0 || view.TimeAt[k] >= 0 || view.Blocked[k])
            {
                continue;
            }

            if (view.Word(k) is not ("to" or "in" or "on" or "the" or "for" or "at"))
            {
                return -1;
            }
        }

        return index - 1;
    }

    // The simple past of a verb of travel ("flew", "travelled", "went").
    internal static bool IsPast(ReadOnlySpan<char> w) =>
        (w.Length > 3 && w.EndsWith("ed", StringComparison.Ordinal)) || s_irregularPasts.Contains(w);

    // phrase-words.tsv, irregular-travel-past.
    private static readonly WordSet s_irregularPasts = PhraseGrammar.Words.Lookup("irregular-travel-past");
}
