using Orkhon.Domain;
using Orkhon.Extraction.Mentions;

namespace Orkhon.Extraction;

/// <summary>
/// An invitation accepted tells two intents to meet (036), one each way:
/// - "Kim invited Putin to visit North Korea, and the Russian leader accepted": an acceptance with no object of its own is the
///   invitee's intent to meet the inviter, as the lexicon codes "accepted the invitation". The invitation must be coded earlier
///   in the same sentence and be addressed to the one who accepts.
/// - "Khurelsukh accepted Macron's invitation to visit France", "Trump accepted an invitation from Kim to meet him": the
///   inviter the text names (the possessor of "invitation", or the actor after "invitation from/of") was first willing to meet
///   the one who accepts, on the acceptance's date, beside the acceptor's own 036. Nothing when no inviter is named ("accepted
///   an invitation to pay a return visit to Kyrgyzstan").
/// </summary>
internal static class AcceptedInvitations
{
    private static readonly CameoCode s_intendToMeet = CameoCode.Parse("036");

    // How far before "accepted" its subject may end ("the Russian leader promptly accepted").
    private const int SubjectReach = 2;

    // Words between the verb and "invitation" ("accepted a formal invitation", "accepted Xi Jinping's long-standing invitation").
    private const int InvitationReach = 6;

    /// <summary>The intents the sentence's acceptances tell, after its own events were coded.</summary>
    public static List<EventMention> Find(SentenceView view, List<EventMention> events)
    {
        var result = Acceptances(view, events);
        result.AddRange(Inviters(view, events));
        return result;
    }

    /// <summary>"…, and the Russian leader accepted": the invitee's intent to meet the inviter.</summary>
    private static List<EventMention> Acceptances(SentenceView view, List<EventMention> events)
    {
        // Every event this stage makes has an actor mention of the sentence for a party: a sentence with none (most) is not scanned.
        if (view.Found.Count == 0)
        {
            return [];
        }

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
                || LastInvitation(events, at, invitee.Code) is not { } invitation)
            {
                continue;
            }

            result.Add(new EventMention(new ActorRef(invitee.Code, invitee.Role), invitation.Source, s_intendToMeet, invitation.Date, view.Start, view.End,
                view.SentenceText, at, tokens[k].End, "intent-accepted-invitation", view.Options.DirectConfidence - view.Options.IndirectPenalty, null));
        }

        return result;
    }

    // The last invitation (036) of the invitee told before the character at. A loop, not a lambda in the loop above, whose closure
    // would be allocated at every token, on entering the scope of the variables it captures.
    private static EventMention? LastInvitation(List<EventMention> events, int at, string invitee)
    {
        for (var i = events.Count - 1; i >= 0; i--)
        {
            var e = events[i];
            if (e.LexiconEntry.StartsWith("invite", StringComparison.Ordinal) && e.Cameo.Value == "036" && e.PhraseEnd <= at && e.Target.Code == invitee)
            {
                return e;
            }
        }

        return null;
    }

    /// <summary>"accepted Macron's invitation": the inviter's intent to meet the one who accepts.</summary>
    private static List<EventMention> Inviters(SentenceView view, List<EventMention> events)
    {
        var result = new List<EventMention>();
        foreach (var accepted in events)
        {
            if (accepted.SentenceStart != view.Start || accepted.Cameo.Value != "036" || !IsAcceptance(accepted.LexiconEntry))
            {
                continue;
            }

            var invitation = InvitationAfter(view, accepted.PhraseStart);
            if (invitation < 0 || Inviter(view, invitation) is not { } inviter || inviter.Code == accepted.Source.Code
                || inviter.Code != accepted.Target.Code
                || result.Exists(e => e.Source.Code == inviter.Code && e.Target.Code == accepted.Source.Code))
            {
                continue;
            }

            result.Add(accepted with
            {
                Source = new ActorRef(inviter.Code, inviter.Role),
                Target = accepted.Source,
                LexiconEntry = "invitation-extended",
            });
        }

        return result;
    }

    private static bool IsAcceptance(string entry) => entry is "intent-meet-invitation" or "intent-accept-invitation";

    // The token "invitation(s)" within a few words after the phrase's start, or -1.
    private static int InvitationAfter(SentenceView view, int phraseStart)
    {
        var first = -1;
        for (var k = 0; k < view.Tokens.Count; k++)
        {
            if (view.Tokens[k].Start >= phraseStart)
            {
                first = k;
                break;
            }
        }

        for (var k = first; k >= 0 && k < view.Tokens.Count && k - first <= InvitationReach; k++)
        {
            if (view.Word(k) is "invitation" or "invitations")
            {
                return k;
            }

            if (view.Word(k) is "," or ";" or ".")
            {
                break;
            }
        }

        return -1;
    }

    // The inviter: a possessor right before the noun ("Macron's invitation", "Xi's formal invitation"), else the actor right
    // after "invitation from" / "invitation of".
    private static ActorMention? Inviter(SentenceView view, int invitation)
    {
        for (var k = invitation - 1; k >= 0 && k >= invitation - 3; k--)
        {
            if (view.MentionAt[k] >= 0)
            {
                var m = view.Found[view.MentionAt[k]];
                if (m is { IsPossessive: true, IsPlace: false, IsWeak: false, Codes.Count: 1 } && m.Kind != MentionKind.Coreference)
                {
                    return m;
                }

                break;
            }
        }

        var after = invitation + 1;
        if (after + 1 < view.Tokens.Count && view.Word(after) is "from" or "of")
        {
            var at = view.Word(after + 1) is "the" ? after + 2 : after + 1;
            if (at < view.Tokens.Count && view.MentionAt[at] >= 0 && view.Found[view.MentionAt[at]] is { IsPlace: false, IsWeak: false, Codes.Count: 1 } m
                && m.Kind != MentionKind.Coreference)
            {
                return m;
            }
        }

        return null;
    }
}
