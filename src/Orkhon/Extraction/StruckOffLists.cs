namespace Orkhon.Extraction;

/// <summary>
/// "struck South Korea off its whitelist of trusted trading partners", "has struck the Russian-flagged vessels off its
/// register": a verb of force whose object is then taken "off" a list, a register or a roll names a deletion, not an attack.
/// Only the force reading (roots 18–20) is dropped; a row of its own may still code the deletion ("struck Cuba off its
/// list of state sponsors of terrorism" eases sanctions, 085). The list nouns are data (class <c>roll</c> of
/// <c>data/lexicon/modality-cues.tsv</c>).
/// </summary>
internal static class StruckOffLists
{
    // "struck dozens of Iranian-flagged oil tankers off": how far after the verb "off" may stand.
    private const int ObjectReach = 8;

    // "off its shipping registry", "off the U.N. list": how many words may stand between "off" and the list noun.
    private const int ListModifiers = 3;

    /// <summary>Whether the force phrase at <paramref name="trigger"/> takes its object off a list.</summary>
    public static bool IsStruckOff(SentenceView view, Trigger trigger)
    {
        var root = trigger.Entry.Cameo.RootNumber;
        if (trigger.Entry.IsNoun || root is < 18 or > 20)
        {
            return false;
        }

        var end = Math.Min(view.Tokens.Count, trigger.End + ObjectReach);
        for (var k = trigger.First + 1; k < end; k++)
        {
            var w = view.Word(k);
            if (w is "," or ";" or ":" or "and" or "but")
            {
                return false;
            }

            if (w is "off")
            {
                for (var j = k + 1; j < view.Tokens.Count && j <= k + 1 + ListModifiers; j++)
                {
                    if (ModalityCues.RollLookup.Contains(view.Word(j)))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }
}
