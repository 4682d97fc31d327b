using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// "all" before a possessive is the share "all of" told without "of", as "all the" is: "Laos imports nearly all its fuel from
/// Thailand", "Tajikistan buys almost all its wheat from Kazakhstan" tell a standing flow, not a purchase. The possessives are
/// class <c>share-possessive</c> of <c>data/lexicon/modality-cues.tsv</c>; the caller (the share statistic of
/// <see cref="ModalityClassifier"/>) asks for a verb in the simple present, so "imported all its grain from Ukraine in May" and
/// "withdrew all its troops" stay acts. Switch: <see cref="ExtractionGuards.PossessiveShares"/>.
/// </summary>
internal static class PossessiveShares
{
    /// <summary>Whether the token at <paramref name="k"/> is "all" and the next a possessive of that class.</summary>
    public static bool IsAllOfOwn(string text, List<Token> tokens, int k)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return k + 1 < tokens.Count && tokens[k].In(text) is "all" && ModalityCues.SharePossessiveLookup.Contains(tokens[k + 1].In(text));
    }
}
