using Orkhon.Domain;
using Orkhon.Extraction.Mentions;

namespace Orkhon.Extraction;

/// <summary>
/// "Kyiv filed a complaint with the WTO against Warsaw", "filed complaints at the World Trade Organization on Monday against
/// Poland and Hungary", "lodged a WTO complaint against Bishkek": a complaint or suit brought before a court or a trade forum
/// is a lawsuit (115, the corpus README: "a WTO complaint is 115", "each side's court filing is 115") against the party it
/// names after "against", not against the forum that hears it; the forum named inside the noun ("a WTO complaint") is not its
/// bringer either, the subject is. A complaint coded towards the forum (114 or 115) is moved to the parties "against" names in
/// the rest of its clause (coordinated ones too); one the forum was made to bring is given to the subject before it. Nothing
/// when no forum is a party of the complaint, when no party follows "against", or when the complaint is lodged with a body that
/// is no court ("a protest with the Security Council" stays 114 towards the Council, as the corpus codes it); the row that reads
/// "filed a case at …" gives nothing unless its suit is moved so. Linear in the sentence.
/// </summary>
internal static class ForumComplaints
{
    private static readonly CameoCode s_lawsuit = CameoCode.Parse("115");

    private const string Entry = "lawsuit-before-forum";

    // Words read after a complaint's phrase for its forum or the parties after "against", and before it for its bringer: a
    // clause's reach, so that the reading stays linear in a run-on.
    private const int Reach = 24;

    // The courts and the trade forum that hear a state's complaint against another (phrase-words.tsv, complaint-forum).
    private static readonly Orkhon.Text.WordSet s_forums = PhraseGrammar.Words.Lookup("complaint-forum");

    private static bool IsForum(string code) => s_forums.Contains(code);

    // The row that reads "filed a case at …" with the forum as its object: only a suit this reading moves to a party is kept.
    private const string FiledAtForum = "p38-lawsuit-file-at-forum";

    /// <summary>Rewrites, in place, the sentence's complaints that name a forum as a party.</summary>
    public static void Redirect(SentenceView view, List<EventMention> events)
    {
        if (events.Count == 0)
        {
            return;
        }

        if (view.Found.Count >= 2)
        {
            RedirectToParties(view, events);
        }

        // "brought the case to the U.N. aviation agency": a case filed with a body that is no forum here, or against no party
        // named, tells no defendant.
        events.RemoveAll(e => e.LexiconEntry == FiledAtForum);
    }

    private static void RedirectToParties(SentenceView view, List<EventMention> events)
    {
        for (var e = 0; e < events.Count; e++)
        {
            var complaint = events[e];
            if (complaint.SentenceStart != view.Start || complaint.Cameo.Value is not ("114" or "115"))
            {
                continue;
            }

            var forumIsTarget = IsForum(complaint.Target.Code);
            var forumIsSource = !forumIsTarget && IsForum(complaint.Source.Code);
            if (!forumIsTarget && !forumIsSource)
            {
                // "filed a complaint against Astana at the WTO": the party is right, the forum after it makes the complaint a suit.
                if (complaint.Cameo.Value is "114" && ForumAfter(view, view.TokenAt(complaint.PhraseEnd)))
                {
                    events[e] = complaint with { Cameo = s_lawsuit, LexiconEntry = Entry };
                }

                continue;
            }

            // "a WTO complaint against Bishkek": the forum named inside the noun hears the complaint; the subject brings it.
            var source = forumIsSource ? SubjectBefore(view, view.TokenAt(complaint.PhraseStart)) : complaint.Source;
            var accused = forumIsSource ? [complaint.Target] : Accused(view, view.TokenAt(complaint.PhraseEnd), complaint);
            if (source is not { } bringer || accused.Count == 0)
            {
                continue;
            }

            var replacements = new List<EventMention>();
            foreach (var party in accused)
            {
                if (party.Code != bringer.Code && !IsForum(party.Code))
                {
                    replacements.Add(complaint with { Source = bringer, Target = party, Cameo = s_lawsuit, LexiconEntry = Entry });
                }
            }

            if (replacements.Count == 0)
            {
                continue;
            }

            events.RemoveAt(e);
            events.InsertRange(e, replacements);
            e += replacements.Count - 1;
        }
    }

    // The parties after the first "against" past the phrase, in its clause: the head and those coordinated with it.
    private static List<ActorRef> Accused(SentenceView view, int from, EventMention complaint)
    {
        var result = new List<ActorRef>();
        var k = from;
        var end = Math.Min(view.Tokens.Count, from + Reach);
        for (; k < end && view.Word(k) is not ("against" or ";" or "." or "who" or "which" or "that"); k++)
        {
        }

        if (k >= end || view.Word(k) is not "against")
        {
            return result;
        }

        // The parties coordinated after "against" ("against Poland, Hungary and Slovakia"), articles skipped.
        for (k++; k < Math.Min(view.Tokens.Count, end + Reach); k++)
        {
            var w = view.Word(k);
            if (w is "the" or "," or "and")
            {
                continue;
            }

            if (view.MentionAt[k] < 0)
            {
                break;
            }

            var m = view.Found[view.MentionAt[k]];
            if (m.IsPlace || m.Codes.Count != 1 || m.Code == complaint.Source.Code)
            {
                break;
            }

            result.Add(new ActorRef(m.Code, m.Role));
            k = m.Last;
        }

        return result;
    }

    // A forum named after "at", "with", "before" or "to" later in the clause ("… against Astana at the WTO").
    private static bool ForumAfter(SentenceView view, int from)
    {
        var end = Math.Min(view.Tokens.Count, from + Reach);
        for (var k = from; k < end && view.Word(k) is not (";" or "." or "," or "who" or "which" or "that"); k++)
        {
            if (view.MentionAt[k] >= 0 && view.Found[view.MentionAt[k]] is { Codes.Count: 1 } m && IsForum(m.Code))
            {
                var j = k - 1;
                while (j > from && view.Word(j) is "the")
                {
                    j--;
                }

                return view.Word(j) is "at" or "with" or "before" or "to";
            }
        }

        return false;
    }

    // The nearest party before the complaint's phrase that is no place, no possessor and no forum: the one who brings it.
    private static ActorRef? SubjectBefore(SentenceView view, int phraseStart)
    {
        for (var k = phraseStart - 1; k >= 0 && k >= phraseStart - Reach; k--)
        {
            if (view.Word(k) is "," or ";" or "that" or "which" or "who")
            {
                return null;
            }

            if (view.MentionAt[k] < 0)
            {
                continue;
            }

            var m = view.Found[view.MentionAt[k]];
            if (!m.IsPlace && !m.IsPossessive && m.Codes.Count == 1 && !IsForum(m.Code))
            {
                return new ActorRef(m.Code, m.Role);
            }

            k = m.First;
        }

        return null;
    }
}
