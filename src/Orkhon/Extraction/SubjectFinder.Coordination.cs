using Orkhon.Domain;
using Orkhon.Extraction.Clauses;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;
using static Orkhon.Extraction.PhraseGrammar;

namespace Orkhon.Extraction;

// Coordinated actors ("A and B", "A, B and C") gathered forwards and backwards.
internal static partial class SubjectFinder
{
    // "A, B and C" from its first member: the coordinated actors after it, each ending before endBefore.
    internal static List<ActorMention> WithCoordinated(SentenceView view, ActorMention first, int endBefore = int.MaxValue)
    {
        var parties = new List<ActorMention> { first };
        while (NextCoordinated(view, parties[^1].Last) is { } next && next.Last < endBefore)
        {
            parties.Add(next);
        }

        return parties;
    }

    // The actor coordinated after the one ending at k: "A and B", "A, B", "A, B, and C", "A as well as B", "A and the B".
    internal static ActorMention? NextCoordinated(SentenceView view, int k)
    {
        var (found, mentionAt, count) = (view.Found, view.MentionAt, view.Tokens.Count);
        var j = k + 1;
        if (j < count && view.Word(j) is ",")
        {
            j++;
        }

        if (j < count && view.Word(j) is "and")
        {
            j++;
        }
        else if (j + 2 < count && view.Word(j) is "as" && view.Word(j + 1) is "well" && view.Word(j + 2) is "as")
        {
            j += 3;
        }
        else if (j + 1 < count && IsCompanionLink(view, j + 1))
        {
            j += 2;
        }
        else if (j == k + 1)
        {
            return null;
        }

        if (j < count && view.Word(j) is "the")
        {
            j++;
        }

        // "Israel and Iran-backed Hezbollah", "Kyiv and Russian-backed separatists": a sponsor's hyphenated modifier is no actor.
        if (j + 1 < count && mentionAt[j] < 0 && IsSponsorModifier(view.Word(j)))
        {
            j++;
        }

        if (j >= count || mentionAt[j] < 0 || found[mentionAt[j]] is not { IsPlace: false, IsWeak: false } m)
        {
            return null;
        }

        // A bare comma links only inside a list that goes on ("A, B and C"): "a visit by Putin, Xi said" is no list.
        var bare = view.Word(j - 1) is "," || (view.Word(j - 1) is "the" && view.Word(j - 2) is ",");
        return !bare || (m.Last + 1 < count && view.Word(m.Last + 1) is "," or "and") ? m : null;
    }

    /// <summary>"Iran-backed", "Russian-allied": a sponsor's hyphenated modifier before an actor, itself no actor.</summary>
    internal static bool IsSponsorModifier(ReadOnlySpan<char> w) =>
        w.IndexOf('-') > 0 && (w.EndsWith("-backed", StringComparison.Ordinal) || w.EndsWith("-aligned", StringComparison.Ordinal)
            || w.EndsWith("-allied", StringComparison.Ordinal) || w.EndsWith("-supported", StringComparison.Ordinal)
            || w.EndsWith("-funded", StringComparison.Ordinal) || w.EndsWith("-armed", StringComparison.Ordinal));

    // The actor coordinated before the one starting at k: "A and B", "A, B", "A, B, and C" (the Oxford comma),
    // "A as well as B", "A and the B", "A and his counterpart B" (the possessive pronoun belongs to B).
    private static ActorMention? PreviousCoordinated(SentenceView view, int k, int windowStart, bool nearest)
    {
        var (found, mentionAt) = (view.Found, view.MentionAt);
        // "Israel's prime minister and the foreign ministers of A and B": the list goes on before the title that introduces A.
        var j = TitleBefore(view, k, windowStart) - 1;
        if (j >= windowStart && (view.Word(j) is "the" || Determiners.IsPossessivePronoun(view.Word(j))))
        {
            j--;
        }

        if (j - 1 < windowStart)
        {
            return null;
        }

        var w = view.Word(j);
        var oxford = false;
        if (w is "and" && view.Word(j - 1) is ",")
        {
            j--;
            oxford = true;
        }
        else if (w is "as" && j - 3 >= windowStart && view.Word(j - 1) is "well" && view.Word(j - 2) is "as")
        {
            j -= 2;
        }
        else if (IsCompanionLink(view, j) && j - 2 >= windowStart)
        {
            // "Canada, along with Britain and Australia, condemned…", "Japan together with South Korea urged…".
            j -= view.Word(j - 2) is "," ? 2 : 1;
        }
        else if (!(w is "and" || (w is "," && (!nearest || ListGoesOn(view, k)))))
        {
            return null;
        }

        // "France, which holds the council's presidency, and Britain condemned…": the comma before "and" closes a parenthetical;
        // the list goes on before it opened.
        if (w is "and" && view.Word(j) is "," && view.Clauses.Relatives.OpeningOf(j) is var opening && opening > windowStart
            && view.Clauses.Relatives.RelativeOf(opening + 1) == opening + 1)
        {
            j = opening;
            oxford = false;
        }

        if (j - 1 < windowStart)
        {
            return null;
        }

        if (mentionAt[j - 1] >= 0 && found[mentionAt[j - 1]] is { IsPlace: true, IsWeak: false } member && NamesUnitMembers(view, member))
        {
            return member with { IsPlace = false };
        }

        return mentionAt[j - 1] >= 0 && found[mentionAt[j - 1]] is { IsPlace: false, IsWeak: false } m && !(m.IsPossessive && m.Role is null) && !IsPrepositionObject(view, m.First)
            && !(oxford && !OpensOxfordList(view, m, windowStart)) ? m : null;
    }

    // "Warships from Iran", "troops from Russia and Belarus", "experts from Japan" heading their clause: the state after "from" (read
    // as where someone comes from) is the unit's own state, the actor of the clause; "withdrew troops from Syria" is no such unit.
    private static bool NamesUnitMembers(SentenceView view, ActorMention m)
    {
        var j = m.First - 1;
        if (j >= 0 && view.Word(j) is "the")
        {
            j--;
        }

        return j >= 1 && view.Word(j) is "from" && s_units.Contains(view.Word(j - 1)) && HeadsItsClause(view, j - 1);
    }

    // ", and" joins a list only after a comma-joined member ("A, B, and C"): "thanked A and B, and C welcomed…" and "met A, and
    // C said…" close one clause and open another, whose subject is C alone.
    private static bool OpensOxfordList(SentenceView view, ActorMention m, int windowStart)
    {
        var b = TitleBefore(view, m.First, windowStart) - 1;
        if (b >= windowStart && (view.Word(b) is "the" || Determiners.IsPossessivePronoun(view.Word(b))))
        {
            b--;
        }

        return b >= windowStart && view.Word(b) is ",";
    }
}
