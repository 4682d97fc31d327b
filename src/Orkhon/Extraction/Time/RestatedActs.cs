using Orkhon.Domain;
using Orkhon.Extraction.Lexicon;
using Orkhon.Text;

namespace Orkhon.Extraction.Time;

/// <summary>
/// A sentence that tells again an act coded in the sentence before, with a time the first telling lacked: "Mongolian police
/// have detained 800 Chinese nationals. The suspects were rounded up in raids last week", "Eritrean soldiers killed civilians
/// in November. The killings, on Nov. 28 and 29, …", "… began joint drills on Monday. The drills, which run until May 10, …",
/// "… began a state visit on Sunday. The three-day trip …". The restating clause names no actor, so it codes nothing of its
/// own; what it says of the time moves the earlier act's date: a time inside the one the lead gave (a month made a day), or
/// one that replaces a date the act only borrowed (from the reporting clause, the dateline or a clause it was coordinated
/// with), or an end ("run until") or a length ("three-day") that makes the lead's day a span.
/// </summary>
internal static partial class RestatedActs
{
    private const string RestatedActsFile = "lexicon.restated-acts.tsv";

    private static readonly WordClasses s_words = WordClasses.Load(RestatedActsFile, "trip", "talks", "drills", "armed", "protest", "arrest", "occurrence", "complement");

    private static readonly WordSet s_occurrences = s_words.Lookup("occurrence");

    // The classes of a noun, read once per sentence-opening noun phrase.
    private static readonly (string Name, WordSet Words)[] s_classes =
        [.. new[] { "trip", "talks", "drills", "armed", "protest", "arrest" }.Select(c => (c, s_words.Lookup(c)))];

    // Prepositions that open a noun's own complement.
    private static readonly WordSet s_complements = s_words.Lookup("complement");

    /// <summary>How many words a sentence-opening noun phrase may hold before its head ("The Maritime Security Belt 2023 drills").</summary>
    private const int NounReach = 6;

    /// <summary>How many sentences back the act told again may stand: a restatement follows the sentence it restates.</summary>
    public const int SentencesBack = 1;

    /// <summary>How far ahead of the act's first day an end ("run until May 10") may lie: about the length of a long exercise.</summary>
    private const int LongestRun = 62;

    /// <summary>What a restating clause says of the time of the act it tells again.</summary>
    public enum Kind
    {
        /// <summary>A time of its own ("last week", "on Nov. 28 and 29").</summary>
        Date,

        /// <summary>An end after a present "run until", "last until": the act runs from its first day to it.</summary>
        Until,

        /// <summary>A stated length ("the three-day trip"): the act runs that many days from its first.</summary>
        Length,

        /// <summary>
        /// A definite act noun with its own time inside a sentence about something else ("led the delegations at the talks on
        /// Saturday"): it replaces only a day the act borrowed, and only one not before it.
        /// </summary>
        Named,
    }

    /// <summary>One restating clause: the kind of act it names (a class of the file, or a CAMEO root of its phrase) and its time.</summary>
    public readonly record struct Restatement(string? Class, int Root, Kind Kind, FuzzyDate Date, int Days, string? Code = null);

    /// <summary>
    /// The restating clauses of a sentence: a sentence-opening definite noun phrase whose head names an act kind, and a phrase
    /// of the lexicon that coded no event for want of an actor ("The suspects were rounded up … last week").
    /// </summary>
    /// <param name="owned">Whether each phrase's date is a time phrase of its own (not borrowed from another clause).</param>
    /// <param name="kept">The sentence's events: a phrase that coded one is an act of its own, no restatement.</param>
    public static List<Restatement> Find(SentenceView view, IReadOnlyList<Trigger> triggers, IReadOnlyList<CodedPhrase?> coded, IReadOnlyList<bool> owned,
        IReadOnlyList<FuzzyDate?> dates, IReadOnlyList<EventMention> kept)
    {
        var found = new List<Restatement>();
        int[]? ends = null;
        if (OpeningNoun(view, kept) is var (noun, cls) && noun > 0)
        {
            if (Length(view, noun) is var days and > 1)
            {
                found.Add(new Restatement(cls, -1, Kind.Length, default, days));
            }
            else if (Until(view, ref ends, noun) is { } end)
            {
                found.Add(new Restatement(cls, -1, Kind.Until, end, 0));
            }
            else if (TimeAfter(view, noun) is { } time)
            {
                found.Add(new Restatement(cls, -1, Kind.Date, time, 0));
            }
        }

        // "… led the delegations at the talks on Saturday": a definite act noun with a time right after it names the act told
        // before and says when it took place, wherever it stands in the sentence.
        // Each such noun is followed by a time phrase: a sentence with none (most) makes no iterator and is not scanned.
        if (view.Times.Count > 0)
        {
            found.AddRange(NamedWithTime(view, kept));
        }

        for (var t = 0; t < triggers.Count; t++)
        {
            if (coded[t] is not { Subject.Count: 0 } phrase || Coded(view, triggers[t], kept))
            {
                continue;
            }

            if (owned[t] && dates[t] is { } own)
            {
                found.Add(new Restatement(null, phrase.Cameo.RootNumber, Kind.Date, own, 0, phrase.Cameo.Value));
            }
            else if (Until(view, ref ends, triggers[t].End - 1) is { } end)
            {
                found.Add(new Restatement(null, phrase.Cameo.RootNumber, Kind.Until, end, 0, phrase.Cameo.Value));
            }
        }

        return found;
    }

    /// <summary>
    /// Moves the dates of the act each restatement tells again: the latest event of its kind in the last
    /// <see cref="SentencesBack"/> sentences before the restating one, with every event of the same sentence, code and date (for a named act, of its kind and date)
    /// (the other pairs of one act).
    /// </summary>
    /// <param name="events">The document's events so far; those from <paramref name="current"/> on are the restating sentence's own.</param>
    /// <param name="earliest">The first sentence start the act told again may have.</param>
    /// <param name="borrowed">The (sentence start, phrase start) of events whose date is not a time phrase of their own.</param>
    public static void Apply(List<EventMention> events, int current, int earliest, IReadOnlyList<Restatement> restatements, IReadOnlySet<(int, int)> borrowed)
    {
        foreach (var r in restatements)
        {
            var at = -1;
            for (var i = current - 1; i >= 0 && events[i].SentenceStart >= earliest; i--)
            {
                if (Restates(r, events[i].Cameo))
                {
                    at = i;
                    break;
                }
            }

            if (at < 0)
            {
                continue;
            }

            var told = events[at];
            var moved = Moved(told.Date, r, borrowed.Contains((told.SentenceStart, told.PhraseStart)));
            if (moved == told.Date)
            {
                continue;
            }

            for (var i = current - 1; i >= 0 && events[i].SentenceStart >= earliest; i--)
            {
                var e = events[i];
                // A named act is every act of its kind told with it on the borrowed day: the talks and their mediation.
                if (e.SentenceStart == told.SentenceStart && e.Date == told.Date && (e.Cameo == told.Cameo || (r.Kind == Kind.Named && Restates(r, e.Cameo))))
                {
                    events[i] = e with { Date = moved };
                }
            }
        }
    }

    /// <summary>The date of an act told again, from its first telling's date and whether that date was its own.</summary>
    public static FuzzyDate? Moved(FuzzyDate? told, Restatement r, bool borrowed)
    {
        switch (r.Kind)
        {
            case Kind.Length when told is { Precision: DatePrecision.Day } day:
                return day.Earliest.DayNumber + r.Days - 1L <= DateOnly.MaxValue.DayNumber ? FuzzyDate.Between(day, FuzzyDate.OfDay(day.Earliest.AddDays(r.Days - 1))) : told;
            case Kind.Until when told is { Precision: DatePrecision.Day } day && r.Date.Precision == DatePrecision.Day
                && r.Date.Earliest > day.Earliest && r.Date.Earliest.DayNumber - day.Earliest.DayNumber <= LongestRun:
                return FuzzyDate.Between(day, r.Date);
            case Kind.Date when told is null:
                return r.Date;
            case Kind.Named when borrowed && told is { } lent && !r.Date.IsOpenStart && !r.Date.IsOpenEnd && !lent.IsOpenStart && !lent.IsOpenEnd:
                // The reporting day or the dateline's, lent to the act, gives way to the day the later sentence names, when that
                // day lies not after it and within a month before it.
                return r.Date.Latest <= lent.Latest && lent.Earliest.DayNumber - r.Date.Earliest.DayNumber <= LongestRun / 2 ? r.Date : told;
            case Kind.Date when told is { } before && !r.Date.IsOpenStart && !r.Date.IsOpenEnd && !before.IsOpenStart && !before.IsOpenEnd:
                // A finer time inside the one told ("in November" → "on Nov. 28 and 29"), or one that replaces a borrowed day and
                // lies not after it and within a month before it (the reporting day or the dateline's → "last week", "late on Sunday").
                var finer = before.Contains(r.Date) && r.Date.Latest.DayNumber - r.Date.Earliest.DayNumber < before.Latest.DayNumber - before.Earliest.DayNumber;
                var replaces = borrowed && r.Date.Latest <= before.Latest && before.Earliest.DayNumber - r.Date.Earliest.DayNumber <= LongestRun / 2;
                return finer || replaces ? r.Date : told;
            default:
                return told;
        }
    }

    private static bool Restates(Restatement r, CameoCode code) => r.Class switch
    {
        // A phrase of root 04 restates only its own kind: an arrival is not the talks ("arrived on Sunday for an eight-day stay").
        null => code.RootNumber == r.Root && (r.Root != 4 || code.Value == r.Code),
        "trip" => code.Value == "042",
        "talks" => code.RootNumber == 4 && code.Value is not ("042" or "043"),
        "drills" => code.RootNumber == 6,
        "armed" => code.RootNumber is 18 or 19 or 20,
        "protest" => code.RootNumber == 14,
        "arrest" => code.RootNumber == 17,
        _ => false,
    };

    // Whether the phrase coded an event of its own in the sentence.
    private static bool Coded(SentenceView view, Trigger trigger, IReadOnlyList<EventMention> kept)
    {
        var start = view.Tokens[trigger.First].Start;
        foreach (var e in kept)
        {
            if (e.PhraseStart == start)
            {
                return true;
            }
        }

        return false;
    }
}
