using Orkhon.Extraction.Lexicon;
using Orkhon.Text;
namespace Orkhon.Extraction.Clauses;

/// <summary>
/// Where a verb's objects stop at a new clause with its own subject: "China has pledged 20 million yuan in emergency aid, and
/// Russia delivered fodder…" names no recipient of China's aid; Russia is the next clause's subject, not the pledge's target.
/// </summary>
internal static class NewSubjectClauses
{
    /// <summary>
    /// The comma that opens ", and"/", but"/", while" (or the semicolon that opens ";") + an actor + (an auxiliary or "also") + a later phrase of
    /// <paramref name="triggers"/>, between the end of phrase <paramref name="index"/> and <paramref name="end"/>; else
    /// <paramref name="end"/>.
    /// </summary>
    public static int ObjectEnd(SentenceView view, List<Trigger> triggers, int index, int end)
    {
        for (var k = triggers[index].End; k + 2 < end; k++)
        {
            // "…; the United States is its main backer": a semicolon opens a clause as ", and" does.
            var semicolon = view.Word(k) is ";";
            if (!semicolon && (view.Word(k) is not "," || view.Word(k + 1) is not ("and" or "but" or "while")))
            {
                continue;
            }

            var j = semicolon ? k + 1 : k + 2;
            while (j < end && PhraseGrammar.IsDeterminer(view, j))
            {
                j++;
            }

            if (j >= end || view.MentionAt[j] < 0)
            {
                continue;
            }

            j = view.Found[view.MentionAt[j]].Last + 1;
            // "…, and France and Egypt condemned it": the new clause's subject may be several coordinated actors.
            j = AfterCoordinatedActors(view, j, end);
            // "…, while China, the North's main ally, urged restraint": an appositive may stand between the subject and its verb.
            j = AfterAppositive(view, j, end);
            // "…, and the United States is its main financial backer": a copula after the actor is the new clause's verb.
            if (j < end && view.Word(j) is "is" or "are")
            {
                return k;
            }

            while (j < view.Tokens.Count && (PhraseGrammar.IsSequenceAdverb(view.Word(j)) || Inflection.IsFiniteHave(view.Word(j)) || view.Word(j) is "was" or "were" || view.Blocked[j] || PhraseGrammar.IsLyAdverb(view.Word(j))))
            {
                j++;
            }

            // "…voiced support for the Philippines, and Washington repeated that…": a verb of saying or a past-tense verb no
            // phrase codes opens the new clause as well as a coded one does.
            if (j < end && IsFiniteVerb(view, j))
            {
                return k;
            }

            for (var u = index + 1; u < triggers.Count; u++)
            {
                if (triggers[u].First == j && !triggers[u].Entry.IsNoun)
                {
                    return k;
                }
            }
        }

        return end;
    }

    // The token after "and B", ", B and C" following an actor that ends before j ("France and Egypt", "the United Arab Emirates"); j
    // when no actor is coordinated there.
    private static int AfterCoordinatedActors(SentenceView view, int j, int end)
    {
        while (j + 1 < end && view.Word(j) is "and" or ",")
        {
            var next = j + 1;
            while (next < end && PhraseGrammar.IsDeterminer(view, next))
            {
                next++;
            }

            if (next >= end || view.MentionAt[next] < 0)
            {
                return j;
            }

            j = view.Found[view.MentionAt[next]].Last + 1;
        }

        return j;
    }

    // Words an appositive between a subject and its verb may run to ("China, the North's main ally, urged").
    private const int AppositiveReach = 6;

    // The token after ", <a short phrase with no verb of its own>," at j; j when no such appositive stands there.
    private static int AfterAppositive(SentenceView view, int j, int end)
    {
        if (j >= end || view.Word(j) is not ",")
        {
            return j;
        }

        for (var k = j + 1; k < end && k <= j + AppositiveReach; k++)
        {
            if (view.Word(k) is ",")
            {
                return k > j + 1 ? k + 1 : j;
            }

            if (view.Word(k) is "." or ";" or "and" or "but" or "who" or "which" or "that" || IsFiniteVerb(view, k))
            {
                return j;
            }
        }

        return j;
    }

    // A reporting verb ("said", "told") or a lower-case past form ("repeated", "voiced") right after the actor.
    private static bool IsFiniteVerb(SentenceView view, int j)
    {
        if (view.MentionAt[j] >= 0 || view.Tokens[j].Kind != Orkhon.Text.TokenKind.Word)
        {
            return false;
        }

        var w = view.Word(j);
        return char.IsLower(w[0]) && (ClauseView.IsReportingWord(w) || PhraseGrammar.IsLowerPastForm(w));
    }
}
