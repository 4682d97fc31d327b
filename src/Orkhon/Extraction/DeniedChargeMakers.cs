using Orkhon.Domain;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// "Moscow dismissed the Czech accusations as absurd", "New Delhi rejected the allegations as preposterous", "…, a charge Baku
/// has consistently dismissed": a denial (016) of a charge named by its noun tells that the party it answers made the charge,
/// an accusation (112) of the denier. The charge noun stands within a few words of the denial's phrase (phrase-words class
/// <c>denied-charge-noun</c>) with no "that" clause of its own (then the denial alone is coded, <see cref="DeniedChargeNouns"/>);
/// a court that rejects a claim rules and denies nothing; a denial of a deed ("denied any involvement", "denied that the border had
/// been closed") says nothing of a charge and gives nothing. Nothing either when the sentence, or one of the few before it,
/// already codes a criticism or accusation (root 11) from the one answered to the denier: one stance is told once.
/// </summary>
internal static class DeniedChargeMakers
{
    private static readonly CameoCode s_accuse = CameoCode.Parse("112");

    // Nouns that name a charge ("accusation", "allegation", "claim"): phrase-words.tsv, denied-charge-noun.
    private static readonly WordSet s_chargeNouns = PhraseGrammar.Words.Lookup("denied-charge-noun");

    // Courts that hear a complaint ("the ICJ rejected a claim by Guyana" is a ruling, 120, not a denial answering a charge),
    // on either side of the denial: phrase-words.tsv, complaint-forum.
    private static readonly WordSet s_courts = PhraseGrammar.Words.Lookup("complaint-forum");

    // Words before the denial's phrase ("a charge Kigali denies": the noun, the denier) and after it ("rejected the latest U.S.
    // accusations") where the charge noun may stand.
    private const int ReachBefore = 4;
    private const int ReachAfter = 6;

    /// <summary>The accusations the sentence's denials tell this way, after its own events were coded.</summary>
    public static List<EventMention> Find(SentenceView view, List<EventMention> events, MentionContext context, FuzzyDate? sentenceDate)
    {
        List<EventMention>? found = null;
        foreach (var denial in events)
        {
            if (denial.Cameo != DeniedCharges.Denial || denial.SentenceStart != view.Start || denial.Source.Code == denial.Target.Code)
            {
                continue;
            }

            var (accuser, denier) = (denial.Target, denial.Source);
            if (s_courts.Contains(denier.Code) || s_courts.Contains(accuser.Code) || !NamesACharge(view, denial) || CodedRoots.Codes(events, 11, accuser.Code, denier.Code)
                || (found is not null && CodedRoots.Codes(found, 11, accuser.Code, denier.Code)) || CodedBefore(context, accuser.Code, denier.Code)
                || ToldOnAttribution(view, events, context, denial))
            {
                continue;
            }

            (found ??= []).Add(new EventMention(accuser, denier, s_accuse, ChargeDate(events, context, denial) ?? denial.Date ?? sentenceDate,
                view.Start, view.End, view.SentenceText, denial.PhraseStart, denial.PhraseEnd, "accuse-denied-charge",
                view.Options.DirectConfidence - view.Options.IndirectPenalty, null));
        }

        return found ?? [];
    }

    // Whether a charge noun stands within reach of the denial's phrase, with no clause break between.
    private static bool NamesACharge(SentenceView view, EventMention denial)
    {
        var tokens = view.Tokens;
        var (first, last) = (-1, -1);
        for (var k = 0; k < tokens.Count; k++)
        {
            if (first < 0 && tokens[k].End > denial.PhraseStart)
            {
                first = k;
            }

            if (tokens[k].Start < denial.PhraseEnd)
            {
                last = k;
            }
        }

        if (first < 0 || last < first)
        {
            return false;
        }

        for (var k = first; k <= last; k++)
        {
            if (IsCharge(view, k))
            {
                return true;
            }
        }

        return Reaches(view, last + 1, Math.Min(tokens.Count - 1, last + ReachAfter), 1)
            || Reaches(view, first - 1, Math.Max(0, first - ReachBefore), -1);
    }

    // Whether a charge noun stands between from and to (either way), before a clause break.
    private static bool Reaches(SentenceView view, int from, int to, int step)
    {
        for (var k = from; step > 0 ? k <= to : k >= to; k += step)
        {
            if (IsCharge(view, k))
            {
                return true;
            }

            var word = view.Word(k);

            if (word is "," or ";" or "." or "and" or "but" or "while")
            {
                return false;
            }
        }

        return false;
    }

    // A charge noun with no content clause of its own, and not the envoy's title ("the charge d'affaires"). A charge whose
    // "that" clause the denial's object tells ("rejected Canada's accusation that Indian officials…") is what the denial
    // answers, and the denial alone is coded (DeniedChargeNouns).
    private static bool IsCharge(SentenceView view, int k) =>
        s_chargeNouns.Contains(view.Word(k))
        && !(k + 1 < view.Tokens.Count && (view.Word(k + 1).StartsWith("d", StringComparison.Ordinal) || view.Word(k + 1) is "that"));

    // "Washington said Russia had used a choking agent against Ukrainian troops. The Kremlin dismissed the accusation", "Minsk said
    // Polish helicopters had violated its airspace, a claim Warsaw denied": a charge told by a plain "said" is coded as the
    // denier's deed on attribution, not as an accusation. So nothing when the sentence before codes a deed of the denier
    // against a third party, or this sentence codes one inside the clause the accuser reports before the denial.
    private static bool ToldOnAttribution(SentenceView view, List<EventMention> events, MentionContext context, EventMention denial)
    {
        var (accuser, denier) = (denial.Target.Code, denial.Source.Code);
        if (context.EarlierEvents.Count > 0)
        {
            foreach (var e in context.EarlierEvents[^1])
            {
                if (IsDeed(e, denier) && e.Target.Code != accuser)
                {
                    return true;
                }
            }
        }

        var first = 0;
        while (first < view.Tokens.Count && view.Tokens[first].End <= denial.PhraseStart)
        {
            first++;
        }

        if (ReportingSpeakers.First(view, first) is not var (verb, speaker) || speaker.Code != accuser)
        {
            return false;
        }

        foreach (var e in events)
        {
            if (IsDeed(e, denier) && e.PhraseStart > view.Tokens[verb].Start && e.PhraseStart < denial.PhraseStart)
            {
                return true;
            }
        }

        return false;
    }

    // An act of the party beyond words and meetings (root 07 and up), at another party.
    private static bool IsDeed(EventMention e, string party) => e.Source.Code == party && e.Target.Code != party && e.Cameo.RootNumber >= 7;

    // The date of the charge: that of the accuser's last act told in the few sentences before, or before the denial in its own
    // ("Trudeau told parliament on Monday … Ottawa expelled a senior Indian diplomat the same day. On Tuesday, India dismissed the
    // accusation": Monday); null when none was coded.
    private static FuzzyDate? ChargeDate(List<EventMention> events, MentionContext context, EventMention denial)
    {
        var accuser = denial.Target.Code;
        for (var e = events.Count - 1; e >= 0; e--)
        {
            if (events[e].Source.Code == accuser && events[e].PhraseStart < denial.PhraseStart && events[e].Date is { } date)
            {
                return date;
            }
        }

        for (var s = context.EarlierEvents.Count - 1; s >= 0; s--)
        {
            var sentence = context.EarlierEvents[s];
            for (var e = sentence.Count - 1; e >= 0; e--)
            {
                if (sentence[e].Source.Code == accuser && sentence[e].Date is { } date)
                {
                    return date;
                }
            }
        }

        return null;
    }

    // Whether one of the few sentences before coded an act of root 11 from the accuser to the denier.
    private static bool CodedBefore(MentionContext context, string accuser, string denier)
    {
        foreach (var sentence in context.EarlierEvents)
        {
            foreach (var e in sentence)
            {
                if (e.Cameo.RootNumber == 11 && e.Source.Code == accuser && e.Target.Code == denier)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
