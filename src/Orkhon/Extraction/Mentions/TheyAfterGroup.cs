using System.Collections.Frozen;
using Orkhon.Text;

namespace Orkhon.Extraction.Mentions;

/// <summary>
/// "It is the first visit between the two countries since they established diplomatic relations in 1992", "Singapore played
/// host to the two leaders, where they signed a statement": a lower-case "they" right after a word that opens a clause of time,
/// place or cause (<c>group-subordinator</c> of <c>data/lexicon/mention-words.tsv</c>) is the group its own sentence named just
/// before ("the two countries", "the two leaders", "the three Baltic states"), when no other party was named between them. The
/// clause continues the sentence's own pair; "they" elsewhere ("…, they said", an officials' "they") is left as it was.
/// </summary>
internal static class TheyAfterGroup
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_openers =
        MentionFinder.Words.Of("group-subordinator").ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The group "they" at token <paramref name="i"/> stands for, as a mention on that token; null when the rule does not apply.</summary>
    public static ActorMention? Group(string text, List<Token> tokens, int i, IReadOnlyList<ActorMention> mentions)
    {
        if (i < 1 || !tokens[i].In(text).Equals("they", StringComparison.Ordinal) || !s_openers.Contains(tokens[i - 1].In(text)))
        {
            return null;
        }

        // The last party the sentence named before "they" must be the group itself: "the two countries … after China warned …
        // since they" has another party in between, and "they" may be it.
        for (var k = mentions.Count - 1; k >= 0; k--)
        {
            var m = mentions[k];
            if (m.IsPlace || m.IsWeak || m.First >= i)
            {
                continue;
            }

            // "condemned the militant raids, as they killed…": a plural noun after the group is the nearer antecedent.
            for (var j = m.Last + 1; j < i - 1; j++)
            {
                var w = tokens[j].In(text);
                if (tokens[j].Kind == TokenKind.Word && w.Length > 3 && char.IsLower(w[0]) && w[^1] == 's' && w[^2] != 's')
                {
                    return null;
                }
            }

            return m.Codes.Count >= 2 && !m.Codes.Contains(string.Empty)
                ? new ActorMention(i, i, m.Codes, m.Role, MentionKind.Coreference, false, false)
                : null;
        }

        return null;
    }
}
