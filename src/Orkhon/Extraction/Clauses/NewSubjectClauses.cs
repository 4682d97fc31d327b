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
            while (j < view.Tokens.Count && (view.Word(j) is "also" or "then" or "later" or "has" or "have" or "had" or "was" or "were" || view.Blocked[j] || IsAdverb(view.Word(j))))
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

            // "voiced support for the Philippines, and Washington repeated that …", "condemned Sudan, and Uganda expressed concern":
            // an actor followed by a verb the lexicon has no phrase for opens a clause too.
            if (j < view.Tokens.Count && IsFiniteVerb(view.Word(j)))
            {
                return k;
            }
        }

        return end;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_reporting = ClauseView.Words.Lookup("reporting");

    // "formally", "swiftly": a lower-case -ly word.
    private static bool IsAdverb(ReadOnlySpan<char> w) => w.Length > 4 && char.IsLower(w[0]) && w.EndsWith("ly", StringComparison.Ordinal) && w is not "only";

    // A reporting verb, or a lower-case past form ("repeated", "expressed"): the verb of a clause of its own.
    private static bool IsFiniteVerb(ReadOnlySpan<char> w) =>
        s_reporting.Contains(w) || (w.Length > 4 && char.IsLower(w[0]) && w.EndsWith("ed", StringComparison.Ordinal));
}
