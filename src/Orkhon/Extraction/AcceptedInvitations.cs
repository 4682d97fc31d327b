using Orkhon.Domain;
using Orkhon.Extraction.Mentions;

namespace Orkhon.Extraction;

/// <summary>
/// "Kim invited Putin to visit North Korea, and the Russian leader accepted": an invitation accepted with no object of its own
/// is the invitee's intent to meet the inviter (036), as the lexicon codes "accepted the invitation". The invitation must be
/// coded earlier in the same sentence and be addressed to the one who accepts.
/// </summary>
internal static class AcceptedInvitations
{
    private static readonly CameoCode s_intendToMeet = CameoCode.Parse("036");

    // How far before "accepted" its subject may end ("the Russian leader promptly accepted").
    private const int SubjectReach = 2;

    /// <summary>The acceptances the sentence tells this way, after its own events were coded.</summary>
    public static List<EventMention> Find(SentenceView view, List<EventMention> events)
    {
        var result = new List<EventMention>();
        var tokens = view.Tokens;
        for (var k = 1; k < tokens.Count; k++)
        {
            if (view.Word(k) is not ("accepted" or "accepts") || (k + 1 < tokens.Count && view.Word(k + 1) is not ("," or "." or ";" or "and")))
            {
                continue;
            }

            ActorMention? invitee = null;
            for (var j = k - 1; j >= 0 && j >= k - 1 - SubjectReach && invitee is null; j--)
            {
                invitee = view.MentionOf(j);
            }

            var at = tokens[k].Start;
            if (invitee is not { IsPlace: false, IsWeak: false }
                || events.FindLast(e => e.LexiconEntry.StartsWith("invite", StringComparison.Ordinal) && e.Cameo.Value == "036" && e.PhraseEnd <= at && e.Target.Code == invitee.Code) is not { } invitation)
            {
                continue;
            }

            result.Add(new EventMention(new ActorRef(invitee.Code, invitee.Role), invitation.Source, s_intendToMeet, invitation.Date, view.Start, view.End,
                view.SentenceText, at, tokens[k].End, "intent-accepted-invitation", view.Options.DirectConfidence - view.Options.IndirectPenalty, null));
        }

        return result;
    }
}
