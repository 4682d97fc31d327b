using Orkhon.Domain;

namespace Orkhon.Extraction;

/// <summary>
/// "Abe and his Mongolian counterpart signed the deal after talks at Abe's office": a joint act told as coming after talks with
/// no parties of their own tells that its parties met (040), on the act's date. Only for the symmetric acts of diplomatic and
/// material cooperation (roots 05, 06: signings, joint projects); talks "with" or "between" others name their own parties and
/// are the lexicon's.
/// </summary>
internal static class TalksBeforeTheAct
{
    private static readonly CameoCode s_consult = CameoCode.Parse("040");

    // Words between "after" and the noun ("after two days of talks", "following their lengthy negotiations").
    private const int NounReach = 4;

    /// <summary>The meetings the sentence tells this way, after its own events were coded.</summary>
    /// <remarks>Most sentences code no event; for them the lambdas below, whose closure over the view is allocated on entering
    /// the method that holds them, are never reached.</remarks>
    public static List<EventMention> Find(SentenceView view, List<EventMention> events) => events.Count == 0 ? [] : FindAfter(view, events);

    private static List<EventMention> FindAfter(SentenceView view, List<EventMention> events)
    {
        var result = new List<EventMention>();
        var tokens = view.Tokens;
        foreach (var act in events.Where(e => e.SentenceStart == view.Start && e.Cameo.RootNumber is 5 or 6 && e.Cameo.IsSymmetric).GroupBy(e => e.PhraseStart))
        {
            var from = tokens.FindIndex(t => t.Start >= act.First().PhraseEnd);
            if (from < 0 || Talks(view, from) is not { } noun)
            {
                continue;
            }

            foreach (var e in act)
            {
                if (!events.Exists(m => m.Cameo.RootNumber == 4 && ((m.Source.Code == e.Source.Code && m.Target.Code == e.Target.Code) || (m.Source.Code == e.Target.Code && m.Target.Code == e.Source.Code)))
                    && !result.Exists(m => m.Source.Code == e.Source.Code && m.Target.Code == e.Target.Code))
                {
                    result.Add(new EventMention(e.Source, e.Target, s_consult, e.Date, view.Start, view.End, view.SentenceText, tokens[noun].Start, tokens[noun].End,
                        "consult-talks-before-act", view.Options.DirectConfidence - view.Options.IndirectPenalty, null));
                }
            }
        }

        return result;
    }

    // The index of "talks" in "after talks", "following their talks", "after two days of negotiations" in the act's clause, or null.
    private static int? Talks(SentenceView view, int from)
    {
        for (var k = from; k + 1 < view.Tokens.Count && view.Word(k) is not ("," or ";" or "." or "and" or "but"); k++)
        {
            if (view.Word(k) is not ("after" or "following"))
            {
                continue;
            }

            for (var j = k + 1; j < view.Tokens.Count && j <= k + NounReach && view.MentionAt[j] < 0; j++)
            {
                if (view.Word(j) is "talks" or "negotiations" or "consultations" or "meeting")
                {
                    var next = j + 1 < view.Tokens.Count ? view.Word(j + 1) : ".";
                    return next is "with" or "between" or "by" or "of" ? null : j;
                }
            }

            return null;
        }

        return null;
    }
}
