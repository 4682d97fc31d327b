using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// "Hamas leader Yahya Sinwar was killed in an Israeli strike", "two soldiers were wounded during a Russian drone attack": a
/// violent act told in the passive with no agent after "by" was done by the party named before the armed act right after the
/// verb ("in|during a|an|the &lt;state or its group&gt; … strike|attack|raid|shelling"; class <c>armed-act</c> of
/// <c>data/lexicon/act-nouns.tsv</c>): a state's adjective ("an Israeli strike"), a short name ("a US air strike") or an armed
/// group coded with its state ("a Hamas attack"). "Killed in a car bomb attack" names no author, and a place ("killed in
/// Gaza") or a possessor ("in Russia's attack") is not read as one.
/// </summary>
internal static class ArmedActAgents
{
    /// <summary>How many words may stand between the state's adjective and the armed-act noun ("an Israeli air strike").</summary>
    private const int MostModifiers = 2;

    /// <summary>The state whose armed act the passive verb ending at <paramref name="from"/> happened in, or null.</summary>
    public static ActorMention? After(SentenceView view, int from, int windowEnd)
    {
        var k = from;
        if (k >= windowEnd || view.Word(k) is not ("in" or "during"))
        {
            return null;
        }

        k++;
        if (k < windowEnd && Determiners.IsArticle(view.Word(k)))
        {
            k++;
        }

        if (k >= windowEnd || view.MentionOf(k) is not { Kind: MentionKind.Adjective or MentionKind.Name, IsPlace: false, IsPossessive: false, NamesAState: true } state
            || state.First != k)
        {
            return null;
        }

        // The armed-act noun may open the next phrase ("during a Hezbollah attack on …" is also "attack on"), so it is looked for
        // past the window's end.
        for (var noun = state.Last + 1; noun < view.Tokens.Count && noun <= state.Last + 1 + MostModifiers; noun++)
        {
            if (view.MentionAt[noun] >= 0 || view.Tokens[noun].Kind != TokenKind.Word)
            {
                return null;
            }

            if (ActAuthors.IsArmedActNoun(view.Word(noun)))
            {
                return state;
            }
        }

        return null;
    }
}
