using Orkhon.Domain;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// "A U.N. commission found that Sudanese forces had shelled …", "German intelligence concluded that Russia had …", "the U.N.
/// human rights office said in a report that China …", "according to a report by the U.N. mission, Malian soldiers …", "…, a
/// U.N. fact-finding mission concluded": an inquiry's finding is its investigation (CAMEO 09) of the party its complement
/// names as acting, beside the act itself, which the clause layer already codes on attribution (README of the corpora:
/// "a report's finding is 092/093 towards the state investigated"; a hedged finding still reports the inquiry). The
/// finder must be an inquiry: an international body, or a speaker with an inquiry noun (class <c>inquiry-noun</c> of
/// <c>clause-words.tsv</c>: "commission", "investigators", "intelligence") or a report noun ("in a report") in its frame; a
/// state that merely says another acted accuses or reports, it does not investigate. The verb is a finding verb (class
/// <c>finding-verb</c>: "found", "concluded") or a verb of saying with a report noun before its "that". Nothing when a
/// negation, modal or plan stands between the finder and its verb ("may conclude", "did not find"), when the accused is the
/// finder, or when the sentence already codes the finder's accusation, verdict or investigation of that party (a court's
/// finding of a breach is 116).
/// </summary>
internal static class InquiryFindings
{
    private static readonly WordSet s_findingVerbs = ClauseView.Words.Lookup("finding-verb");
    private static readonly WordSet s_inquiryNouns = ClauseView.Words.Lookup("inquiry-noun");
    private static readonly WordSet s_reportNouns = ClauseView.Words.Lookup("report-noun");
    private static readonly WordSet s_liabilityWords = ClauseView.Words.Lookup("liability-word");

    private static readonly CameoCode s_investigate = CameoCode.Parse("090");
    private static readonly CameoCode s_abuses = CameoCode.Parse("092");
    private static readonly CameoCode s_military = CameoCode.Parse("093");
    private static readonly CameoCode s_warCrimes = CameoCode.Parse("094");
    private static readonly CameoCode s_liable = CameoCode.Parse("116");

    // Tokens of a complement read for a negation or a word of liability ("that Mongolia had breached its obligations").
    private const int ComplementReach = 12;

    // Words between the finder's name and its verb ("Dutch and German intelligence services have found": 2; "the U.N. report
    // released on Friday said": 4).
    private const int FinderReach = 5;

    // Tokens between the verb and its "that" ("said in a long-delayed report released late on Wednesday that": 8).
    private const int ThatReach = 10;

    // Tokens between "that" and the first actor of the complement ("that the Eritrean troops", "that China's").
    private const int AccusedReach = 2;

    // Tokens a finding's clause looks back for a doubt before its finder ("Iran denied that the commission found …") and forward
    // for the clause an adjunct frames: every scan is bounded, so the stage stays linear in the sentence's length.
    private const int ClauseReach = 30;

    // Tokens between "according to" and the "by" of a report's author ("according to a report published on Friday by": 5).
    private const int AuthorReach = 7;

    /// <summary>The investigations the sentence's findings tell, after its own events were coded.</summary>
    public static List<EventMention> Find(SentenceView view, List<EventMention> events, FuzzyDate? sentenceDate)
    {
        // The finder and the party found to have acted are two actor mentions: a sentence with fewer (most) is not scanned.
        var result = new List<EventMention>();
        if (view.Found.Count < 2)
        {
            return result;
        }

        for (var k = 0; k < view.Tokens.Count; k++)
        {
            var w = view.Word(k);
            if (w.Equals("according", StringComparison.OrdinalIgnoreCase) && k + 1 < view.Tokens.Count && view.Word(k + 1) is "to")
            {
                AddReportAdjunct(view, events, sentenceDate, k, result);
            }
            else if (view.MentionAt[k] < 0 && (s_findingVerbs.Contains(w) || ClauseView.IsReportingWord(w)))
            {
                AddFinding(view, events, sentenceDate, k, result);
            }
        }

        return result;
    }

    // "A commission found (on Monday) that X …", "the office said in a report that X …", "…, the mission concluded.".
    private static void AddFinding(SentenceView view, List<EventMention> events, FuzzyDate? sentenceDate, int verb, List<EventMention> result)
    {
        if (Finders(view, verb) is not { Count: > 0 } finders || Hedged(view, finders[0].First, verb))
        {
            return;
        }

        var that = ThatAfter(view, verb);
        var finding = s_findingVerbs.Contains(view.Word(verb));
        var reported = HasReportNoun(view, finders[0].First, that >= 0 ? that : verb);
        if (!finding && !reported)
        {
            return;
        }

        ActorMention? accused;
        int complement;
        if (that >= 0)
        {
            (accused, complement) = (FirstActorFrom(view, that + 1, that + 1 + AccusedReach), that + 1);
        }
        else if (finding && ClosesSentence(view, verb) && ClauseStartBefore(view, finders[0].First) is var comma and > 0)
        {
            // "Myanmar's army carried out …, a U.N. fact-finding mission concluded.": the finding is the clause before the comma.
            (accused, complement) = (FirstActorFrom(view, Math.Max(0, comma - ClauseReach), comma), 0);
        }
        else
        {
            return;
        }

        if (accused is null || !IsInquiry(view, finders, verb, reported))
        {
            return;
        }

        var date = TimeBetween(view, finders[0].First, that >= 0 ? that : verb + 1) ?? (that >= 0 ? sentenceDate : view.Clauses.ReportingDate);
        foreach (var finder in finders)
        {
            Add(view, events, finder, accused, complement, date, view.Tokens[verb], result);
        }
    }

    // "according to a report published on Friday by the U.N. human rights office, Malian soldiers …", "…, according to the
    // commission's report.": the report's author investigated the clause's subject.
    private static void AddReportAdjunct(SentenceView view, List<EventMention> events, FuzzyDate? sentenceDate, int according, List<EventMention> result)
    {
        var (tokens, mentionAt, found) = (view.Tokens, view.MentionAt, view.Found);
        var report = -1;
        ActorMention? author = null;
        for (var k = according + 2; k < tokens.Count && k <= according + 2 + AuthorReach && view.Word(k) is not ("," or "." or ";"); k++)
        {
            if (s_reportNouns.Contains(view.Word(k)))
            {
                report = k;
            }

            if (mentionAt[k] >= 0 && found[mentionAt[k]] is { IsPlace: false, Codes.Count: 1 } m)
            {
                // "a report … by the U.N. mission", "the commission's report"; not "a report it filed", whose "it" is the reporter.
                author = report >= 0 && AfterBy(view, k) || m.IsPossessive && ReportNounAt(view, m.Last + 1) ? m : null;
                break;
            }
        }

        if (author is null)
        {
            return;
        }

        // The adjunct ends at the next comma or the sentence's end; the clause it frames is after that comma, or before "according".
        var end = author.Last + 1;
        while (end < tokens.Count && end <= author.Last + ClauseReach && view.Word(end) is not ("," or "." or ";"))
        {
            end++;
        }

        var trailing = end >= tokens.Count || view.Word(end) is "." or ";";
        var accused = trailing ? FirstActorFrom(view, Math.Max(0, according - ClauseReach), according) : FirstActorFrom(view, end + 1, end + 1 + ClauseReach);
        if (accused is null || !IsInquiry(view, [author], end, reported: true))
        {
            return;
        }

        Add(view, events, author, accused, trailing ? 0 : end + 1, TimeBetween(view, according, end) ?? sentenceDate, tokens[according], result);
    }

    private static void Add(SentenceView view, List<EventMention> events, ActorMention finder, ActorMention accused, int complement, FuzzyDate? date, Token cue,
        List<EventMention> result)
    {
        // "found that Kosovo's declaration did not violate the law": a finding that clears its party is none against it.
        if (finder.Code == accused.Code || Known(events, result, finder.Code, accused.Code) || ComplementHas(view, complement, static w => ModalityCues.NegationLookup.Contains(w)))
        {
            return;
        }

        var code = ComplementHas(view, complement, static w => s_liabilityWords.Contains(w)) ? s_liable : CodeFor(view, events, accused.Code, complement);
        result.Add(new EventMention(new ActorRef(finder.Code, finder.Role), new ActorRef(accused.Code, accused.Role), code, date,
            view.Start, view.End, view.SentenceText, cue.Start, cue.End, "investigate-finding", view.Options.DirectConfidence - view.Options.IndirectPenalty, null));
    }

    // The finder's code, refined by the act the complement codes for the accused: abuses (17, 18), military action (15, 19),
    // mass violence (20); anything else, or no act coded (a hedged finding), is an investigation not specified.
    private static CameoCode CodeFor(SentenceView view, List<EventMention> events, string accused, int complement)
    {
        var from = complement < view.Tokens.Count ? view.Tokens[complement].Start : view.End;
        foreach (var e in events)
        {
            if (e.SentenceStart == view.Start && e.Source.Code == accused && e.PhraseStart >= from)
            {
                switch (e.Cameo.RootNumber)
                {
                    case 17 or 18:
                        return s_abuses;
                    case 15 or 19:
                        return s_military;
                    case 20:
                        return s_warCrimes;
                }
            }
        }

        return s_investigate;
    }

    // Whether a word the test accepts stands in the complement's first clause, from its start to a comma, within reach.
    private static bool ComplementHas(SentenceView view, int complement, Func<ReadOnlySpan<char>, bool> accepts)
    {
        for (var k = complement; k < view.Tokens.Count && k < complement + ComplementReach; k++)
        {
            var w = view.Word(k);
            if (w is "," or ";" or ".")
            {
                return false;
            }

            if (accepts(w))
            {
                return true;
            }
        }

        return false;
    }

    // Whether the actor at k follows "by", an article at most between ("published by the U.N. office").
    private static bool AfterBy(SentenceView view, int k) =>
        k > 0 && (view.Word(k - 1) is "by" || k > 1 && view.Word(k - 1) is "the" && view.Word(k - 2) is "by");

    // An accusation, verdict or investigation of the accused by the finder already coded (roots 09 and 11).
    private static bool Known(List<EventMention> events, List<EventMention> result, string finder, string accused) =>
        events.Exists(e => e.Source.Code == finder && e.Target.Code == accused && e.Cameo.RootNumber is 9 or 11)
        || result.Exists(e => e.Source.Code == finder && e.Target.Code == accused);

    // The actor mentions right before the verb, a few words of its head or an auxiliary between ("Dutch and German intelligence
    // services have found"), with those coordinated with the nearest: none when a clause break comes first.
    private static List<ActorMention> Finders(SentenceView view, int verb)
    {
        var (mentionAt, found) = (view.MentionAt, view.Found);
        var s = verb - 1;
        while (s > 0 && verb - s <= FinderReach && mentionAt[s] < 0 && view.Word(s) is not ("," or "." or ";" or ":" or "that" or "and" or "which" or "who"))
        {
            s--;
        }

        if (s < 0 || mentionAt[s] < 0 || found[mentionAt[s]] is not { IsPlace: false } nearest)
        {
            return [];
        }

        var finders = new List<ActorMention>(nearest.Members());
        var first = nearest.First;
        while (first > 1 && view.Word(first - 1) is "and" or "," && mentionAt[first - 2] >= 0 && found[mentionAt[first - 2]] is { IsPlace: false } before)
        {
            finders.InsertRange(0, before.Members());
            first = before.First;
        }

        finders.RemoveAll(f => f.Codes.Count != 1);
        return finders;
    }

    // Whether the finders are an inquiry: an international body, or an inquiry or report noun from the first finder to the verb
    // (a name's own words count: "the Human Rights Commission", "German intelligence").
    private static bool IsInquiry(SentenceView view, List<ActorMention> finders, int verb, bool reported)
    {
        if (reported || finders.Exists(f => !f.NamesAState))
        {
            return true;
        }

        for (var k = finders[0].First; k < verb; k++)
        {
            if (s_inquiryNouns.Contains(view.Word(k)))
            {
                return true;
            }
        }

        return false;
    }

    // A report noun between from and to: "said in a report that", "the U.N. report said".
    private static bool HasReportNoun(SentenceView view, int from, int to)
    {
        for (var k = from; k < to && k < view.Tokens.Count; k++)
        {
            if (s_reportNouns.Contains(view.Word(k)))
            {
                return true;
            }
        }

        return false;
    }

    // A negation, modal, plan or doubt between the finder and its verb: "may conclude", "did not find", "is expected to find".
    private static bool Hedged(SentenceView view, int from, int verb)
    {
        for (var k = Math.Max(0, from - ClauseReach); k < verb; k++)
        {
            var w = view.Word(k);
            if (ModalityCues.SentenceWideLookup.Contains(w) || k >= from && ModalityCues.LocalLookup.Contains(w))
            {
                return true;
            }
        }

        return false;
    }

    // The "that" of the verb's complement, past a time phrase and a report's words ("found on Monday that", "said in a report
    // released on Wednesday that"), or -1; a comma or another clause's actor first ends the search.
    private static int ThatAfter(SentenceView view, int verb)
    {
        for (var k = verb + 1; k < view.Tokens.Count && k <= verb + ThatReach; k++)
        {
            var w = view.Word(k);
            if (w is "that")
            {
                return k;
            }

            if (w is "," or "." or ";" || view.MentionAt[k] >= 0)
            {
                return -1;
            }
        }

        return -1;
    }

    // The first actor of a clause, no place, starting in [from, to).
    private static ActorMention? FirstActorFrom(SentenceView view, int from, int to)
    {
        for (var k = from; k < to && k < view.Tokens.Count; k++)
        {
            if (view.MentionAt[k] >= 0 && view.Found[view.MentionAt[k]] is { IsPlace: false } m && m.First == k)
            {
                return m.Codes.Count == 1 || m.IsCollective ? m.Members()[0] : null;
            }
        }

        return null;
    }

    // Whether only a time phrase stands between the verb and the sentence's end ("…, the mission concluded on Friday.").
    private static bool ClosesSentence(SentenceView view, int verb)
    {
        for (var k = verb + 1; k < view.Tokens.Count; k++)
        {
            if (k > verb + FinderReach || view.Word(k) is not ("." or "on" or "in") && view.TimeAt[k] < 0)
            {
                return false;
            }
        }

        return true;
    }

    // The comma that opens the trailing clause of the finder at first, an article at most between: "…, a U.N. mission concluded".
    private static int ClauseStartBefore(SentenceView view, int first)
    {
        var k = first - 1;
        if (k > 0 && view.Word(k) is "a" or "an" or "the" or "A" or "An" or "The")
        {
            k--;
        }

        return k > 0 && view.Word(k) is "," ? k : -1;
    }

    // A report noun at k or right after a possessive's "'s" there.
    private static bool ReportNounAt(SentenceView view, int k) =>
        k < view.Tokens.Count && (s_reportNouns.Contains(view.Word(k)) || view.Word(k) is "'s" or "'" && k + 1 < view.Tokens.Count && s_reportNouns.Contains(view.Word(k + 1)));

    // The date of a time phrase in [from, to), or null.
    private static FuzzyDate? TimeBetween(SentenceView view, int from, int to)
    {
        for (var k = Math.Max(0, from); k < to && k < view.Tokens.Count; k++)
        {
            if (view.TimeAt[k] >= 0 && view.Times[view.TimeAt[k]].Values is [var date, ..])
            {
                return date;
            }
        }

        return null;
    }
}
