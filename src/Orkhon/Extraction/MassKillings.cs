using System.Globalization;
using Orkhon.Domain;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// CAMEO 202 ("engage in mass killings") is the killing of many unarmed people; a killing of a few is 1823 ("kill by
/// physical assault"). News tells the difference by the count after the verb: "killed more than 400 civilians",
/// "executed hundreds of prisoners". A 1823 phrase whose object counts a hundred or more unarmed people (class
/// <c>mass-victim</c> of <c>data/lexicon/clause-words.tsv</c>) is therefore coded 202. Soldiers, militants and a bare
/// "people" are left as they are: a strike that kills fighters is no mass killing.
/// </summary>
internal static class MassKillings
{
    /// <summary>The smallest count of victims that makes a killing a mass killing.</summary>
    private const int MassCount = 100;

    private const int Thousand = 1000;

    private static readonly CameoCode s_killing = CameoCode.Parse("1823");
    private static readonly CameoCode s_massKilling = CameoCode.Parse("202");
    private static readonly WordSet s_victims = ClauseView.Words.Lookup("mass-victim");

    /// <summary>The code of <paramref name="trigger"/>'s act: 202 for a killing of hundreds of unarmed people, else <paramref name="cameo"/>.</summary>
    public static CameoCode Recode(SentenceView view, Trigger trigger, CameoCode cameo)
    {
        if (cameo != s_killing || trigger.Entry.IsNoun || trigger.Passive)
        {
            return cameo;
        }

        var tokens = view.Tokens;
        var end = Math.Min(tokens.Count, trigger.End + view.Options.MassVictimReach);
        var counted = false;
        for (var k = trigger.End; k < end; k++)
        {
            if (tokens[k].Kind == TokenKind.Punctuation && !IsThousandsSeparator(view, k))
            {
                return cameo;
            }

            var word = view.Word(k);
            if (IsMassCount(view, k))
            {
                counted = true;
            }
            else if (counted && s_victims.Contains(word))
            {
                return s_massKilling;
            }
        }

        return cameo;
    }

    /// <summary>"400", "1,200", "hundreds", "thousands": a count of at least <see cref="MassCount"/>.</summary>
    private static bool IsMassCount(SentenceView view, int k) =>
        view.Word(k).Equals("hundreds", StringComparison.OrdinalIgnoreCase) || IsCountOfAtLeast(view, k, MassCount);

    /// <summary>
    /// Whether token <paramref name="k"/> opens a count of at least <paramref name="least"/>: a number ("1,200", read whole
    /// across its thousands separators) or "thousands" ("tens of thousands"), taken as at least a thousand.
    /// </summary>
    internal static bool IsCountOfAtLeast(SentenceView view, int k, int least)
    {
        var word = view.Word(k);
        if (word.Equals("thousands", StringComparison.OrdinalIgnoreCase))
        {
            return least <= Thousand;
        }

        // "1,200" may be read as one number or as "1", ",", "200": the digits after the separator continue it.
        if (view.Tokens[k].Kind != TokenKind.Number || (k > 0 && IsThousandsSeparator(view, k - 1)))
        {
            return false;
        }

        var digits = word.ToString().Replace(",", string.Empty, StringComparison.Ordinal);
        for (var n = k + 1; n + 1 < view.Tokens.Count && IsThousandsSeparator(view, n); n += 2)
        {
            digits += view.Word(n + 1).ToString();
        }

        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= least;
    }

    /// <summary>A comma between two digit groups with no space ("1,200"), read as part of the number.</summary>
    internal static bool IsThousandsSeparator(SentenceView view, int k) =>
        k > 0 && k + 1 < view.Tokens.Count && view.Word(k) is "," && view.Tokens[k - 1].Kind == TokenKind.Number
        && view.Tokens[k + 1].Kind == TokenKind.Number && view.Word(k + 1).Length == 3 && view.Tokens[k - 1].End == view.Tokens[k].Start
        && view.Tokens[k].End == view.Tokens[k + 1].Start;
}
