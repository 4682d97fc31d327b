using System.Collections.Frozen;
using Orkhon.Text;

namespace Orkhon.Extraction.Mentions;

/// <summary>
/// "Kishida and Khurelsukh agreed to upgrade ties. In their talks at the prime minister's office, Kishida said…": a joint act
/// named by "their" in a phrase that opens its sentence ("In their talks", "At their meeting", "During their talks") belongs to
/// the two people the story named last, as "the two leaders" does. Only at the sentence's opening, before any actor of the
/// sentence, where the story's pair is the only thing "their" can point back to; elsewhere across sentences "their" is left
/// alone, because the last two states named are too often not the ones who met.
/// </summary>
internal static class OpeningJointAct
{
    // joint-opener of data/lexicon/mention-words.tsv, compared as written: the opener is capitalised at the sentence's start.
    private static readonly FrozenSet<string> s_openers = MentionFinder.Words.Of("joint-opener").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The pair's codes for "their" at token <paramref name="i"/>, or null when the rule does not apply.</summary>
    public static IReadOnlyList<string>? Owners(string text, List<Token> tokens, int i, MentionContext context, IReadOnlyList<ActorMention> current)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(current);
        if (current.Count > 0 || i < 1 || i > 2 || !s_openers.Contains(tokens[0].TextIn(text)) || (i == 2 && tokens[1].In(text) is not "of"))
        {
            return null;
        }

        // Both owners must be people the story named (its leaders or envoys), not two states named in passing.
        return context.LastPair(current, people: true) is { Count: 2 } pair
            && pair.All(code => context.Recent.Any(m => m.Code == code && MentionContext.IsIndividual(m))) ? pair : null;
    }
}
