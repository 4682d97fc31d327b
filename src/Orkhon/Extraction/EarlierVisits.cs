using Orkhon.Domain;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// "… arrived on Sunday, the first visit by a top U.S. diplomat since Clinton's trip in 2012", "the most senior American official
/// to come since Bush visited in 2005": a visit ranked as the first (or the most senior) since an earlier one compares like with
/// like, so the "since" clause tells an earlier visit of the same side to the same host, on the date that clause gives. The
/// earlier visitor is often a former office-holder whom the sentence's own date cannot resolve, so the side is the present
/// visit's. Nothing when the clause names another actor (not a place), gives no date of its own, or a date that overlaps the
/// present visit (then it is the same trip told again).
/// </summary>
internal static class EarlierVisits
{
    private const string Entry = "visit-earlier-since";

    // How far after "since" the visit word and its date may stand ("since President George W. Bush visited in 2005").
    private const int ClauseTokens = 10;

    public static List<EventMention> Find(SentenceView view, List<EventMention> events)
    {
        var result = new List<EventMention>();
        foreach (var visit in events)
        {
            if (visit.SentenceStart != view.Start || !visit.Cameo.Value.StartsWith("042", StringComparison.Ordinal) || visit.Date is not { } now)
            {
                continue;
            }

            for (var k = 0; k < view.Tokens.Count; k++)
            {
                if (view.Tokens[k].Start < visit.PhraseEnd || !view.Word(k).Equals("since", StringComparison.OrdinalIgnoreCase)
                    || !RankedBefore(view, visit.PhraseEnd, k))
                {
                    continue;
                }

                if (EarlierDate(view, k, visit.Source.Code) is { } then && !then.Overlaps(now) && !then.IsOpenStart)
                {
                    result.Add(visit with
                    {
                        Date = then,
                        PhraseStart = view.Tokens[k].Start,
                        PhraseEnd = view.Tokens[k].End,
                        LexiconEntry = Entry,
                        Location = null,
                    });
                }
            }
        }

        return result;
    }

    // "the first …", "the most senior …", "the highest-ranking …" between the visit and "since": a ranking against earlier visits.
    private static bool RankedBefore(SentenceView view, int from, int since)
    {
        for (var j = since - 1; j >= 0 && view.Tokens[j].Start >= from; j--)
        {
            var w = view.Word(j);
            if (w.Equals("first", StringComparison.OrdinalIgnoreCase) || w.Equals("most", StringComparison.OrdinalIgnoreCase)
                || w.StartsWith("highest", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // The date of a visit word in the clause after "since", up to the clause's end; null when there is none, or when the
    // clause names an actor of another side.
    private static FuzzyDate? EarlierDate(SentenceView view, int since, string side)
    {
        var sawVisit = false;
        for (var j = since + 1; j < view.Tokens.Count && j <= since + ClauseTokens; j++)
        {
            var w = view.Word(j);
            if (w is "," or ";" or "." or ":" || w.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            if (view.MentionOf(j) is { IsPlace: false } actor && actor.Code != side)
            {
                return null;
            }

            if (IsVisitWord(w))
            {
                sawVisit = true;
            }
            else if (view.TimeAt[j] >= 0)
            {
                return sawVisit ? view.Times[view.TimeAt[j]].Value : null;
            }
        }

        return null;
    }

    // "came", "visited", "trip": phrase-words.tsv, earlier-visit-word.
    private static readonly WordSet s_visitWords = PhraseGrammar.Words.Lookup("earlier-visit-word");

    private static bool IsVisitWord(ReadOnlySpan<char> w) => s_visitWords.Contains(w);
}
