using Orkhon.Domain;
using Orkhon.Extraction.Clauses;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;
using static Orkhon.Extraction.PhraseGrammar;

namespace Orkhon.Extraction;

// Mentions ruled out as subjects by their position: after a title or a preposition, or in a clause of their own.
internal static partial class SubjectFinder
{
    // Where the title introducing the actor at k begins ("the foreign ministers of | A"), or k when no title stands before it.
    private static int TitleBefore(SentenceView view, int k, int windowStart)
    {
        var j = k - 1;
        if (j >= windowStart && view.Word(j) is "the")
        {
            j--;
        }

        if (j - 1 < windowStart || view.Word(j) is not "of" || !(RoleWords.TryGet(view.Word(j - 1), out _) || view.Word(j - 1) is "heads" or "chiefs" or "representatives"))
        {
            return k;
        }

        var start = j - 1;
        while (start - 1 >= windowStart && j - start < view.Options.TitleOfReach && view.MentionAt[start - 1] < 0 && view.Tokens[start - 1].Kind == TokenKind.Word
            && char.IsLower(view.Word(start - 1)[0]) && view.Word(start - 1) is not ("and" or "or" or "the"))
        {
            start--;
        }

        return start - 1 >= windowStart && view.Word(start - 1) is "the" ? start - 1 : start;
    }

    // "with" at j joins two parties of one act when "along" or "together" stands before it ("A, along with B, …").
    private static bool IsCompanionLink(SentenceView view, int j) =>
        j >= 1 && view.Word(j) is "with" && view.Word(j - 1) is "along" or "together";

    // Whether the coordinated group whose first member starts at first follows a preposition: "between Indian and Chinese troops"
    // (an adjective before "and" may not count as a member of its own, so the word before "and" is looked at too).
    private static bool GroupAfterPreposition(SentenceView view, int first)
    {
        if (first >= 2 && view.Word(first - 1) is "and" or "or" && view.MentionAt[first - 2] >= 0)
        {
            first = view.Found[view.MentionAt[first - 2]].First;
        }
        else if (first == 0 || view.Word(first - 1) is not ("and" or "or" or ","))
        {
            // A single actor after a preposition is skipped where it is read; a group formed only here needs the check.
            return false;
        }

        return IsPrepositionObject(view, first) || IsListAfterFrom(view, first);
    }

    // How many list members back a group may reach for the "from" that opens the list.
    private const int FromListReach = 6;

    // "Nearly 1,000 asylum seekers, many of them from Somalia, Syria and Yemen, have arrived": the members of a list that opens
    // with "from" inside a noun phrase (after a lower-case word that names no unit or office, not at a clause's start) name where the people before them come
    // from, even when its first member (a place) stayed out of the group; they are no subject. A fronted phrase ("From Nairobi,
    // Uganda and Tanzania flew on") opens its clause and keeps the group.
    private static bool IsListAfterFrom(SentenceView view, int first)
    {
        // The group itself goes on as a list ("…, Syria and Yemen"): "as the virus spread from Wuhan, Mongolia closed…" is a
        // clause after a fronted one, its subject a single actor.
        var last = view.MentionAt[first] >= 0 ? view.Found[view.MentionAt[first]].Last : first;
        if (last + 2 >= view.Tokens.Count || view.Word(last + 1) is not ("and" or "or" or ",") || view.MentionAt[last + 2] < 0)
        {
            return false;
        }

        for (var step = 0; step < FromListReach && first >= 2 && view.Word(first - 1) is "," && view.MentionAt[first - 2] >= 0; step++)
        {
            first = view.Found[view.MentionAt[first - 2]].First;
            var j = first - 1;
            while (j >= 0 && Determiners.IsArticle(view.Word(j)))
            {
                j--;
            }

            if (j >= 1 && view.Word(j) is "from")
            {
                var before = view.Word(j - 1);
                // "the envoys from Kenya, Uganda and Tanzania", "a team from …": a unit or an office named by its members' states
                // is those states acting (IsPrepositionObject), not people's origin.
                return view.MentionAt[j - 1] < 0 && view.Tokens[j - 1].Kind == TokenKind.Word && before.Length > 0 && char.IsLower(before[0])
                    && !s_units.Contains(before) && !RoleWords.TryGet(before, out _);
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the actor starting at <paramref name="first"/> is a preposition's object ("with Taiwan", "to the SCO summit",
    /// "met officials in northern Iraq"): never a clause's subject, nor the party a verb addresses. A body named after its
    /// members or its chief ("a group of lawmakers", "the head of the IAEA") and a party joined "along with" are no such object.
    /// </summary>
    internal static bool IsPrepositionObject(SentenceView view, int first)
    {
        var j = first - 1;
        // "with his Chinese counterpart": the possessive pronoun belongs to the object; so does a compass word ("strikes on
        // northern Iraq killed…": Iraq is the strikes' object, not the killers).
        while (j >= 0 && (Determiners.IsArticleOrPossessive(view.Word(j)) || PhraseGrammar.IsRegionModifier(view.Word(j))))
        {
            j--;
        }

        // "Canada, along with Britain, condemned…": a party coordinated with the subject, not a preposition's object.
        if (IsCompanionLink(view, j))
        {
            return false;
        }

        // "a delegation of the State Great Khural", "the chief of the Mongolian Armed Forces": the body is the actor.
        if (j >= 1 && view.Word(j) is "of" && (view.Word(j - 1) is "chief" or "head" or "members" or "representatives" or "commander" || RoleWords.TryGet(view.Word(j - 1), out _)))
        {
            return false;
        }

        // "a group of Mongolian lawmakers visited", "A team from the IAEA began", "Judges at the ICC found": a unit named by its
        // members' state or body, at the head of its clause, is that actor; "withdrew troops from Syria" is an object.
        if (j >= 1 && view.Word(j) is "of" or "from" or "at" && s_units.Contains(view.Word(j - 1)) && HeadsItsClause(view, j - 1))
        {
            return false;
        }

        // "Thousands of Armenians rallied", "hundreds of Israeli settlers": a crowd's size, not a preposition's object.
        if (j >= 1 && view.Word(j) is "of" && WeakSubjects.IsCrowdQuantity(view.Word(j - 1)))
        {
            return false;
        }

        return j >= 0 && s_prepositions.Contains(view.Word(j));
    }

    private static readonly WordSet s_prepositions = ClauseView.Words.Lookup("preposition");

    private static readonly WordSet s_thirdParty = ClauseView.Words.Lookup("third-party");

    private static readonly WordSet s_units = ClauseView.Words.Lookup("unit");

    // Whether the unit noun at <paramref name="noun"/> opens a noun phrase in subject position: after the sentence's start, a
    // punctuation mark, "and"/"but" or a clause opener ("after", "when"), with at most an article or a count before it
    // ("A team of", "about 850 troops from"); not after a verb ("sent a team of…", "withdrew troops from…").
    private static bool HeadsItsClause(SentenceView view, int noun)
    {
        var k = noun - 1;
        for (var skipped = 0; k >= 0 && skipped < 3 && (view.Word(k) is "a" or "an" or "the" or "A" or "An" or "The" or "about" or "some" or "several"
            || view.Tokens[k].Kind == TokenKind.Number); skipped++)
        {
            k--;
        }

        return k < 0 || view.Tokens[k].Kind == TokenKind.Punctuation || view.Word(k) is "and" or "but" || s_clauseOpeners.Contains(view.Word(k));
    }

    private static readonly WordSet s_clauseOpeners = ClauseView.Words.Lookup("clause-opener");
}
