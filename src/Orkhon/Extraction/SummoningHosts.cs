using Orkhon.Extraction.Mentions;

namespace Orkhon.Extraction;

/// <summary>
/// "Russia's chargé d'affaires was summoned to the foreign ministry in Warsaw", "the Iranian ambassador was summoned to the
/// German foreign ministry": a summons in the passive with no "by" names the summoning state by the ministry the envoy was
/// called to, through the capital after "in" or the national adjective before "ministry". That state is the source (114) and
/// the envoy's the target. Nothing when the ministry names no state or names the envoy's own.
/// </summary>
internal static class SummoningHosts
{
    // Words from "to" to the ministry's place: "to the foreign ministry in Warsaw", "to the Polish foreign ministry".
    private const int MinistryReach = 6;

    /// <summary>The state that summoned the phrase's subject, as the mention that names it, or null.</summary>
    public static ActorMention? Host(SentenceView view, CodedPhrase phrase)
    {
        var (trigger, subject) = (phrase.Trigger, phrase.Subject);
        if (!trigger.Passive || subject.Count != 1 || phrase.Cameo.Value != "114" || trigger.End >= view.Tokens.Count || view.Word(trigger.End) is not "to")
        {
            return null;
        }

        var ministry = false;
        for (var k = trigger.End + 1; k < view.Tokens.Count && k - trigger.End <= MinistryReach; k++)
        {
            var w = view.Word(k);
            if (w is "ministry" or "Ministry")
            {
                ministry = true;
                continue;
            }

            if (view.MentionAt[k] >= 0)
            {
                var m = view.Found[view.MentionAt[k]];
                // A capital after "ministry in", or an adjective before "ministry" ("the Polish foreign ministry").
                var named = ministry ? view.Word(k - 1) is "in" && m.Kind == MentionKind.Capital : IsBeforeMinistry(view, m);
                return named && m.Codes.Count == 1 && m.Code != subject[0].Code ? m : null;
            }

            if (w is "," or "." or ";" || (ministry && w is not "in"))
            {
                return null;
            }
        }

        return null;
    }

    // "the Polish foreign ministry": the adjective itself, or a mention that is the ministry ("German foreign ministry").
    private static bool IsBeforeMinistry(SentenceView view, ActorMention m)
    {
        if (view.Word(m.Last) is "ministry" or "Ministry")
        {
            return true;
        }

        for (var k = m.Last + 1; k < view.Tokens.Count && k <= m.Last + 2; k++)
        {
            if (view.Word(k) is "ministry" or "Ministry")
            {
                return true;
            }
        }

        return false;
    }
}
