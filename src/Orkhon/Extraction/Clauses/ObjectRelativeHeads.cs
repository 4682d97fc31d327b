using Orkhon.Text;

namespace Orkhon.Extraction.Clauses;

/// <summary>
/// The gap of an object relative clause: in "the export curbs it imposed on Japan", "the sanctions that Washington imposed on
/// Iran" or "a ban, which Beijing imposed on …" the verb's object is the noun the clause describes, which stands before the
/// clause rather than after the verb. A phrase that needs an object word ("impose" needs "sanctions|tariffs|curbs|…") finds it
/// there: the noun right before the relative pronoun ("that", "which") or, in a reduced clause with no pronoun, right before
/// the clause's own subject. That subject (a pronoun of <c>relative-subject</c> in <c>clause-words.tsv</c> or an actor) must
/// stand between the noun and the verb, with only auxiliaries and adverbs after it: "the curbs that hit Japan" has no subject
/// of its own, so its noun is the subject of its verb, not the object.
/// </summary>
internal static class ObjectRelativeHeads
{
    private static readonly WordSet s_subjectPronouns = ClauseView.Words.Lookup("relative-subject");

    private static readonly WordSet s_auxiliaries = ClauseView.Words.Lookup("auxiliary");

    // Auxiliaries and adverbs between the clause's subject and its verb ("it had already imposed").
    private const int AuxiliaryReach = 2;

    /// <summary>The index of the noun an object relative clause describes when the verb at <paramref name="verb"/> heads such a
    /// clause, else -1.</summary>
    public static int Head(SentenceView view, int verb)
    {
        var k = verb - 1;
        for (var skipped = 0; k >= 0 && skipped < AuxiliaryReach && s_auxiliaries.Contains(view.Word(k)) && view.MentionAt[k] < 0; skipped++)
        {
            k--;
        }

        // The clause's own subject: a pronoun, or an actor named in full ("the sanctions the European Union imposed").
        if (k < 1)
        {
            return -1;
        }

        if (view.MentionAt[k] >= 0)
        {
            var subject = view.Found[view.MentionAt[k]];
            if (subject.Last != k || subject.IsPossessive)
            {
                return -1;
            }

            k = subject.First - 1;
            k -= k >= 1 && view.Word(k) is "the" ? 1 : 0;
        }
        else if (s_subjectPronouns.Contains(view.Word(k)))
        {
            k--;
        }
        else
        {
            return -1;
        }

        // "that" or "which" (", which" too); none in a reduced clause.
        if (k >= 1 && view.Word(k) is "that" or "which")
        {
            k--;
            if (view.Word(k + 1) is "which" && k >= 1 && view.Word(k) is ",")
            {
                k--;
            }
        }

        return k >= 0 && view.MentionAt[k] < 0 && view.TimeAt[k] < 0 ? k : -1;
    }

    /// <summary>Whether the phrase at <paramref name="trigger"/> heads an object relative clause on one of its own required
    /// object words ("the export curbs it imposed on Japan"), starting at or after <paramref name="from"/>.</summary>
    public static bool DescribesObjectWord(SentenceView view, Trigger trigger, int from) =>
        !trigger.Passive && !trigger.Entry.IsNoun && trigger.Entry.RequiredObjects.Count > 0 && trigger.Phrase.IsParticiple(view.Word(trigger.First))
        && Head(view, trigger.First) is var head && head >= from
        && trigger.Phrase.IsRequiredObject(view.Word(head));
}
