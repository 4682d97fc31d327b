using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction.Clauses;

/// <summary>
/// A meeting named by a bare noun in an adjunct of its clause: "Rubio told Panama's president during talks in Panama City that…",
/// "A, B and C launched a forum at talks in Seoul". No possessor and no "with" names the meeting's parties; they are the clause's
/// subject and the person the verb addresses before the adjunct. A clause with only one party tells no meeting ("the minister
/// said at a meeting in Geneva that…"). An adjunct that opens the sentence ("After talks, the two presidents…") meets the
/// main clause's subject, a pair or a coordinated group.
/// </summary>
internal static class AdjunctMeetings
{
    // Words between the subject's end and the adjunct that the clause may hold: a verb and its object, never a new clause.
    private const int ClauseReach = 14;

    /// <summary>
    /// The parties of the meeting noun at <paramref name="first"/>..<paramref name="end"/> when it is such an adjunct ("during
    /// talks", "at a meeting", "in talks"): two or more distinct states or bodies, else an empty list.
    /// </summary>
    public static List<ActorMention> Parties(SentenceView view, LexiconEntry entry, int first, int end)
    {
        if (!IsAdjunctNoun(view, entry, first, end, out var opens))
        {
            return [];
        }

        var parties = opens == 0 || IsDatelineEnd(view, opens - 1) || OpeningAdjuncts.OpensSentence(view, opens)
            ? (SubjectFinder.MainClauseSubject(view, end) is { } main ? SubjectFinder.WithCoordinated(view, main) : [])
            : ClauseParties(view, opens);
        return parties.SelectMany(p => p.Codes).Distinct().Count() >= 2 ? parties : [];
    }

    /// <summary>Whether the meeting noun at <paramref name="first"/>..<paramref name="end"/> is a bare noun after "during", "at" or "in".</summary>
    public static bool IsAdjunct(SentenceView view, LexiconEntry entry, int first, int end) => IsAdjunctNoun(view, entry, first, end, out _);

    // "during talks", "at a meeting", "in two days of talks" is no such noun ("in talks with", "at a meeting of NATO ministers" and
    // "the talks" told before have their parties elsewhere), with `opens` the adjunct's preposition.
    private static bool IsAdjunctNoun(SentenceView view, LexiconEntry entry, int first, int end, out int opens)
    {
        opens = -1;
        if (!entry.IsNoun || entry.Frame != EventFrame.Symmetric || entry.Cameo.RootNumber != 4 || entry.Phrase.Contains(' ', StringComparison.Ordinal)
            || (end < view.Tokens.Count && view.Word(end) is "with" or "between" or "of" or "by" or "among" or "involving"))
        {
            return false;
        }

        var before = first - 1;
        var several = false;
        while (before >= 0 && view.MentionAt[before] < 0 && (view.Word(before) is "a" or "an" || PhraseGrammar.IsNounModifier(view.Word(before)) || s_multiParty.Contains(view.Word(before))))
        {
            several |= s_multiParty.Contains(view.Word(before));
            before--;
        }

        // "hosted A and B for a three-way meeting": a gathering of several the host received its guests for.
        // "After talks, the two presidents signed…": after the meeting, told only where the adjunct opens the sentence, so that its
        // parties are the main clause's subject ("signed a deal after talks" names no second party).
        if (before < 0 || !(view.Word(before) is "during" or "During" or "at" or "At" or "in" or "In" || (several && view.Word(before) is "for")
            || (view.Word(before) is "after" or "After" or "following" or "Following" && OpeningAdjuncts.OpensSentence(view, before))))
        {
            return false;
        }

        opens = before;
        return true;
    }

    private static readonly WordSet s_multiParty = PhraseGrammar.Words.Lookup("multi-party");

    // A host's verb form: only a host receives guests "for" a meeting of all of them ("invited A and B for three-way talks" is a
    // meeting still to come).
    private static bool IsHostVerb(ReadOnlySpan<char> w) => s_hostVerbs.Contains(w);

    private static readonly WordSet s_hostVerbs = ClauseView.Words.Lookup("host-verb");

    // The clause's subject (an actor opening it, with those coordinated after it) and, before the adjunct, the actors the verb
    // addresses ("told President Mulino during talks"); nothing when a comma, a semicolon or "that" opens another clause between.
    private static List<ActorMention> ClauseParties(SentenceView view, int opens)
    {
        if (SubjectFinder.FirstClauseSubject(view, opens) is not { } head)
        {
            return [];
        }

        var parties = SubjectFinder.WithCoordinated(view, head, opens);
        if (opens - parties[^1].Last > ClauseReach)
        {
            return [];
        }

        var hosted = false;
        for (var k = parties[^1].Last + 1; k < opens; k++)
        {
            hosted |= IsHostVerb(view.Word(k));
            if (s_clauseBreaks.Contains(view.Word(k)))
            {
                return [];
            }

            // "told his Indian counterpart": a possessive owns the noun after it and is no party of its own.
            if (view.MentionAt[k] >= 0 && view.Found[view.MentionAt[k]] is { IsPlace: false, IsWeak: false, IsPossessive: false } addressed && addressed.First == k
                && !SubjectFinder.IsPrepositionObject(view, k))
            {
                return view.Word(opens) is "for" && !hosted ? [] : [.. parties, .. SubjectFinder.WithCoordinated(view, addressed, opens)];
            }
        }

        return view.Word(opens) is "for" ? [] : parties;
    }

    private static readonly WordSet s_clauseBreaks = PhraseGrammar.Words.Lookup("clause-break");

    // "SEOUL, June 27 (Yonhap) --": the dash that closes a dateline opens the story's first clause.
    private static bool IsDatelineEnd(SentenceView view, int k) => Dateline.IsClosingDash(view.Word(k)) && k > 0 && view.Word(k - 1) is ")";
}
