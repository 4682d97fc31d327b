using Orkhon.Domain;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Extraction.Time;
using Orkhon.Knowledge;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// Codes the events of one sentence: finds time phrases, actor mentions and lexicon phrases, then for
/// each phrase its source (the subject, or the previous phrase's subject in a coordination), target and
/// date, and drops what is negated, hypothetical or merely planned.
/// </summary>
public sealed partial class SentenceExtractor(EventLexicon lexicon, MentionFinder mentions, ReferenceData reference)
{
    private readonly EventLexicon _lexicon = lexicon;
    private readonly MentionFinder _mentions = mentions;
    private readonly ReferenceData _reference = reference;

    public static SentenceExtractor Default { get; } = new(EventLexicon.Default, MentionFinder.Default, ReferenceData.Default);

    /// <summary>Events of the sentence text[start..end], using and updating the document's <paramref name="context"/>.</summary>
    public List<EventMention> Extract(string text, int start, int end, TimeAnchor anchor, MentionContext context) => Extract(text, start, end, anchor, context, null);

    /// <summary>As <see cref="Extract(string, int, int, TimeAnchor, MentionContext)"/>, describing each step into <paramref name="explain"/> when given.</summary>
    public List<EventMention> Extract(string text, int start, int end, TimeAnchor anchor, MentionContext context, List<string>? explain)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        var tokens = Tokenizer.Tokenize(text, start, end);
        var ignoredTimes = explain is null ? null : new List<IgnoredTimePhrase>();
        var times = TemporalTagger.Tag(text, start, end, anchor, ignoredTimes);
        var blocked = new bool[tokens.Count];
        var timeAt = new int[tokens.Count];
        Array.Fill(timeAt, -1);
        for (var i = 0; i < tokens.Count; i++)
        {
            for (var t = 0; t < times.Count; t++)
            {
                if (tokens[i].Start >= times[t].Start && tokens[i].End <= times[t].End)
                {
                    blocked[i] = true;
                    timeAt[i] = t;
                }
            }
        }

        // People resolve at the sentence's own date when it gives one, else at the document's.
        DateOnly? when = times.Count > 0 && !times[0].Value.IsOpenStart ? times[0].Value.Earliest : anchor.Day;
        var found = _mentions.Find(text, tokens, blocked, when, context);
        var mentionAt = new int[tokens.Count];
        Array.Fill(mentionAt, -1);
        for (var m = 0; m < found.Count; m++)
        {
            for (var k = found[m].First; k <= found[m].Last; k++)
            {
                mentionAt[k] = m;
            }
        }

        var triggers = FindTriggers(text, tokens, blocked, mentionAt, found);
        var view = new ClauseView(text, tokens, times, timeAt, mentionAt);
        var frames = GoverningFrames.Find(view, found, triggers);
        frames.AddRange(PassivePhraseFinder.Find(_lexicon, view, blocked, triggers));
        if (frames.Count > 0)
        {
            triggers.AddRange(frames);
            triggers.Sort((a, b) => a.First.CompareTo(b.First));
        }

        if (explain is not null)
        {
            explain.Add("sentence: " + text[start..end]);
            explain.AddRange(times.Select(x => $"  time [{text[x.Start..x.End]}] = {string.Join(", ", x.Values)}"));
            explain.AddRange(ignoredTimes!.Select(x => $"  time [{text[x.Start..x.End]}] ignored: {x.Reason}"));
            explain.AddRange(found.Select(m => $"  actor [{text[tokens[m.First].Start..tokens[m.Last].End]}] = {string.Join("+", m.Codes)}{(m.Role is { } r ? "/" + r.ToName() : "")} {m.Kind}{(m.IsPlace ? " place" : "")}{(m.IsPossessive ? " possessive" : "")}{(m.IsWeak ? " weak" : "")}"));
            explain.AddRange(triggers.Select(x => $"  phrase [{text[tokens[x.First].Start..tokens[x.End - 1].End]}] = {x.Entry.Id} {x.Entry.Cameo}{(x.Passive ? " passive" : "")}"));
        }

        var previousSentence = PreviousSentenceDate(text, start, context);
        var clauses = new List<DateAttacher.Clause>(triggers.Count);
        var coded = new List<(IReadOnlyList<ActorMention> Subject, CameoCode Cameo, bool Inherited, int WindowEnd)?>(triggers.Count);
        IReadOnlyList<ActorMention>? carriedSubject = null;
        FuzzyDate? previousOwn = null;
        ClauseModality? previousModality = null;
        for (var t = 0; t < triggers.Count; t++)
        {
            var trigger = triggers[t];
            var windowStart = t == 0 ? 0 : triggers[t - 1].End;
            // A phrase's targets may sit in the infinitive it governs: "ready to hold consultations with Russia",
            // "refused to lift sanctions on Belarus", "threatened to cut aid to Kyrgyzstan".
            var next = t + 1;
            while (next < triggers.Count && IsInfinitive(text, tokens, triggers[next]))
            {
                next++;
            }

            var windowEnd = view.ReportingClauseStart(trigger.End, next < triggers.Count ? triggers[next].First : tokens.Count);
            IReadOnlyList<ActorMention> subject = Subject(text, tokens, found, mentionAt, blocked, trigger, windowStart, t > 0);
            var inherited = false;
            if (subject.Count == 0 && trigger.First == 1 && IsParticipialOpener(tokens[0].In(text)) && MainClauseSubject(text, tokens, found, mentionAt, trigger.End) is { } main)
            {
                // "After meeting Macron in Paris, Scholz flew to Washington": the opening clause's act is the main subject's.
                subject = [main];
            }
            else if (!trigger.Entry.IsNoun && subject.Count == 0 && view.HasNonActorSubject(trigger.First, windowStart))
            {
                // "…, after the Dalai Lama visited Mongolia and met…": the clause's own subject is no actor; nothing to borrow.
                carriedSubject = null;
            }
            else if (!trigger.Entry.IsNoun && t > 0 && carriedSubject is not null && ModalityClassifier.SharesAuxiliary(view, trigger))
            {
                // "visited Taiwan and met its president": a coordinated verb phrase shares the first one's subject, and the
                // actor before "and" is the first verb's object.
                subject = carriedSubject;
                inherited = true;
            }

            var withNoun = trigger.Entry.IsNoun && trigger.Entry.Phrase.EndsWith(" with", StringComparison.Ordinal) && PossessorIndex(text, tokens, mentionAt, blocked, trigger.First) < 0;
            if ((subject.Count == 0 || withNoun) && carriedSubject is not null && (!trigger.Entry.IsNoun || withNoun))
            {
                subject = carriedSubject;
                inherited = true;
            }

            var cameo = trigger.Entry.Cameo;
            explain?.Add($"  {trigger.Entry.Id}: subject {string.Join(", ", subject.Select(m => m.Code))}");
            var modality = ModalityClassifier.Classify(view, trigger, subject, triggers, t);
            // Coordinated verb phrases share their subject's auxiliary: "will pay a state visit … and attend the summit",
            // "did not attend the parade or meet Putin".
            if (inherited && previousModality is { Kind: not ModalityKind.Fact } shared && modality.Kind == ModalityKind.Fact && ModalityClassifier.SharesAuxiliary(view, trigger))
            {
                modality = ModalityClassifier.Share(shared, trigger.Entry.Cameo);
            }

            previousModality = modality;
            var cancelled = !modality.IsCoded;
            var planned = modality.Kind == ModalityKind.Intent;
            cameo = modality.Cameo;
            if (modality.Kind is ModalityKind.Intent or ModalityKind.Threat)
            {
                explain?.Add($"  {trigger.Entry.Id}: {modality.Kind.ToString().ToLowerInvariant()} {cameo}");
            }

            if (!trigger.Entry.IsNoun && subject.Count > 0)
            {
                carriedSubject = subject;
            }

            var own = DateAttacher.Own(view, trigger, t == 0, windowEnd, previousOwn ?? previousSentence, end);
            previousOwn = own ?? previousOwn;
            var sequenced = view.HasSequenceCue(windowStart, trigger.First);
            // A noun lends its date only as the frame of the sentence: "upgraded ties during a visit by Biden on Sept. 10",
            // not "Mongolia's accession in 1997 was backed by…".
            var lends = !trigger.Entry.IsNoun || (trigger.First > 0 && HasWordBetween(text, tokens, Math.Max(0, trigger.First - 4), trigger.First, "during", "at"));
            clauses.Add(new DateAttacher.Clause(own, inherited, planned, cancelled, view.ScopeOf(trigger.First), sequenced, lends));
            if (cancelled)
            {
                explain?.Add($"  cancelled: {trigger.Entry.Id} (negated, hypothetical, embedded or unrealised)");
                coded.Add(null);
                continue;
            }

            coded.Add((subject, cameo, inherited, windowEnd));
        }

        var dates = DateAttacher.Attach(view, clauses, triggers.Count > 0 ? DateAttacher.Leading(view, triggers[0].First) : null, previousSentence);
        var events = new List<EventMention>();
        string? sentenceText = null;
        for (var t = 0; t < triggers.Count; t++)
        {
            if (coded[t] is not var (subject, cameo, inherited, windowEnd))
            {
                continue;
            }

            var trigger = triggers[t];
            var date = dates[t];
            var pairs = Pairs(text, tokens, found, mentionAt, blocked, trigger, subject, windowEnd).Where(p => p.Source.Code != p.Target.Code).ToList();
            if (pairs.Count == 0 && ReactionTarget(trigger, subject, events, context, text, start, windowEnd, mentionAt) is { } actedAgainst)
            {
                // "Israel struck targets inside Iran. Tehran promised a response.": a reaction with no object answers whoever
                // last acted against its subject, in this sentence or the one before.
                pairs.Add((subject[0], actedAgainst, null));
            }

            for (var p = 0; p < pairs.Count; p++)
            {
                var (source, target, place) = pairs[p];
                var confidence = 0.8 - (inherited ? 0.1 : 0) - (source.Kind == MentionKind.Coreference || target.Kind == MentionKind.Coreference ? 0.1 : 0);
                var pairDate = PairDate(tokens, times, timeAt, pairs, p, date, windowEnd);
                events.Add(new EventMention(new ActorRef(source.Code, source.Role), new ActorRef(target.Code, target.Role), cameo, pairDate,
                    start, end, sentenceText ??= text[start..end], tokens[trigger.First].Start, tokens[trigger.End - 1].End, trigger.Entry.Id, confidence, place));
            }
        }

        if (events.Count == 0 && context.LastEvent is { } last)
        {
            events.AddRange(Followers(text, tokens, found, mentionAt, times, timeAt, last, start, end, text[start..end]));
            if (events.Count == 0 && InKind(text, tokens, found, mentionAt, times, timeAt, last, start, end) is { } reply)
            {
                events.Add(reply);
            }
        }

        context.Remember(found);
        var kept = WithoutRepeats(events);
        if (kept.Count > 0)
        {
            context.LastEvent = kept[^1];
        }

        return kept;
    }

    // "Khurelsukh's state visit to Japan in November 2022 was his first trip to Tokyo": one event told twice
    // in a sentence is kept once, with the most precise date.
    private static List<EventMention> WithoutRepeats(List<EventMention> events)
    {
        var kept = new List<EventMention>();
        foreach (var e in events)
        {
            var same = kept.FindIndex(k => k.Source.Code == e.Source.Code && k.Target.Code == e.Target.Code && k.Cameo.SameRootAs(e.Cameo)
                && (k.Date is null || e.Date is null || k.Date.Value.Overlaps(e.Date.Value)));
            if (same < 0)
            {
                kept.Add(e);
            }
            else if (kept[same].Date is null && e.Date is not null)
            {
                kept[same] = e;
            }
        }

        return kept;
    }

    // "He was followed by President Tokayev of Kazakhstan in October 2024, President Berdimuhamedov of Turkmenistan
    // in June 2025…", "followed by Sweden in March 2024": each follower repeats the last event, with its own date.
    private static IEnumerable<EventMention> Followers(string text, List<Token> tokens, List<ActorMention> found, int[] mentionAt, List<TemporalExpression> times, int[] timeAt, EventMention last, int start, int end, string sentence)
    {
        var by = -1;
        for (var k = 1; k < tokens.Count; k++)
        {
            if (tokens[k].In(text) is "by" && tokens[k - 1].In(text) is "followed")
            {
                by = k;
                break;
            }
        }

        if (by < 0)
        {
            yield break;
        }

        var followers = found.Where(m => m.First > by && !m.IsPlace && !m.IsWeak && m.Code != last.Target.Code).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var f = 0; f < followers.Count; f++)
        {
            var m = followers[f];
            // "President X of Kazakhstan" names one follower twice.
            if (!seen.Add(m.Code))
            {
                continue;
            }

            var next = followers.Skip(f + 1).FirstOrDefault(o => o.Code != m.Code)?.First ?? tokens.Count;
            FuzzyDate? date = null;
            for (var k = m.Last + 1; k < next && date is null; k++)
            {
                if (timeAt[k] >= 0)
                {
                    date = times[timeAt[k]].Value;
                }
            }

            yield return last with
            {
                Source = new ActorRef(m.Code, m.Role ?? last.Source.Role),
                Date = date,
                SentenceStart = start,
                SentenceEnd = end,
                Sentence = sentence,
                PhraseStart = tokens[by - 1].Start,
                PhraseEnd = tokens[by].End,
                Confidence = last.Confidence - 0.1,
            };
        }
    }

    // With several pairs, "in 2010 and 2011, respectively" gives each its own year, and a destination
    // followed by its own date ("Moscow on 8 July and Kyiv on 23 August") takes that date.
    private static FuzzyDate? PairDate(List<Token> tokens, List<TemporalExpression> times, int[] timeAt, List<(ActorMention Source, ActorMention Target, string? Place)> pairs, int index, FuzzyDate? date, int windowEnd)
    {
        if (pairs.Count < 2)
        {
            return date;
        }

        var respectively = times.FirstOrDefault(t => t.Respectively && t.Values.Count == pairs.Count);
        if (respectively is not null)
        {
            return respectively.Values[index];
        }

        var target = pairs[index].Target;
        var next = index + 1 < pairs.Count && pairs[index + 1].Target.First > target.Last ? pairs[index + 1].Target.First : windowEnd;
        for (var k = target.Last + 1; k < Math.Min(next, tokens.Count); k++)
        {
            if (timeAt[k] >= 0)
            {
                return times[timeAt[k]].Value;
            }
        }

        return date;
    }
}
