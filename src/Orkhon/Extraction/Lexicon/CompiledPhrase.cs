using System.Collections.Frozen;
using Orkhon.Domain;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction.Lexicon;

/// <summary>A lexicon phrase as slots to match against tokens: each slot a set of word forms, or null for a gap of up to <see cref="ExtractionOptions.PhraseGap"/> words (money signs and dates pass freely).</summary>
public sealed class CompiledPhrase(LexiconEntry entry, IReadOnlyList<PhraseSlot?> slots, IReadOnlyList<string> participles)
{
    // Arrays, read by index in the matching loops at every word: through the list interfaces each read was a dispatched call,
    // and each foreach over the participles an enumerator allocated.
    private readonly PhraseSlot?[] _slots = [.. slots];
    private readonly string[] _participles = [.. participles];

    public LexiconEntry Entry { get; } = entry;

    /// <summary>
    /// The ids of the phrase's later words (its fixed slots after the first, each a word set the lexicon numbers once), which
    /// <see cref="SentenceLexiconWords"/> finds in a sentence: each must stand at some token after the first for a match.
    /// </summary>
    internal int[] LaterWordIds { get; init; } = [];

    public IReadOnlyList<PhraseSlot?> Slots => _slots;

    /// <summary>The most tokens of a time phrase passed between two fixed words ("on 3 September 2024" is four); a bound, so the step stays constant.</summary>
    private const int LongestTimePhrase = 8;

    /// <summary>True when the phrase's first word is the verb's past participle (the passive voice needs it).</summary>
    public bool IsParticiple(ReadOnlySpan<char> word)
    {
        foreach (var p in _participles)
        {
            if (word.Equals(p, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Matches at token <paramref name="start"/> of the sentence; returns the index after the last matched token, or -1.
    /// A phrase word must be free (not an actor, not in a time phrase); a gap may pass over a time phrase ("agreed in
    /// March 2023 to"), and so may the step between two fixed words ("pledged on Thursday to"), and a gap a possessive pronoun ("offered his condolences to") but never over an actor.
    /// </summary>
    internal int Match(SentenceView view, int start)
    {
        ArgumentNullException.ThrowIfNull(view);
        return MatchFrom(view, start, 0);
    }

    /// <summary>
    /// <see cref="Match"/> for a phrase that <see cref="EventLexicon.StartingWith"/> returned for the word at <paramref name="start"/>.
    /// The lexicon files a phrase under every form its first slot accepts, compared as that slot compares, so the slot's own
    /// test would hold there: it is skipped, and the match goes on from the second slot.
    /// </summary>
    internal int MatchAfterFirstWord(SentenceView view, int start) => start < view.Tokens.Count ? MatchFrom(view, start + 1, 1) : -1;

    /// <summary>
    /// A necessary condition of <see cref="MatchAfterFirstWord"/> (the same precondition) that costs at most one look-up: a
    /// fixed second word right after the first unless a time phrase or an adverb stands there (which <see cref="MatchFrom"/> may pass
    /// over). False means the match returns -1, so a caller may skip its own per-phrase tests; true decides nothing.
    /// </summary>
    internal bool MayMatchAfterFirstWord(SentenceView view, int start)
    {
        if (_slots.Length < 2 || _slots[1] is not { } second)
        {
            return true;
        }

        var tokens = view.Tokens;
        var next = start + 1;
        return next < tokens.Count && (view.TimeAt[next] >= 0 || second.Accepts(tokens[next].In(view.Text)) || PhraseAdverbs.Is(view.Word(next)));
    }

    /// <summary>The first word of the entry's phrase as written ("visit" for "visit * to"), kept so no caller cuts it at every word tried.</summary>
    internal string FirstWord { get; } = entry.Phrase.IndexOf(' ') is var space and >= 0 ? entry.Phrase[..space] : entry.Phrase;

    // The entry's object words as one case-insensitive look-up: Accepts tries them at every word of its window, and a
    // loop over the list compared each word with every object word.
    private readonly WordSet _requiredObjects = new(entry.RequiredObjects);

    // "million" or "billion" among them: a sum in dollars ("$5") stands for the word.
    private readonly bool _objectIsMoney = entry.RequiredObjects.Any(o => o is "million" or "billion");

    /// <summary>Whether a word is one of the entry's required object words (a "$" sum standing for "million"/"billion").</summary>
    internal bool IsRequiredObject(ReadOnlySpan<char> word) =>
        _requiredObjects.Contains(word) || (_objectIsMoney && word.StartsWith("$", StringComparison.Ordinal));

    // Lemmas whose phrase names its target after it ("sent aid to", "sanctions against"), matched as written.
    private static readonly FrozenSet<string> s_targetPrepositions = PhraseGrammar.Words.Of("target-preposition");

    private bool EndsInPreposition { get; } = slots.Count > 0 && slots[^1] is { } last && last.Lemmas.All(s_targetPrepositions.Contains);

    private static bool IsFree(SentenceView view, int k) => k < view.Tokens.Count && !view.Blocked[k] && view.MentionAt[k] < 0;

    // A possessive pronoun is a mention (it refers back to an actor) but it stands as the determiner of the gap's noun,
    // never as the phrase's target: "offered his condolences to", "paid their first visit to".
    // A bare national adjective on a noun of the gap ("extradited a Russian hacker to", "sent Turkish rescue teams to") only
    // describes that noun when the phrase ends in a preposition that names its own target after it; where the phrase ends
    // on the noun ("unfroze * assets|funds"), the adjective is the owner acted on and the gap stops at it as before.
    // "a 28-member rescue team", "a 3-day visit": the hyphen joining a number to its noun is part of one modifier.
    private static bool IsNumberCompoundHyphen(string text, List<Token> tokens, int k) =>
        k > 0 && k + 1 < tokens.Count && tokens[k].In(text) is "-" && tokens[k - 1].Kind == TokenKind.Number && tokens[k - 1].End == tokens[k].Start
            && tokens[k + 1].Kind == TokenKind.Word && tokens[k].End == tokens[k + 1].Start;

    private bool MayGap(SentenceView view, int k) =>
        k < view.Tokens.Count && (view.MentionAt[k] < 0 || Determiners.IsPossessivePronounMaybeCapitalised(view.Word(k))
            || ModifiesGapNoun(view, k) || IsLocativeAdjunct(view, k));

    private bool ModifiesGapNoun(SentenceView view, int k) =>
        EndsInPreposition && view.MentionOf(k) is { IsWeak: true, Kind: MentionKind.Adjective, IsPlace: false } m && m.First == k && m.Last == k
            && m.Role is null or ActorRole.Civilians
            && IsFree(view, k + 1) && view.Tokens[k + 1].Kind == TokenKind.Word && char.IsLower(view.Tokens[k + 1].In(view.Text)[0]);

    // "rallied in Yerevan against…", "staged a hunger strike in Seoul outside…": a city after "in" inside the gap says where
    // the act took place; it is never the act's object, which the phrase's last preposition introduces. Not for a visit
    // ("arrived in Moscow … for a state visit"), where the city after "in" is the destination the act is about.
    // "discussed the war in Ukraine with…": a state read as a place after "in" is where the gap's noun is, the same way.
    private bool IsLocativeAdjunct(SentenceView view, int k) =>
        EndsInPreposition && Entry.Frame != EventFrame.Visit && view.MentionAt[k] >= 0
        && view.Found[view.MentionAt[k]] is { IsPossessive: false } m && (m.Kind is MentionKind.Capital or MentionKind.Place || (m.IsPlace && m.Kind == MentionKind.Name))
        && m.First > 0 && view.Word(m.First - 1) is "in";

    // "agreed with Abe to speed up work": a joint act's partner after "with", right after the verb of a symmetric phrase whose
    // gap the "to" of an infinitive closes, acts with the subject ("A agreed with B to" is "A and B agreed to"; PairFinder makes it a
    // subject). The gap passes it; no other actor.
    private bool IsComitativePartner(SentenceView view, int gapStart, int slot, int k) =>
        slot == 1 && Entry.Frame == EventFrame.Symmetric && _slots.Length > 2 && _slots[2] is { } next && next.Lemmas.Count == 1 && next.Lemmas[0] is "to"
        && view.Word(gapStart) is "with" && view.MentionOf(k) is { IsPlace: false, IsPossessive: false } partner && partner.First == gapStart + 1;

    // The end of the phrase matched from its slot at the token, or -1: a gap, a time phrase standing between two words, or the
    // slot's word.
    private int MatchFrom(SentenceView view, int position, int slot)
    {
        if (slot == _slots.Length)
        {
            return position;
        }

        if (_slots[slot] is not { } forms)
        {
            return MatchGap(view, position, slot);
        }

        if (position >= view.Tokens.Count)
        {
            return -1;
        }

        // A time phrase between two words of a phrase belongs to the clause, not to the phrase: "pledged on Thursday to",
        // "agreed last week to". It is passed whole, and only between words (the phrase never starts or ends on it); a
        // phrase whose own next word opens the time phrase ("agree on" before "on Tuesday") is tried first, as before.
        if (slot > 0 && _slots[slot - 1] is not null && view.TimeAt[position] is var time and >= 0
            && !(forms.Accepts(view.Tokens[position].In(view.Text)) && MatchFrom(view, position + 1, slot + 1) is >= 0))
        {
            return MatchPastTimePhrase(view, position, slot, forms, time);
        }

        return MatchWord(view, position, slot, forms);
    }

    // A gap: try zero to PhraseGap words, shortest first; gaps never cross punctuation (but quotation marks) or actor mentions
    // (but a city after "in").
    private int MatchGap(SentenceView view, int position, int slot)
    {
        var (text, tokens, gap) = (view.Text, view.Tokens, view.Options.PhraseGap);
        for (var skip = 0; skip <= gap + view.Options.GapDateTokens && position + skip <= tokens.Count; skip++)
        {
            var end = MatchFrom(view, position + skip, slot + 1);
            if (end >= 0)
            {
                return end;
            }

            if (position + skip >= tokens.Count || !(MayGap(view, position + skip) || IsComitativePartner(view, position, slot, position + skip))
                || (IsFree(view, position + skip) && tokens[position + skip].Kind == TokenKind.Punctuation && tokens[position + skip].In(text) is not ("$" or "€" or "£" or "%") && tokens[position + skip].In(text) is not ("\"" or "“" or "”")
                    && !IsNumberCompoundHyphen(text, tokens, position + skip)))
            {
                break;
            }

            // Words count against the gap's limit; the tokens of a date do not.
            if (IsFree(view, position + skip) && skip >= gap)
            {
                break;
            }
        }

        return -1;
    }

    // The slot's word right after the time phrase that opens at the token, and the rest of the phrase from there.
    private int MatchPastTimePhrase(SentenceView view, int position, int slot, PhraseSlot forms, int time)
    {
        var (text, tokens) = (view.Text, view.Tokens);
        var after = position;
        while (after < tokens.Count && view.TimeAt[after] == time && after - position < LongestTimePhrase)
        {
            after++;
        }

        // Not onto "that": "alleged on Tuesday that B had …" is read by the clause layer's embedding frames
        // (`GoverningFrames`), which code the accusation and not the act alleged.
        return after < tokens.Count && view.TimeAt[after] != time && !tokens[after].In(text).Equals("that", StringComparison.OrdinalIgnoreCase)
            && forms.Accepts(tokens[after].In(text)) ? MatchFrom(view, after + 1, slot + 1) : -1;
    }

    // The slot's word at the token (or after one adverb that belongs to the verb), and the rest of the phrase after it.
    private int MatchWord(SentenceView view, int position, int slot, PhraseSlot forms)
    {
        var (text, tokens) = (view.Text, view.Tokens);
        if (!forms.Accepts(tokens[position].In(text)))
        {
            // "had spoken overnight with", "would cooperate fully with": one adverb between two fixed words belongs to the verb.
            return slot > 0 && _slots[slot - 1] is not null && IsFree(view, position) && PhraseAdverbs.Is(view.Word(position))
                && position + 1 < tokens.Count && forms.Accepts(tokens[position + 1].In(text)) ? MatchFrom(view, position + 2, slot + 1) : -1;
        }

        var next = MatchFrom(view, position + 1, slot + 1);
        if (next >= 0 || slot == 0 || _slots[slot - 1] is not null || slot + 1 == _slots.Length)
        {
            return next;
        }

        // "launched a barrage of missiles and drones at Kyiv", "sent food and medicine to": a head noun after a gap, coordinated
        // with one or two more words, still leads to the phrase's next word.
        for (var after = position + 3; after <= position + 4; after++)
        {
            if (!IsCoordinatedHead(view, position + 1, after))
            {
                break;
            }

            if (MatchFrom(view, after, slot + 1) is var end and >= 0)
            {
                return end;
            }
        }

        return -1;
    }

    // "and"/"or" then free lower-case words up to (not including) `end`: no actor, time phrase or punctuation among them.
    private static bool IsCoordinatedHead(SentenceView view, int and, int end)
    {
        if (end > view.Tokens.Count || view.Word(and) is not ("and" or "or"))
        {
            return false;
        }

        for (var k = and + 1; k < end; k++)
        {
            if (!IsFree(view, k) || view.TimeAt[k] >= 0 || view.Tokens[k].Kind != TokenKind.Word || !char.IsLower(view.Word(k)[0]))
            {
                return false;
            }
        }

        return true;
    }
}
