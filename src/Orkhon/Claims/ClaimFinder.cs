using Orkhon.Domain;
using Orkhon.Extraction;
using Orkhon.Extraction.Mentions;
using Orkhon.Extraction.Time;
using Orkhon.Knowledge;
using Orkhon.Text;

namespace Orkhon.Claims;

/// <summary>
/// Finds status claims in a text with the extractor's own steps — sentence split, tokenizer, time
/// tagger, actor mentions (acronyms carried from sentence to sentence) — and the claim rules; a first
/// visit is tied to the visit the extractor codes in the same sentence.
/// </summary>
public sealed class ClaimFinder(ClaimRules rules, MentionFinder mentions, ReferenceData reference)
{
    private static readonly Lazy<ClaimFinder> s_default = new(() => new ClaimFinder(
        ClaimRules.Load(EmbeddedData.ReadTable(EmbeddedData.ClaimRules), ClaimRecord.Default.Levels.Select(l => l.Id).ToHashSet(StringComparer.Ordinal)),
        MentionFinder.Default, ReferenceData.Default));

    private static readonly EventKind[] s_leaderVisits = [EventKind.StateVisit, EventKind.OfficialVisit, EventKind.WorkingVisit];
    private static readonly EventKind[] s_anyVisit = [EventKind.StateVisit, EventKind.OfficialVisit, EventKind.WorkingVisit, EventKind.MinisterialVisit];

    private readonly ClaimRules _rules = rules;
    private readonly MentionFinder _mentions = mentions;
    private readonly ReferenceData _reference = reference;

    public static ClaimFinder Default => s_default.Value;

    public ClaimRules Rules => _rules;

    /// <summary>The claims of a text, in order.</summary>
    /// <param name="events">The events the extractor found in the same split text (first visits are read from them).</param>
    /// <param name="documentDate">The document's date, for relative dates and for claims the sentence does not date.</param>
    /// <param name="today">The day claims are checked on when the document has no date.</param>
    public List<FoundClaim> Find(SplitText split, IReadOnlyList<EventMention> events, DateOnly? documentDate, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(split);
        ArgumentNullException.ThrowIfNull(events);
        var text = split.Normalised;
        var anchor = new TimeAnchor(documentDate, null);
        var context = new MentionContext();
        var claims = new List<FoundClaim>();

        // The visits by the sentence they were told in, gathered once: looking them up in the whole event list for every
        // sentence would cost sentences × events.
        var visits = new Dictionary<int, List<EventMention>>();
        foreach (var e in events)
        {
            if (e.Cameo.Value is "042" or "043")
            {
                if (!visits.TryGetValue(e.SentenceStart, out var told))
                {
                    visits[e.SentenceStart] = told = [];
                }

                told.Add(e);
            }
        }

        foreach (var (start, end) in split.Bounds)
        {
            FindInSentence(text, start, end, anchor, context, visits, documentDate ?? today, claims);
        }

        return claims;
    }

    private void FindInSentence(string text, int start, int end, TimeAnchor anchor, MentionContext context, Dictionary<int, List<EventMention>> visits, DateOnly reference, List<FoundClaim> claims)
    {
        var tokens = Tokenizer.Tokenize(text, start, end);

        // Most sentences hold no claim word (and a "first" counts only beside a visit): they skip the time tagger and the
        // mention finder, which cost most. The acronyms such a sentence defines are then not learnt, which costs
        // little: the gazetteer knows the usual ones.
        var hasVisit = visits.ContainsKey(start);
        if (!tokens.Exists(t => t.Kind == TokenKind.Word && _rules.StartingWith(t.In(text)).Any(r => hasVisit || r.Kind != ClaimKind.FirstVisit)))
        {
            return;
        }

        var times = TemporalTagger.Tag(text, start, end, anchor);
        var blocked = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            blocked[i] = times.Any(t => tokens[i].Start >= t.Start && tokens[i].End <= t.End);
        }

        DateOnly? when = times.Count > 0 && !times[0].Value.IsOpenStart ? times[0].Value.Earliest : anchor.Day;
        var found = _mentions.Find(text, tokens, blocked, when, context);
        context.Remember(found);
        var mentionAt = new int[tokens.Count];
        Array.Fill(mentionAt, -1);
        for (var m = 0; m < found.Count; m++)
        {
            for (var k = found[m].First; k <= found[m].Last; k++)
            {
                mentionAt[k] = m;
            }
        }

        bool IsOrganisation(int m) => _reference.FindOrganisation(found[m].Code) is not null;
        int MentionEnd(int m) => found[m].Last + 1;

        // Every rule at every word; where matches overlap, the longest stands ("comprehensive strategic" over "strategic").
        var matches = new List<(ClaimRule Rule, int First, int End, int Object)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (blocked[i] || tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            foreach (var rule in _rules.StartingWith(tokens[i].In(text)))
            {
                if (rule.Phrase.Match(text, tokens, i, mentionAt, IsOrganisation, MentionEnd) is { } match)
                {
                    matches.Add((rule, i, match.End, match.Object));
                }
            }
        }

        var kept = new List<(ClaimRule Rule, int First, int End, int Object)>();
        foreach (var m in matches.OrderByDescending(m => m.End - m.First).ThenBy(m => m.First))
        {
            if (kept.All(k => m.End <= k.First || m.First >= k.End))
            {
                kept.Add(m);
            }
        }

        foreach (var (rule, first, last, obj) in kept.OrderBy(k => k.First))
        {
            var negated = Negated(text, tokens, first);
            var date = DateOf(times, tokens, first, last);
            var claim = rule.Kind switch
            {
                ClaimKind.Member or ClaimKind.Observer => Status(text, tokens, found, first, last, obj),
                ClaimKind.Partnership or ClaimKind.Treaty => Pair(text, tokens, found, first, last),
                _ => Visit(text, tokens, times, found, visits, start, end, first, last, reference),
            };
            if (claim is { } c)
            {
                claims.Add(new FoundClaim(rule, start, end, c.Start, c.End, c.Subject, c.Object, negated, c.Date ?? date, reference, c.VisitKinds, c.Since));
            }
        }
    }

    private ClaimParts? Status(
        string text, List<Token> tokens, List<ActorMention> found, int first, int last, int obj)
    {
        // The organisation: the phrase's ORG, else the first one named right after the phrase ("a member of the SCO"),
        // else the nearest one before it ("the SCO, in which Mongolia is an observer").
        var organisation = obj >= 0 ? obj
            : NearestAfter(found, last, 3, m => _reference.FindOrganisation(m.Code) is not null)
            ?? NearestBefore(found, first, m => _reference.FindOrganisation(m.Code) is not null && SameClause(text, tokens, m.Last, first, StatusReach));
        var country = NearestBefore(found, first, m => m.Codes.Any(c => _reference.FindCountry(c) is not null) && SameClause(text, tokens, m.Last, first, StatusReach));
        if (organisation is not { } o)
        {
            return null;
        }

        var startToken = country is { } c ? Math.Min(found[c].First, first) : first;
        var endToken = Math.Max(last - 1, found[o].Last);
        return new ClaimParts(tokens[startToken].Start, tokens[endToken].End, country is { } s ? CountryOf(found[s]) : null, found[o].Code, [], null, null);
    }

    private ClaimParts? Pair(
        string text, List<Token> tokens, List<ActorMention> found, int first, int last)
    {
        // The two parties: the countries named nearest the phrase, on either side ("Mongolia and China …", "China's … with Mongolia").
        var parties = new List<(string Code, int Token)>();
        foreach (var m in found.OrderBy(m => Math.Min(Math.Abs(m.First - first), Math.Abs(m.Last - (last - 1)))))
        {
            if (!(m.Last < first ? SameClause(text, tokens, m.Last, first, PairReach) : SameClause(text, tokens, last - 1, m.First, PairReach)))
            {
                continue;
            }

            foreach (var code in m.Codes.Where(c => _reference.FindCountry(c) is not null))
            {
                if (parties.Count < 2 && parties.All(p => p.Code != code))
                {
                    parties.Add((code, m.First));
                }
            }
        }

        if (parties.Count == 0)
        {
            return null;
        }

        var ordered = parties.OrderBy(p => p.Token).ToList();
        var startToken = Math.Min(ordered[0].Token, first);
        var endToken = Math.Max(ordered[^1].Token, last - 1);
        return new ClaimParts(tokens[startToken].Start, tokens[endToken].End, ordered[0].Code, ordered.Count > 1 ? ordered[1].Code : null, [], null, null);
    }

    private ClaimParts? Visit(string text,
        List<Token> tokens, List<TemporalExpression> times, List<ActorMention> found, Dictionary<int, List<EventMention>> visits, int sentenceStart, int sentenceEnd, int first, int last, DateOnly reference)
    {
        // The visit the sentence reports, as the extractor coded it: a hosted visit (043) has the visitor as its target.
        var visit = visits.TryGetValue(sentenceStart, out var told) ? told.Find(e => e.SentenceEnd == sentenceEnd) : null;
        if (visit is null)
        {
            return null;
        }

        var (visitor, host) = visit.Cameo.Value == "043" ? (visit.Target, visit.Source) : (visit.Source, visit.Target);

        // The level the claim speaks of: "the first state visit", or the office of who "the first by …" names, else the visitor's.
        // The knowledge base's kinds stand for levels: a head of state's visits are state visits, a head of government's
        // official, working or state visits, a minister's ministerial visits.
        var span = text[tokens[first].Start..tokens[last - 1].End];
        var role = NearestAfter(found, last, 6, m => m.Role is not null) is { } named ? found[named].Role : visitor.Role;
        IReadOnlyList<EventKind> kinds = span.Contains(" state ", StringComparison.OrdinalIgnoreCase) || span.Contains("state visit", StringComparison.OrdinalIgnoreCase)
            ? [EventKind.StateVisit]
            : role is ActorRole.HeadOfState ? [EventKind.StateVisit]
            : role is ActorRole.HeadOfGovernment ? s_leaderVisits
            : role is ActorRole.ForeignMinistry ? [EventKind.MinisterialVisit]
            : s_anyVisit;

        // "… the first since 2008", "… the first in 16 years": a first since a year, read in the rest of the sentence.
        int? since = null;
        var visitYear = visit.Date is { IsOpenStart: false } d ? d.Earliest.Year : (int?)null;
        for (var i = last; i < tokens.Count && since is null; i++)
        {
            var word = tokens[i].In(text);
            if (word.Equals("since", StringComparison.OrdinalIgnoreCase)
                && times.FirstOrDefault(t => t.Start <= tokens[i].Start && t.End > tokens[i].Start) is { Value.IsOpenStart: false } t)
            {
                since = t.Value.Earliest.Year;
            }
            else if (word is "in" or "for" && i + 2 < tokens.Count && tokens[i + 1].Kind == TokenKind.Number
                && int.TryParse(tokens[i + 1].In(text), out var count) && count is > 0 and < 200
                && tokens[i + 2].In(text) is var unit && (unit is "years" or "decades"))
            {
                since = (visitYear ?? reference.Year) - (unit is "decades" ? count * 10 : count);
            }
        }

        var endToken = NearestAfter(found, last, 6, m => m.Role is not null) is { } office ? Math.Max(last - 1, found[office].Last) : last - 1;
        return new ClaimParts(tokens[first].Start, tokens[endToken].End, visitor.Code, host.Code, kinds, since, visit.Date);
    }

    // What a rule's match says beyond the rule: where the claim's words lie, its parties, and for a visit its level, "since" year and date.
    private sealed record ClaimParts(int Start, int End, string? Subject, string? Object, IReadOnlyList<EventKind> VisitKinds, int? Since, FuzzyDate? Date);

    // How far a party may stand from the claim's phrase, in tokens: "Mongolia, which became a full member of" is near;
    // a country at the far end of a list is not the one the phrase speaks of.
    private const int StatusReach = 8;
    private const int PairReach = 12;

    // Whether tokens a and b (a before b) are near and in one clause: no bracket, semicolon or colon between them.
    private static bool SameClause(string text, List<Token> tokens, int a, int b, int reach)
    {
        if (b - a > reach)
        {
            return false;
        }

        for (var i = a + 1; i < b; i++)
        {
            if (tokens[i].Kind == TokenKind.Punctuation && tokens[i].In(text) is "(" or ")" or ";" or ":" or "[" or "]")
            {
                return false;
            }
        }

        return true;
    }

    // The country of a mention: a person's office holder or a name; the first code a state.
    private string? CountryOf(ActorMention mention) => mention.Codes.FirstOrDefault(c => _reference.FindCountry(c) is not null);

    private static int? NearestBefore(List<ActorMention> found, int token, Func<ActorMention, bool> accept)
    {
        for (var m = found.Count - 1; m >= 0; m--)
        {
            if (found[m].Last < token && accept(found[m]))
            {
                return m;
            }
        }

        return null;
    }

    private static int? NearestAfter(List<ActorMention> found, int token, int within, Func<ActorMention, bool> accept)
    {
        for (var m = 0; m < found.Count; m++)
        {
            if (found[m].First >= token && found[m].First - token <= within && accept(found[m]))
            {
                return m;
            }
        }

        return null;
    }

    // "not a member", "never an observer", "isn't a member", "no longer a member": a negated claim.
    private static bool Negated(string text, List<Token> tokens, int first)
    {
        for (var i = Math.Max(0, first - 4); i < first; i++)
        {
            if (tokens[i].In(text) is var w && (w.Equals("not", StringComparison.OrdinalIgnoreCase) || w.Equals("never", StringComparison.OrdinalIgnoreCase)
                || w.Equals("n't", StringComparison.OrdinalIgnoreCase) || w.Equals("longer", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    // The sentence's date for the claim: the time phrase nearest after the phrase, else the nearest before it.
    private static FuzzyDate? DateOf(List<TemporalExpression> times, List<Token> tokens, int first, int last)
    {
        var phraseStart = tokens[first].Start;
        var phraseEnd = tokens[last - 1].End;
        var after = times.Where(t => t.Start >= phraseEnd).OrderBy(t => t.Start).FirstOrDefault();
        var before = times.Where(t => t.End <= phraseStart).OrderByDescending(t => t.End).FirstOrDefault();
        return (after ?? before)?.Value;
    }
}
