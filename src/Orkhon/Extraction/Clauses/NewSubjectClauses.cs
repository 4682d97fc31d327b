namespace Orkhon.Extraction.Clauses;

/// <summary>
/// Where a verb's objects stop at a new clause with its own subject: "China has pledged 20 million yuan in emergency aid, and
/// Russia delivered fodder…" names no recipient of China's aid; Russia is the next clause's subject, not the pledge's target.
/// </summary>
internal static class NewSubjectClauses
{
    /// <summary>
    /// The comma that opens ", and"/", but"/", while" + an actor + (an auxiliary or "also") + a later phrase of
    /// <paramref name="triggers"/>, between the end of phrase <paramref name="index"/> and <paramref name="end"/>; else
    /// <paramref name="end"/>.
    /// </summary>
    public static int ObjectEnd(SentenceView view, List<Trigger> triggers, int index, int end)
    {
        for (var k = triggers[index].End; k + 2 < end; k++)
        {
            if (view.Word(k) is not "," || view.Word(k + 1) is not ("and" or "but" or "while"))
            {
                continue;
            }

            var j = k + 2;
            while (j < end && PhraseGrammar.IsDeterminer(view, j))
            {
                j++;
            }

            if (j >= end || view.MentionAt[j] < 0)
            {
                continue;
            }

            j = view.Found[view.MentionAt[j]].Last + 1;
            while (j < view.Tokens.Count && (view.Word(j) is "also" or "then" or "later" or "has" or "have" or "had" or "was" or "were" || view.Blocked[j]))
            {
                j++;
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
}
