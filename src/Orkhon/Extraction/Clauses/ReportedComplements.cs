using Orkhon.Extraction.Mentions;

namespace Orkhon.Extraction.Clauses;

/// <summary>
/// "Tokyo said the ship was not Japanese and blamed Tehran for the seizure", "Biden said the hostages would soon be home and
/// thanked Qatar's emir": a past verb after "and" whose subject is the speaker of a reporting verb is the speaker's second act.
/// The negation or the reported future inside the reported clause between them belongs to that clause's own verb, not to it.
/// A bare verb after "and" ("said it would visit Baku and sign …") shares the reported clause's auxiliary and is not this case.
/// </summary>
internal static class ReportedComplements
{
    // "Netanyahu's office", "the Kremlin's chief spokesman": words of the possessed noun phrase before its reporting verb.
    private const int PossessedHeadReach = 4;

    /// <summary>
    /// The span (reporting verb, "and") whose words are the reported clause the phrase at <paramref name="first"/> stands after,
    /// when the phrase is the speaker's own past verb coordinated with the reporting verb; null otherwise.
    /// </summary>
    public static (int ReportingVerb, int And)? Before(SentenceView view, int first, IReadOnlyList<ActorMention> subject)
    {
        if (subject.Count == 0 || first >= view.Tokens.Count || !PhraseGrammar.IsLowerPastForm(view.Word(first)))
        {
            return null;
        }

        var and = first - 1;
        while (and > 0 && PhraseGrammar.IsSequenceAdverb(view.Word(and)))
        {
            and--;
        }

        if (and <= 0 || view.Word(and) is not "and")
        {
            return null;
        }

        // The speaker's reporting verb right after the subject, time phrases and "also" aside ("Tokyo on Monday said …"), or
        // after the head noun the subject is the possessor of ("Netanyahu's office said …").
        var r = subject[^1].Last + 1;
        if (subject[^1].IsPossessive)
        {
            var limit = Math.Min(and, r + PossessedHeadReach);
            while (r < limit && !view.Clauses.IsReportingVerb(r) && (char.IsLetter(view.Word(r)[0]) || view.Word(r) is "'s"))
            {
                r++;
            }
        }

        while (r < and && (view.TimeAt[r] >= 0 || view.Word(r) is "on" or "also" or "again" or "earlier" or "later"))
        {
            r++;
        }

        // The reported clause needs words of its own between its verb and "and".
        return r + 1 < and && view.Clauses.IsReportingVerb(r) ? (r, and) : null;
    }
}
