using Orkhon.Domain;

namespace Orkhon.Extraction.Time;

/// <summary>
/// A stay whose length and first day the document tells in different places: "during Oli's four-day official visit to
/// China. … Oli, who arrived on Monday evening, held talks …", "held talks on Tuesday, on the first visit to Mongolia by an
/// Indian defence minister. Singh arrived on Monday for a three-day stay." The visit (042) the length or the arrival belongs
/// to spans the stay's days: a visit dated by a day inside the stay where the length is told or before the arrival, or
/// undated where the length is told. The acts of a sentence that opens "During the visit" after the arrival took place
/// over the stay, not on the day of arrival the story hands on (the coding README: "during the trip" inherits the visit's
/// span).
/// </summary>
internal sealed class DocumentStays
{
    // How many sentences apart the length and the arrival, and the visit and the arrival, may be told: a story tells a
    // stay's length and its arrival in its opening paragraph, and a length further off is another stay's.
    private const int SentencesApart = 2;

    // How far after the arrival verb its day may stand ("arrived in the Uzbek capital Tashkent on June 23").
    private const int DayReach = 8;

    // How far after "During" the stay's noun may stand ("During his four-day state visit").
    private const int DuringReach = 5;

    private readonly List<(int Sentence, int Days)> _lengths = [];
    private readonly List<(int Sentence, DateOnly Day)> _arrivals = [];

    // The numbers of the sentences that open "During the visit", "During his trip": their acts are the stay's.
    private readonly HashSet<int> _duringStay = [];

    // The numbers of the sentences within reach of a length or an arrival, by their start: only those can hold a visit a stay
    // widens, so a long document keeps a handful, not one entry per sentence.
    private readonly Dictionary<int, int> _sentenceAt = [];

    // The starts of the sentences just before the current one, and how many more after the last length or arrival are in reach.
    private readonly Queue<int> _recentStarts = new(SentencesApart + 1);
    private int _reachAfter;
    private int _sentences;

    /// <summary>Notes the stay lengths and arrival days the sentence tells; sentences are noted in document order.</summary>
    public void Note(ClauseView view, int sentenceStart)
    {
        var sentence = _sentences++;
        var noted = false;
        if (Length(view) is var days and > 1)
        {
            _lengths.Add((sentence, days));
            noted = true;
        }

        if (ArrivalDay(view) is { } day)
        {
            _arrivals.Add((sentence, day));
            noted = true;
        }

        if (noted)
        {
            // The sentences just before are in reach too: number them back from this one.
            var back = _recentStarts.Count;
            foreach (var start in _recentStarts)
            {
                _sentenceAt[start] = sentence - back--;
            }

            _reachAfter = SentencesApart;
            _sentenceAt[sentenceStart] = sentence;
        }
        else if (_reachAfter > 0)
        {
            _reachAfter--;
            _sentenceAt[sentenceStart] = sentence;
        }

        // Only a sentence in reach of an arrival can be its stay's; the others are not kept.
        if (!noted && _sentenceAt.ContainsKey(sentenceStart) && OpensDuringStay(view))
        {
            _duringStay.Add(sentence);
        }

        if (_recentStarts.Count == SentencesApart)
        {
            _recentStarts.Dequeue();
        }

        _recentStarts.Enqueue(sentenceStart);
    }

    /// <summary>Widens the visits of each stay whose length and arrival the document told near each other.</summary>
    public void Widen(List<EventMention> events)
    {
        // Indexed once, on the first arrival that has a length: each arrival then reads only the visits of the sentences
        // around it, so a long document costs its events once, not once per arrival.
        Dictionary<int, List<int>>? visits = null;
        Dictionary<int, List<int>>? duringActs = null;
        foreach (var (arrivedIn, arrived) in _arrivals)
        {
            if (NearestLength(arrivedIn) is not { } length || Span(arrived, length.Days) is not { } stay)
            {
                continue;
            }

            // The visits the stay may be: dated by a day inside it, undated where its length is told, or spanning it already; the
            // visits told where the length or the arrival is are the stay's whatever their date.
            var candidates = new List<int>();
            var parties = new HashSet<(string, string)>();
            foreach (var (s, i) in VisitsNear(visits ??= VisitsBySentence(events), arrivedIn))
            {
                var e = events[i];

                // The length qualifies the stay's noun, so the visit told where it is is the stay. The arrival verb tells a day: a
                // visit it codes in a sentence without the length stays on that day, and one in a sentence with the length is the
                // date stage's to widen (within its reach, DateAttacher.WithDuration). A visit told after the arrival, in a
                // sentence of its own, is a trip within the stay ("On Tuesday, he visited the old city of Khiva"); one told
                // before it is the stay as the lede tells it.
                var told = s != arrivedIn && (s == length.Sentence || s < arrivedIn);
                var inside = e.Date is null ? s == length.Sentence : told && e.Date is { Precision: DatePrecision.Day } day && stay.Contains(day);
                if (inside || e.Date == stay || s == arrivedIn || s == length.Sentence)
                {
                    parties.Add((e.Source.Code, e.Target.Code));
                }

                if (inside)
                {
                    candidates.Add(i);
                }
            }

            // Visits by different parties near one arrival ("Tokayev arrived in Beijing on Monday for a three-day visit. On
            // Tuesday, Mirziyoyev visited Moscow."): which of them the stay is cannot be told.
            if (parties.Count != 1)
            {
                continue;
            }

            foreach (var i in candidates)
            {
                events[i] = events[i] with { Date = stay };
            }

            if (_duringStay.Count > 0)
            {
                WidenDuring(events, duringActs ??= ActsBySentence(events, _duringStay), arrivedIn, arrived, stay, parties.First());
            }
        }
    }

    // "arrived in Pyongyang on Monday for a four-day state visit. During the visit he held talks with …": an act of the
    // visitor or the host in a sentence after the arrival that opens "During the visit", dated by the day of arrival the story
    // handed on or by none, took place over the stay. A day of its own ("During the visit, on Tuesday, …") stays.
    private static void WidenDuring(List<EventMention> events, Dictionary<int, List<int>> duringActs, int arrivedIn, DateOnly arrived, FuzzyDate stay,
        (string Visitor, string Host) visit)
    {
        var arrivalDay = FuzzyDate.OfDay(arrived);
        for (var s = arrivedIn + 1; s <= arrivedIn + SentencesApart; s++)
        {
            if (!duringActs.TryGetValue(s, out var acts))
            {
                continue;
            }

            foreach (var i in acts)
            {
                var e = events[i];
                if ((e.Date is null || e.Date == arrivalDay)
                    && (e.Source.Code == visit.Visitor || e.Source.Code == visit.Host || e.Target.Code == visit.Visitor || e.Target.Code == visit.Host))
                {
                    events[i] = e with { Date = stay };
                }
            }
        }
    }

    // The events of the given sentences by sentence number, in the order of the event list.
    private Dictionary<int, List<int>> ActsBySentence(List<EventMention> events, HashSet<int> sentences)
    {
        var acts = new Dictionary<int, List<int>>();
        for (var i = 0; i < events.Count; i++)
        {
            if (_sentenceAt.TryGetValue(events[i].SentenceStart, out var s) && sentences.Contains(s))
            {
                if (!acts.TryGetValue(s, out var list))
                {
                    acts[s] = list = [];
                }

                list.Add(i);
            }
        }

        return acts;
    }

    // "During the visit, …", "During his four-day trip …": the sentence opens with "During" and a stay's noun follows before
    // any comma.
    private static bool OpensDuringStay(ClauseView view)
    {
        var (text, tokens) = (view.Text, view.Tokens);
        if (tokens.Count < 2 || !tokens[0].In(text).Equals("During", StringComparison.Ordinal))
        {
            return false;
        }

        for (var k = 1; k < tokens.Count && k <= DuringReach && tokens[k].In(text) is not ("," or "." or ";"); k++)
        {
            if (PhraseGrammar.IsStay(tokens[k].In(text)))
            {
                return true;
            }
        }

        return false;
    }

    // The visits (042) of the document by the number of the sentence that tells them, in the order of the event list.
    private Dictionary<int, List<int>> VisitsBySentence(List<EventMention> events)
    {
        var visits = new Dictionary<int, List<int>>();
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i].Cameo == CameoCode.MakeVisit && _sentenceAt.TryGetValue(events[i].SentenceStart, out var s))
            {
                if (!visits.TryGetValue(s, out var list))
                {
                    visits[s] = list = [];
                }

                list.Add(i);
            }
        }

        return visits;
    }

    private static IEnumerable<(int Sentence, int Event)> VisitsNear(Dictionary<int, List<int>> visits, int sentence)
    {
        for (var s = sentence - SentencesApart; s <= sentence + SentencesApart; s++)
        {
            if (visits.TryGetValue(s, out var list))
            {
                foreach (var i in list)
                {
                    yield return (s, i);
                }
            }
        }
    }

    // The length told nearest the sentence, within reach; the earlier of two as near. The lengths are noted in document
    // order, so a binary search finds the first within reach.
    private (int Sentence, int Days)? NearestLength(int sentence)
    {
        var (low, high) = (0, _lengths.Count);
        while (low < high)
        {
            var mid = (low + high) / 2;
            (low, high) = _lengths[mid].Sentence < sentence - SentencesApart ? (mid + 1, high) : (low, mid);
        }

        (int Sentence, int Days)? nearest = null;
        for (var k = low; k < _lengths.Count && _lengths[k].Sentence <= sentence + SentencesApart; k++)
        {
            var length = _lengths[k];
            if (nearest is not { } n || Math.Abs(length.Sentence - sentence) < Math.Abs(n.Sentence - sentence))
            {
                nearest = length;
            }
        }

        return nearest;
    }

    // "a four-day official visit", "for a three-day stay": the stated length of a stay the sentence tells with no time of its
    // own coarser than a day (a "three-day visit to Kazakhstan last year" is another, earlier stay); zero for none.
    private static int Length(ClauseView view)
    {
        var (text, tokens) = (view.Text, view.Tokens);
        for (var k = 0; k < view.Times.Count; k++)
        {
            if (view.Times[k].Value is { Precision: not DatePrecision.Day })
            {
                return 0;
            }
        }

        // A length is read off a word StayLength reads ("three-day", "two-week", "weeklong"): most sentences have none.
        if (!view.MayTellStayLength)
        {
            return 0;
        }

        for (var k = 0; k + 1 < tokens.Count; k++)
        {
            if (StayLength.Of(tokens[k].In(text)) is var days && days > 1 && days <= view.Options.LongestDuration
                && (PhraseGrammar.IsStay(tokens[k + 1].In(text)) || (k + 2 < tokens.Count && PhraseGrammar.IsStay(tokens[k + 2].In(text)))))
            {
                return days;
            }
        }

        return 0;
    }

    // "arrived on Monday evening", "arrived in Tashkent on June 23": the day an arrival verb tells in its own clause.
    private static DateOnly? ArrivalDay(ClauseView view)
    {
        // The day is a time phrase's: a sentence with none tells no arrival day, whatever its verbs.
        if (view.Times.Count == 0)
        {
            return null;
        }

        var (text, tokens) = (view.Text, view.Tokens);
        for (var k = 0; k < tokens.Count; k++)
        {
            if (!DateAttacher.IsArrival(tokens[k].In(text)))
            {
                continue;
            }

            for (var j = k + 1; j < tokens.Count && j <= k + DayReach && tokens[j].In(text) is not ("." or ";" or ","); j++)
            {
                if (view.TimeAt[j] >= 0 && !DateAttacher.IsDateline(view, j) && view.Times[view.TimeAt[j]].Value is { Precision: DatePrecision.Day } day)
                {
                    return day.Earliest;
                }
            }
        }

        return null;
    }

    // The days of a stay of the given length from its first day; null past the calendar's end.
    private static FuzzyDate? Span(DateOnly first, int days) =>
        (long)first.DayNumber + days - 1 > DateOnly.MaxValue.DayNumber ? null
            : FuzzyDate.Between(FuzzyDate.OfDay(first), FuzzyDate.OfDay(first.AddDays(days - 1)));
}
