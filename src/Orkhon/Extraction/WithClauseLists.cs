using Orkhon.Extraction.Lexicon;

namespace Orkhon.Extraction;

/// <summary>
/// The parties an absolute "with" clause lists ("with Anwar, Trump and Xi looking on", ", with China and Russia insisting
/// …"), read back from one of them to "with" and on from it past the others. <see cref="Onlookers"/> and
/// <see cref="AbsoluteWithClauses"/> read the same list and differ only in what must stand before and after it.
/// </summary>
internal static class WithClauseLists
{
    // The longest list read back to "with" or on past its parties, in tokens.
    public const int LongestList = 16;

    /// <summary>
    /// The index of the "with" that opens the list <paramref name="first"/> stands in, read back over determiners and the
    /// parties before it; -1 when another word comes first.
    /// </summary>
    public static int OpeningWith(SentenceView view, int first)
    {
        for (var k = first - 1; k >= 0 && k >= first - LongestList; k--)
        {
            var w = view.Word(k);
            if (w is "with")
            {
                return k;
            }

            if (view.MentionAt[k] < 0 && w is not ("and" or ",") && !Determiners.IsArticleOrPossessive(w))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// On from <paramref name="k"/> over the parties listed after it ("Anwar and Trump", "Anwar, Trump and Xi"): a comma or
    /// "and" counts only when a party follows, so "talks with China, watching …" keeps China as the partner.
    /// </summary>
    public static int ListEnd(SentenceView view, int k)
    {
        var last = Math.Min(view.Tokens.Count, k + LongestList);
        while (k < last)
        {
            if (view.MentionAt[k] >= 0)
            {
                k++;
                continue;
            }

            var next = k + 1;
            while (next < last && view.MentionAt[next] < 0 && Determiners.IsArticleOrPossessive(view.Word(next)))
            {
                next++;
            }

            if (view.Word(k) is "and" or "," && next < last && view.MentionAt[next] >= 0)
            {
                k = next;
                continue;
            }

            break;
        }

        return k;
    }
}
