using Orkhon.Text;

namespace Orkhon.Extraction.Mentions;

/// <summary>
/// "them" after "between": the two states or organisations the same sentence has named ("Armenia and Azerbaijan accused each
/// other…, a day after the worst fighting between them"), so that a noun with its sides after "between" finds both. Only a
/// pair of this sentence counts: two states of earlier sentences are too often background ("since Moscow sent troops into…").
/// </summary>
internal static class BetweenThem
{
    /// <summary>The pair for "them" at token <paramref name="i"/>, or null.</summary>
    public static ActorMention? Pair(string text, List<Token> tokens, int i, MentionContext context, IReadOnlyList<ActorMention> current)
    {
        if (i < 1 || !tokens[i].In(text).Equals("them", StringComparison.Ordinal) || !tokens[i - 1].In(text).Equals("between", StringComparison.Ordinal))
        {
            return null;
        }

        var named = current.Where(m => m.Kind != MentionKind.Coreference && !m.IsWeak && !m.IsPlace && m.Codes.Count == 1).Select(m => m.Code).Distinct().ToList();
        return named.Count == 2 && context.LastPair(current) is { Count: 2 } two && two.All(named.Contains)
            ? new ActorMention(i, i, two, null, MentionKind.Coreference, false, false)
            : null;
    }
}
