using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// "told Israel to allow aid in", "told Russia and Ukraine on Monday to stop fighting": a verb that only directs its object
/// when a "to"-infinitive follows that object. "told reporters", "told Khurelsukh that…" and "told the court in writing"
/// direct no one. Between the object and "to" stand only further actors of a coordination ("Russia and Ukraine", "both
/// sides"), commas, time phrases ("on Monday", "last week") and a manner adverb ("bluntly").
/// </summary>
internal static class InfinitiveAfterObject
{
    // How many tokens may stand between the object's first word and "to" (a coordinated pair and a time phrase).
    private const int Reach = 14;

    // phrase-words.tsv: directed-object-link ("and", "both" …) and directed-time-opener ("on", "last" …).
    private static readonly WordSet s_links = PhraseGrammar.Words.Lookup("directed-object-link");
    private static readonly WordSet s_timeOpeners = PhraseGrammar.Words.Lookup("directed-time-opener");

    /// <summary>Whether the object that starts at <paramref name="k"/> is followed by "to" and a lower-case verb.</summary>
    public static bool Follows(SentenceView view, int k)
    {
        var tokens = view.Tokens;
        for (var j = k; j < tokens.Count && j < k + Reach; j++)
        {
            if (view.MentionAt[j] >= 0)
            {
                j = view.Found[view.MentionAt[j]].Last;
                continue;
            }

            if (view.TimeAt[j] >= 0 || s_links.Contains(view.Word(j)) || IsMannerAdverb(view.Word(j)))
            {
                continue;
            }

            // "on Monday", "last week" read without a publication date are no time phrase yet: a day or period after one of
            // these words is passed over all the same.
            if (s_timeOpeners.Contains(view.Word(j)) && j + 1 < tokens.Count && view.MentionAt[j + 1] < 0)
            {
                j++;
                continue;
            }

            return view.Word(j) is "to" && j + 1 < tokens.Count && tokens[j + 1].Kind == TokenKind.Word
                && char.IsLower(view.Word(j + 1)[0]) && view.MentionAt[j + 1] < 0;
        }

        return false;
    }

    // "told Moscow bluntly to…": a lower-case word in -ly.
    private static bool IsMannerAdverb(ReadOnlySpan<char> word) =>
        word.Length > 4 && char.IsLower(word[0]) && word.EndsWith("ly", StringComparison.Ordinal);
}
