using Orkhon.Domain;
using Orkhon.Extraction.Mentions;

namespace Orkhon.Extraction;

/// <summary>
/// "Biden held talks with the prime minister and later called on President Elbegdorj at the government palace": "call on" a
/// named person with nothing asked of them (no "to", "for" or "that" in the rest of the clause) is a courtesy call, a
/// meeting (040), not an appeal (020). "called on President X to release…" stays an appeal.
/// </summary>
internal static class CourtesyCalls
{
    /// <summary>How far past the person the clause is read for what was asked.</summary>
    public const int Reach = 12;

    /// <summary>040 for a courtesy call, else <paramref name="cameo"/>.</summary>
    public static CameoCode Recode(SentenceView view, Trigger trigger, CameoCode cameo)
    {
        if (trigger.Entry.IsNoun || trigger.Passive || cameo.Value != "020" || !trigger.Entry.Phrase.StartsWith("call on", StringComparison.Ordinal)
            || trigger.End >= view.Tokens.Count || view.MentionOf(trigger.End) is not { Kind: MentionKind.Person } person)
        {
            return cameo;
        }

        for (var k = person.Last + 1; k < Math.Min(view.Tokens.Count, person.Last + 1 + Reach); k++)
        {
            var w = view.Word(k);
            if (w is "," or ";" or "." or ":" or "where" or "and" or "but")
            {
                break;
            }

            if (w is "to" or "for" or "that" or "not")
            {
                return cameo;
            }
        }

        return CameoCode.Parse("040");
    }
}
