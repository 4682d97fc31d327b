using System.Text;
using Orkhon.Domain;
using Orkhon.Extraction.Mentions;
using Orkhon.Extraction.Time;

namespace Orkhon.Extraction.Parse;

/// <summary>
/// The optional parser path (<see cref="ExtractionOptions.ParseHardSentences"/>, off by default): a hard sentence — two or
/// more actors, fewer coded events than lexicon phrases, at most <see cref="ExtractionOptions.ParseMaxWords"/> words — is
/// parsed with link-grammar, and for each verb whose subject and object (or prepositional object, or passive agent) hold
/// recognised actors, a short clause is rebuilt from the sentence's own words — subject phrase, verb group, object phrase —
/// and coded by the ordinary sentence coder. The parse adds arguments the shallow layer cannot reach (a subject across a
/// relative clause or a second coordinated verb, a participle's noun); the lexicon, the modality rules and the coder stay
/// the ones every sentence uses.
/// </summary>
internal sealed class ParsedClauses(SentenceExtractor coder, LinkParser parser, ExtractionOptions options)
{
    /// <summary>The most words a rebuilt verb group and object may take: a longer span is no simple clause.</summary>
    private const int VerbSpanWords = 16;

    private readonly SentenceExtractor _coder = coder;
    private readonly LinkParser _parser = parser;
    private readonly ExtractionOptions _options = options;

    /// <summary>
    /// Whether a sentence goes to the parser: at most <see cref="ExtractionOptions.ParseMaxWords"/> words, two or more
    /// distinct actors, and fewer events than the lexicon's phrases in it (each phrase is a candidate verb the coder could
    /// not argue). An easy sentence — one phrase, one event — is never parsed.
    /// </summary>
    public static bool Gated(SentenceView view, int phrases, int events, ExtractionOptions options)
    {
        if (phrases == 0 || events >= phrases)
        {
            return false;
        }

        var words = 0;
        foreach (var token in view.Tokens)
        {
            if (token.Kind != Text.TokenKind.Punctuation && ++words > options.ParseMaxWords)
            {
                return false;
            }
        }

        string? first = null;
        foreach (var mention in view.Found)
        {
            foreach (var code in mention.Codes)
            {
                if (first is null)
                {
                    first = code;
                }
                else if (!string.Equals(first, code, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The events the parse's clauses add to those already <paramref name="found"/> in the sentence.</summary>
    public List<EventMention> Find(SentenceView view, IReadOnlyList<EventMention> found, TimeAnchor anchor, FuzzyDate? carried, List<string>? explain)
    {
        var added = new List<EventMention>();
        var sentence = view.Text[view.Start..view.End];
        // A dateline ("OSLO, May 2 (Reuters) - ") is no part of the clause and costs the parser most of its budget: it is left out.
        var skip = DatelineEnd(view, sentence);
        var linkage = _parser.Parse(sentence[skip..], _options.ParseSeconds, _options.ParseNullWords);
        if (linkage is not null && skip > 0)
        {
            linkage = linkage with { Words = [.. linkage.Words.Select(w => w with { Start = w.Start + skip, End = w.End + skip })] };
        }

        explain?.Add(linkage is null ? "  parse: none within the budget" : "  parse: " + LinkParser.Describe(linkage));
        if (linkage is null)
        {
            return added;
        }

        var graph = new ClauseGraph(linkage);
        var mentionAt = MentionsOfWords(view, linkage);
        foreach (var clause in graph.Clauses())
        {
            var subject = Mentions(view, mentionAt, graph, clause.Subject);
            var obj = Mentions(view, mentionAt, graph, clause.Object);
            if (subject.Count == 0 || obj.Count == 0 || !subject.Any(s => obj.Any(o => !o.Codes.SequenceEqual(s.Codes))))
            {
                continue;
            }

            if (Rebuild(view, linkage, graph, clause) is not { } rebuilt)
            {
                continue;
            }

            var parties = subject.Concat(obj).SelectMany(m => m.Codes).ToHashSet(StringComparer.Ordinal);
            var coded = _coder.Extract(rebuilt.Text, (0, rebuilt.Text.Length), anchor, new MentionContext());
            explain?.Add($"  parse clause [{rebuilt.Text}]: {coded.Count} event(s)");
            foreach (var e in coded)
            {
                if (!parties.Contains(e.Source.Code) || !parties.Contains(e.Target.Code) || e.Source.Code == e.Target.Code
                    || Known(found, e) || Known(added, e))
                {
                    continue;
                }

                var (phraseStart, phraseEnd) = (rebuilt.ToSentence(e.PhraseStart), rebuilt.ToSentence(Math.Max(e.PhraseStart, e.PhraseEnd - 1)) + 1);
                added.Add(e with
                {
                    SentenceStart = view.Start,
                    SentenceEnd = view.End,
                    Sentence = sentence,
                    PhraseStart = view.Start + phraseStart,
                    PhraseEnd = view.Start + Math.Max(phraseStart, phraseEnd),
                    Date = e.Date ?? found.FirstOrDefault(f => f.Date is not null)?.Date ?? carried,
                    Confidence = Math.Max(0, e.Confidence - _options.IndirectPenalty),
                });
            }
        }

        return added;
    }

    // Where the text after a dateline begins: past the dash that closes it (within the dateline's first 80 characters), else 0.
    private static int DatelineEnd(SentenceView view, string sentence)
    {
        if (DatelineAnchor.Find(view.Text, view.Start, view.End) is null)
        {
            return 0;
        }

        var reach = Math.Min(sentence.Length, 80);
        for (var i = 1; i < reach; i++)
        {
            if (sentence[i] is '-' or '\u2013' or '\u2014' && char.IsWhiteSpace(sentence[i - 1]))
            {
                var next = i + 1;
                while (next < sentence.Length && (sentence[next] == '-' || char.IsWhiteSpace(sentence[next])))
                {
                    next++;
                }

                return next;
            }
        }

        return 0;
    }

    // An event of the same pair and root is already told (either way round for a symmetric root).
    private static bool Known(IReadOnlyList<EventMention> events, EventMention e)
    {
        foreach (var k in events)
        {
            if (!k.Cameo.SameRootAs(e.Cameo))
            {
                continue;
            }

            if ((k.Source.Code == e.Source.Code && k.Target.Code == e.Target.Code)
                || (e.Cameo.IsSymmetric && k.Source.Code == e.Target.Code && k.Target.Code == e.Source.Code))
            {
                return true;
            }
        }

        return false;
    }

    // For each linked word, the actor mention whose token holds its first character, or -1: one merge of two sorted lists.
    private static int[] MentionsOfWords(SentenceView view, Linkage linkage)
    {
        var at = new int[linkage.Words.Count];
        Array.Fill(at, -1);
        var t = 0;
        var order = Enumerable.Range(0, linkage.Words.Count).Where(w => !linkage.Words[w].IsWall).OrderBy(w => linkage.Words[w].Start);
        foreach (var w in order)
        {
            var start = view.Start + linkage.Words[w].Start;
            while (t < view.Tokens.Count && view.Tokens[t].End <= start)
            {
                t++;
            }

            if (t < view.Tokens.Count && view.Tokens[t].Start <= start)
            {
                at[w] = view.MentionAt[t];
            }
        }

        return at;
    }

    // The actor mentions in the noun phrases headed by the given words.
    private static List<ActorMention> Mentions(SentenceView view, int[] mentionAt, ClauseGraph graph, IReadOnlyList<int> heads)
    {
        var mentions = new List<ActorMention>();
        foreach (var head in heads)
        {
            foreach (var w in graph.NounPhrase(head))
            {
                if (mentionAt[w] >= 0 && !mentions.Contains(view.Found[mentionAt[w]]))
                {
                    mentions.Add(view.Found[mentionAt[w]]);
                }
            }
        }

        return mentions;
    }

    // The clause "[complementiser] subject phrase verb group … object phrase [time]." from the sentence's own words, or null when
    // the verb's span is not a short clause after its subject.
    private static RebuiltClause? Rebuild(SentenceView view, Linkage linkage, ClauseGraph graph, ParsedClause clause)
    {
        var words = linkage.Words;
        var (subjectStart, subjectEnd) = graph.Span(clause.Subject);
        var (objectStart, objectEnd) = graph.Span(clause.Object);
        var groupStart = clause.Group.Where(w => !words[w].IsConjunction).Min(w => words[w].Start);
        var verb = words[clause.Verb];
        // A subject is a noun phrase before the verb group: never empty, never a verb (the grammar's reading of "…, X said").
        if (subjectEnd <= subjectStart || clause.Subject.Any(s => words[s].IsVerb)
            || subjectEnd > groupStart || objectStart <= verb.Start || objectEnd <= groupStart)
        {
            return null;
        }

        var sentence = view.Text.AsSpan(view.Start, view.End - view.Start);
        var span = sentence[groupStart..objectEnd];
        if (span.IndexOfAny(';', ':') >= 0 || WordCount(span) > VerbSpanWords)
        {
            return null;
        }

        var segments = new List<(int Start, int End)>();
        if (clause.Complementiser is { } c)
        {
            segments.Add((words[c].Start, words[c].End));
        }

        segments.Add((subjectStart, subjectEnd));
        segments.Add((groupStart, objectEnd));
        // The time phrase nearest the verb, when the rebuilt span holds none: the coder dates the clause as the sentence would.
        if (NearestTime(view, view.Start + verb.Start) is { } time && (time.Start < view.Start + groupStart || time.End > view.Start + objectEnd))
        {
            segments.Add((time.Start - view.Start, time.End - view.Start));
        }

        return RebuiltClause.Of(sentence, segments);
    }

    private static TemporalExpression? NearestTime(SentenceView view, int at)
    {
        TemporalExpression? nearest = null;
        foreach (var time in view.Times)
        {
            if (nearest is null || Distance(time, at) < Distance(nearest, at))
            {
                nearest = time;
            }
        }

        return nearest;

        static int Distance(TemporalExpression t, int at) => at < t.Start ? t.Start - at : at > t.End ? at - t.End : 0;
    }

    private static int WordCount(ReadOnlySpan<char> span)
    {
        var count = 0;
        for (var i = 0; i < span.Length; i++)
        {
            if (!char.IsWhiteSpace(span[i]) && (i == 0 || char.IsWhiteSpace(span[i - 1])))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>A clause rebuilt from segments of the sentence, with the map from its offsets back to the sentence's.</summary>
    private sealed record RebuiltClause(string Text, List<(int ClauseStart, int SentenceStart, int Length)> Map)
    {
        public static RebuiltClause Of(ReadOnlySpan<char> sentence, List<(int Start, int End)> segments)
        {
            var text = new StringBuilder();
            var map = new List<(int, int, int)>();
            foreach (var (start, end) in segments)
            {
                if (text.Length > 0)
                {
                    text.Append(' ');
                }

                map.Add((text.Length, start, end - start));
                text.Append(sentence[start..end]);
            }

            // A clause opens with a capital and closes with a full stop, as the coder's sentences do.
            if (text.Length > 0 && char.IsLower(text[0]))
            {
                text[0] = char.ToUpperInvariant(text[0]);
            }

            text.Append('.');
            return new RebuiltClause(text.ToString(), map);
        }

        /// <summary>The sentence offset of a clause offset (the segment's end when it falls on a joining space or the full stop).</summary>
        public int ToSentence(int offset)
        {
            foreach (var (clauseStart, sentenceStart, length) in Map)
            {
                if (offset >= clauseStart && offset <= clauseStart + length)
                {
                    return sentenceStart + Math.Min(offset - clauseStart, length);
                }
            }

            var (lastClause, lastSentence, lastLength) = Map[^1];
            return lastSentence + Math.Clamp(offset - lastClause, 0, lastLength);
        }
    }
}
