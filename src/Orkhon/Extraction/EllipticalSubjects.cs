using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// An act told once and shared by parties named after it with an auxiliary standing for the verb: "Germany condemned the
/// test, as did France and Italy", "Japan has imposed sanctions on Moscow, as have Britain and Canada", "…, and so did
/// Italy". The parties after ", as did" or "and so did" are further subjects of the act before it, never its objects.
/// </summary>
internal static class EllipticalSubjects
{
    /// <summary>
    /// The parties of a ", as did A and B" clause between <paramref name="from"/> and <paramref name="end"/>, and the token where
    /// that clause opens (the act's objects stop there); null when the phrase has no such clause.
    /// </summary>
    public static (int Opens, List<ActorMention> Parties)? SharedAct(SentenceView view, int from, int end)
    {
        var (found, mentionAt) = (view.Found, view.MentionAt);
        for (var k = Math.Max(from, 1); k + 2 < end; k++)
        {
            // ", as did France", "and so did France".
            var opens = view.Word(k) is "as" && view.Word(k - 1) is "," ? k - 1
                : view.Word(k) is "so" && view.Word(k - 1) is "and" ? (k >= 2 && view.Word(k - 2) is "," ? k - 2 : k - 1)
                : -1;
            if (opens < 0 || !IsStandIn(view.Word(k + 1)))
            {
                continue;
            }

            var j = k + 2;
            if (view.Word(j) is "the")
            {
                j++;
            }

            if (j >= end || mentionAt[j] < 0 || found[mentionAt[j]] is not { IsPlace: false, IsWeak: false } first || first.First != j)
            {
                return null;
            }

            return (opens, SubjectFinder.WithCoordinated(view, first, end));
        }

        return null;
    }

    /// <summary>
    /// A gapped clause after the phrase, between <paramref name="from"/> and <paramref name="end"/>: "Poland expelled five
    /// diplomats and Bulgaria ten", "…, Romania three and Bulgaria two": each party before a bare count does the act again on
    /// the same objects. Returns the token where the first gapped clause opens (the act's objects stop there) and its parties.
    /// </summary>
    public static (int Opens, List<ActorMention> Parties)? Gapped(SentenceView view, int from, int end)
    {
        var (found, mentionAt, tokens) = (view.Found, view.MentionAt, view.Tokens);
        var opens = -1;
        var parties = new List<ActorMention>();
        for (var k = Math.Max(from, 1); k < end; k++)
        {
            if (mentionAt[k] < 0 || !(view.Word(k - 1) is "and" or ","))
            {
                continue;
            }

            var m = found[mentionAt[k]];
            if (m.First != k || m.IsPlace || m.IsWeak || m.IsPossessive)
            {
                k = m.Last;
                continue;
            }

            // The count, and nothing of a verb after it: "and Bulgaria ten.", "and Romania three, the ministry said".
            var count = m.Last + 1;
            if (count >= tokens.Count || !IsCount(view, count) || (count + 1 < tokens.Count && !(view.Word(count + 1) is "." or "," or ";" or "and" or "respectively")))
            {
                k = m.Last;
                continue;
            }

            if (opens < 0)
            {
                opens = view.Word(k - 1) is "and" && view.Word(k - 2) is "," ? k - 2 : k - 1;
            }

            parties.Add(m);
            k = count;
        }

        return opens < 0 ? null : (opens, parties);
    }

    internal static bool IsCount(SentenceView view, int k) =>
        k >= 0 && k < view.Tokens.Count && (view.Tokens[k].Kind == TokenKind.Number
        || view.Word(k) is "one" or "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten" or "eleven" or "twelve" or "dozens" or "more");

    // The auxiliaries that stand in for a verb told before: "as did", "as have", "as has", "as had", "as do", "as does".
    private static bool IsStandIn(ReadOnlySpan<char> word) => Inflection.IsFiniteDo(word) || Inflection.IsFiniteHave(word);
}
