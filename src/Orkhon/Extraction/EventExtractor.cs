using Orkhon.Domain;
using Orkhon.Extraction.Mentions;
using Orkhon.Extraction.Time;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// The extraction pipeline for one document: normalise the text (offsets unchanged), split sentences,
/// fix the time anchor (the dateline's day, else the document's date, else the latest explicit date in the text), and code each
/// sentence in order so that acronyms and references carry from one sentence to the next.
/// </summary>
public sealed class EventExtractor(SentenceExtractor sentences)
{
    private readonly SentenceExtractor _sentences = sentences;

    public static EventExtractor Default { get; } = new(SentenceExtractor.Default);

    public List<EventMention> Extract(string text, DateOnly? documentDate = null) => Extract(text, documentDate, null);

    /// <summary>Extracts, describing the time phrases, actors and phrases found in each sentence into <paramref name="explain"/>.</summary>
    public List<EventMention> Extract(string text, DateOnly? documentDate, List<string>? explain)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Extract(SplitText.Of(text), documentDate, explain);
    }

    /// <summary>Extracts from a text already split: the ingest pipeline stores the same sentences it extracts from.</summary>
    public List<EventMention> Extract(SplitText split, DateOnly? documentDate, List<string>? explain = null)
    {
        ArgumentNullException.ThrowIfNull(split);
        var (normalised, sentences) = (split.Normalised, split.Bounds);
        var latest = documentDate is null ? LatestExplicitDate(normalised, sentences) : null;
        // A dateline's day is what the copy's relative dates count from, when it gives one.
        var filed = sentences.Count > 0 && DatelineAnchor.Find(normalised, sentences[0].Start, sentences[0].End) is { } dateline
            ? DatelineAnchor.Day(dateline, documentDate, latest) : null;
        var anchor = new TimeAnchor(filed ?? documentDate, documentDate is null && filed is null ? latest : null);
        var context = new MentionContext();
        var events = new List<EventMention>();
        for (var s = 0; s < sentences.Count; s++)
        {
            var (start, end) = sentences[s];
            var current = events.Count;
            // "… Tehran promised a response.\n\nMOSCOW, Dec 5 (Reuters) - …": a dateline after the first sentence opens another story.
            if (s > 0 && DatelineAnchor.Find(normalised, start, end) is not null)
            {
                context.ForgetEarlierActs();
            }

            string? original = null;
            foreach (var e in _sentences.Extract(normalised, (start, end), anchor, context, explain))
            {
                // Report the sentence as the document has it, not its normalised form: one string for all its events.
                original ??= split.IsUnchanged ? e.Sentence : split.Original(e.SentenceStart, e.SentenceEnd);
                events.Add(e with { Sentence = original });
            }

            // "The killings, on Nov. 28 and 29, …": a clause that tells an earlier act again moves its date.
            if (context.Restatements.Count > 0)
            {
                RestatedActs.Apply(events, current, sentences[Math.Max(0, s - RestatedActs.SentencesBack)].Start, context.Restatements, context.BorrowedDates);
                context.Restatements.Clear();
            }

            // Flat memory: a restatement reaches back SentencesBack sentences, so a borrowed date older than that is never read.
            var reach = sentences[Math.Max(0, s + 1 - RestatedActs.SentencesBack)].Start;
            if (context.BorrowedDates.Count > 0)
            {
                // The predicate's closure is made only when there is something to drop: most sentences borrow no date.
                context.BorrowedDates.RemoveWhere(b => b.Item1 < reach);
            }
        }

        // "Oli's four-day official visit … Oli, who arrived on Monday evening, …": the visit spans the stay.
        context.Stays.Widen(events);
        // "… signed a border treaty on Thursday. … Rahmon signed the accord with Japarov at …": one signing told twice.
        return SymmetricDirections.AsFirstTold(_sentences.Options.Runs(ExtractionGuards.DocumentRepeats)
            ? VisitingGuests.WithoutToldVisits(RetoldSignings.WithoutRetold(events, normalised)) : events);
    }

    // Sentence by sentence, as the sentences are tagged when their events are coded, so that no step holds
    // the whole document's phrases at once.
    private static DateOnly? LatestExplicitDate(string text, IReadOnlyList<(int Start, int End)> sentences)
    {
        DateOnly? latest = null;
        foreach (var (start, end) in sentences)
        {
            if (TemporalTagger.LatestExplicitDate(text, start, end) is { } day && (latest is null || day > latest))
            {
                latest = day;
            }
        }

        return latest;
    }

    public List<EventMention> Extract(Document document) => Extract(SplitText.Of(document.Text), AnchorDate(document));

    /// <summary>The day a document's relative dates count from: its publication date, when known to the day.</summary>
    public static DateOnly? AnchorDate(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Published is { Precision: DatePrecision.Day } day ? day.Earliest : null;
    }
}
