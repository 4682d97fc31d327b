using Orkhon.Domain;
using Orkhon.Extraction.Time;

namespace Orkhon.Extraction;

/// <summary>
/// "Abe and his Mongolian counterpart signed the deal after talks at Abe's office": a joint act told as coming after talks with
/// no parties of their own tells that its parties met (040), on the act's date. Only for the symmetric acts of diplomatic and
/// material cooperation (roots 05, 06: signings, joint projects); talks "with" or "between" others name their own parties and
/// are the lexicon's. A truce told so ("Armenia and Azerbaijan agreed on a ceasefire after ten hours of talks in Moscow") tells
/// that its sides negotiated (046, the corpora's "all-night talks of four leaders give every pair 046"): talks that end a
/// fight bargain over its terms. Talks told as lasting ("after three days of", "after all-night talks") end on the act's day.
/// </summary>
internal static class TalksBeforeTheAct
{
    private static readonly CameoCode s_consult = CameoCode.Parse("040");
    private static readonly CameoCode s_negotiate = CameoCode.Parse("046");

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
        foreach (var act in events.Where(e => e.SentenceStart == view.Start && (IsJointCooperation(e.Cameo) || IsTruce(e.Cameo))).GroupBy(e => e.PhraseStart))
        {
            var from = tokens.FindIndex(t => t.Start >= act.First().PhraseEnd);
            if (from < 0 || Talks(view, from) is not { } noun)
            {
                continue;
            }

            var truce = IsTruce(act.First().Cameo);
            var own = OwnTime(view, noun);
            foreach (var e in act)
            {
                if (!events.Exists(m => m.Cameo.RootNumber == 4 && SamePair(m, e)) && !result.Exists(m => SamePair(m, e)))
                {
                    result.Add(truce
                        ? new EventMention(e.Source, e.Target, s_negotiate, own ?? Lasting(view, noun, e.Date), view.Start, view.End, view.SentenceText, tokens[noun].Start, tokens[noun].End,
                            "negotiate-talks-before-truce", view.Options.DirectConfidence - view.Options.IndirectPenalty, null)
                        : new EventMention(e.Source, e.Target, s_consult, own ?? e.Date, view.Start, view.End, view.SentenceText, tokens[noun].Start, tokens[noun].End,
                            "consult-talks-before-act", view.Options.DirectConfidence - view.Options.IndirectPenalty, null));
                }
            }
        }

        return result;
    }

    // ", after all-night talks in the Belarusian capital": a comma may set the talks off from the act they led to.
    private static bool IsCommaBeforeAfter(SentenceView view, int k) => view.Word(k) is "," && view.Word(k + 1) is "after" or "following";

    // The symmetric acts of diplomatic and material cooperation (signings, joint projects).
    private static bool IsJointCooperation(CameoCode code) => code.RootNumber is 5 or 6 && code.IsSymmetric;

    // A truce or ceasefire declared (0871): the sides of a fight agreeing to stop it.
    private static bool IsTruce(CameoCode code) => code.Value == "0871";

    // A symmetric act is coded once per pair, whichever side is the source.
    private static bool SamePair(EventMention a, EventMention b) =>
        (a.Source.Code == b.Source.Code && a.Target.Code == b.Target.Code) || (a.Source.Code == b.Target.Code && a.Target.Code == b.Source.Code);

    // The talks' days, ending on the act's day: "after three days of talks" the two days before it too, "after all-night
    // talks" the day before; any other talks are dated by the act.
    private static FuzzyDate? Lasting(SentenceView view, int noun, FuzzyDate? date)
    {
        if (date is not { Precision: DatePrecision.Day } day)
        {
            return date;
        }

        var days = 1;
        for (var k = Math.Max(1, noun - NounReach); k < noun; k++)
        {
            if (view.Word(k) is "all-night" or "overnight")
            {
                days = 2;
            }
            else if (view.Word(k) is "days" && view.Word(k + 1) is "of" && DateAttacher.DayCount(view.Word(k - 1)) is var count && count > 1 && count <= view.Options.LongestDuration)
            {
                days = count;
            }
        }

        return days > 1 && day.Earliest.DayNumber - days + 1 >= DateOnly.MinValue.DayNumber ? FuzzyDate.Between(FuzzyDate.OfDay(day.Earliest.AddDays(1 - days)), day) : date;
    }

    // "after talks in Cairo last week": the talks' own time phrase, within a few words after the noun and in its clause, dates them.
    private static FuzzyDate? OwnTime(SentenceView view, int noun)
    {
        for (var k = noun + 1; k < view.Tokens.Count && k <= noun + FailureReach && view.Word(k) is not ("," or ";" or "and" or "but" or "."); k++)
        {
            if (view.TimeAt[k] >= 0)
            {
                return view.Times[view.TimeAt[k]].Value;
            }
        }

        return null;
    }

    // Words after the talks' noun within which a verb of their failure is looked for ("talks in Cairo collapsed").
    private const int FailureReach = 4;

    private static readonly Orkhon.Text.WordSet s_failures = PhraseGrammar.Words.Lookup("talks-failure");

    // "after talks in Cairo collapsed", "after negotiations broke down": talks that failed led to no negotiated act.
    private static bool Failed(SentenceView view, int noun)
    {
        for (var k = noun + 1; k < view.Tokens.Count && k <= noun + FailureReach && view.Word(k) is not ("," or ";" or "and" or "but"); k++)
        {
            if (s_failures.Contains(view.Word(k)))
            {
                return true;
            }
        }

        return false;
    }

    // The index of "talks" in "after talks", "following their talks", "after two days of negotiations" in the act's clause, or null.
    private static int? Talks(SentenceView view, int from)
    {
        // A full stop inside the sentence is an abbreviation's ("to start on Feb. 15, after all-night talks"), not its end.
        for (var k = from; k + 1 < view.Tokens.Count && (view.Word(k) is not ("," or ";" or "and" or "but") || IsCommaBeforeAfter(view, k)); k++)
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
                    return next is "with" or "between" or "by" or "of" || Failed(view, j) ? null : j;
                }
            }

            return null;
        }

        return null;
    }
}
