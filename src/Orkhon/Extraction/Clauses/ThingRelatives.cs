using Orkhon.Text;

namespace Orkhon.Extraction.Clauses;

/// <summary>
/// A relative clause about a thing: "condolences over the earthquake, which has killed 35,000 people", "blamed a rocket
/// misfired by a militant group, which denied responsibility". The clause's subject is the noun before "which" or "that";
/// when no actor stands there and none inside the clause, nobody named acts. The main clause's subject, which
/// coordinated verb phrases share, is not that clause's subject. So with "who" after people no table names as an actor
/// ("backing rebels who seized the Congolese city of Goma" is no act of the one who backs them), crowds aside.
/// </summary>
internal static class ThingRelatives
{
    /// <summary>Whether the verb at <paramref name="trigger"/> stands in a "which"/"that"/"who" clause with no actor before it or inside it.</summary>
    public static bool HasThingSubject(SentenceView view, Trigger trigger)
    {
        if (trigger.Entry.IsNoun || trigger.Passive)
        {
            return false;
        }

        var pronoun = view.Clauses.Relatives.RelativeOf(trigger.First);
        if (pronoun < 1 || view.Word(pronoun) is not ("which" or "that" or "who"))
        {
            return false;
        }

        // "protesters who hurled stones at the embassy": a crowd is of the state it protests in (WeakSubjects), so "who" after a
        // crowd noun is left to that reading.
        if (view.Word(pronoun) is "who" && s_crowdNouns.Contains(view.Word(pronoun - 1)))
        {
            return false;
        }

        // "which Poland called a provocation": the clause names its own subject.
        for (var k = pronoun + 1; k < trigger.First; k++)
        {
            if (view.MentionAt[k] >= 0)
            {
                return false;
            }
        }

        // "in which he also praised Turkey", "under which …": a preposition before the pronoun makes it no subject.
        var before = pronoun - 1;
        if (view.Word(before) is "in" or "under" or "by" or "during" or "at" or "for" or "with" or "after")
        {
            return false;
        }

        return SubjectFinder.Antecedent(view, pronoun, anyPosition: true).Count == 0 && view.MentionAt[before is > 0 && view.Word(before) is "," ? before - 1 : before] < 0;
    }

    private static readonly WordSet s_crowdNouns = ClauseView.Words.Lookup("crowd-noun");
}
