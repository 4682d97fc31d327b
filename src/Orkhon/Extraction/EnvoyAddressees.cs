using Orkhon.Extraction.Mentions;

namespace Orkhon.Extraction;

/// <summary>
/// "China's ambassador to Mongolia warned on Tuesday that official contacts with Taiwan would damage relations": an envoy
/// posted to a state who makes a statement, an appeal or a warning whose content follows as a "that" clause speaks to the
/// state of the posting; the actors inside the clause are what is said, not whom it is said to.
/// </summary>
internal static class EnvoyAddressees
{
    /// <summary>The state the subject envoy is posted to, when the verbal act's content follows as a clause; else null.</summary>
    public static ActorMention? Addressee(SentenceView view, Trigger trigger, IReadOnlyList<ActorMention> subject)
    {
        var root = trigger.Entry.Cameo.RootNumber;
        if (subject.Count != 1 || trigger.Entry.IsNoun || root is not (1 or 2 or 10 or 11 or 12 or 13 or 14) || !ContentClauseFollows(view, trigger.End))
        {
            return null;
        }

        var envoy = subject[0];
        var to = envoy.Last + 1;
        // "ambassador to Mongolia", "envoy to the United Nations".
        var at = to + 1 < view.Tokens.Count && view.Word(to + 1) is "the" ? to + 2 : to + 1;
        if (view.Word(envoy.Last) is not ("ambassador" or "envoy" or "Ambassador" or "Envoy") || at >= view.Tokens.Count || view.Word(to) is not "to"
            || view.MentionAt[at] < 0)
        {
            return null;
        }

        var posting = view.Found[view.MentionAt[at]];
        return posting is { IsWeak: false, Codes.Count: 1 } && posting.Code != envoy.Code ? posting with { IsPlace = false } : null;
    }

    // "warned that", "warned on Tuesday that": the verb's content is a clause.
    private static bool ContentClauseFollows(SentenceView view, int k)
    {
        while (k < view.Tokens.Count && (view.TimeAt[k] >= 0 || (view.Word(k) is "on" or "in" && k + 1 < view.Tokens.Count && view.TimeAt[k + 1] >= 0)))
        {
            k++;
        }

        return k < view.Tokens.Count && view.Word(k) is "that";
    }
}
