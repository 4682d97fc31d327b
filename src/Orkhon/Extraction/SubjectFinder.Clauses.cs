using Orkhon.Domain;
using Orkhon.Extraction.Clauses;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;
using static Orkhon.Extraction.PhraseGrammar;

namespace Orkhon.Extraction;

// Subjects found across clauses: antecedents, the first and the main clause's subject, verb series.
internal static partial class SubjectFinder
{
    /// <summary>
    /// The actors a relative clause or parenthetical opening at token <paramref name="opener"/> is about: the actor (with those
    /// coordinated with it) right before it or before its comma, "Kazakhstan, which…", "the U.S. envoy who…". None when that
    /// noun is no actor ("the minister who visited Beijing"). A participle's antecedent must open its clause
    /// (<paramref name="anyPosition"/> false): after an object, "condemned Japan, accusing Tokyo…", it is the main verb's act.
    /// </summary>
    public static List<ActorMention> Antecedent(SentenceView view, int opener, bool anyPosition)
    {
        var (found, mentionAt) = (view.Found, view.MentionAt);
        var group = new List<ActorMention>();
        var j = opener - 1;
        if (j >= 0 && view.Word(j) is ",")
        {
            j--;
        }

        // A state named after a preposition is still the one a relative clause about it is about: "objections from China,
        // which had urged Ulaanbaatar…".
        if (j < 0 || mentionAt[j] < 0 || found[mentionAt[j]] is not { IsWeak: false } m || (m.IsPlace && !IsStateByName(m)) || (m.IsPossessive && m.Role is null))
        {
            return group;
        }

        if (!anyPosition && !OpensClause(view, m.First))
        {
            return group;
        }

        return WithCoordinatedBefore(view, m);
    }

    // The actor at m with the actors coordinated before it ("A and B", "A, B and C"), in text order: the subject a parenthetical
    // or a relative clause stands after.
    private static List<ActorMention> WithCoordinatedBefore(SentenceView view, ActorMention m)
    {
        var group = new List<ActorMention> { m };
        var k = m.First;
        var nearest = true;
        while (PreviousCoordinated(view, k, 0, nearest) is { } previous)
        {
            group.Insert(0, previous);
            k = previous.First;
            nearest = false;
        }

        return group;
    }

    // A state by its own name ("China", "Kyrgyzstan"), not a city or a region that stands for it.
    private static bool IsStateByName(ActorMention m) =>
        m.Kind == MentionKind.Name && m.Codes.Count == 1 && m.Code.Length == 3 && Knowledge.ReferenceData.Default.FindCountry(m.Code) is not null;

    /// <summary>The first actor before token <paramref name="end"/> that opens its clause and may act, or null.</summary>
    public static ActorMention? FirstClauseSubject(SentenceView view, int end)
    {
        for (var k = 0; k < end; k++)
        {
            if (view.MentionAt[k] < 0)
            {
                continue;
            }

            var m = view.Found[view.MentionAt[k]];
            if (!m.IsPlace && !m.IsWeak && !(m.IsPossessive && m.Role is null) && OpensClause(view, m.First))
            {
                return m;
            }

            k = m.Last;
        }

        return null;
    }

    // Whether the actor starting at token `first` opens its clause: at the sentence's start, or after a comma, a time phrase or a dateline's dash.
    private static bool OpensClause(SentenceView view, int first)
    {
        var b = first - 1;
        while (b >= 0 && Determiners.IsArticleMaybeCapitalised(view.Word(b)))
        {
            b--;
        }

        return b < 0 || view.TimeAt[b] >= 0 || view.Word(b) is "," or ";" or ":" or "-" or "--" or "and" or "But" or "but";
    }

    // Whether the relative clause of the pronoun at `relative` has a subject of its own before the phrase at `first`: an actor
    // right after "who/which/whom" ("which India suspended"), or any actor not after a preposition after "whose N"
    // ("whose visit to Taiwan Beijing had condemned").
    private static bool HasOwnSubject(SentenceView view, int relative, int first)
    {
        var (found, mentionAt) = (view.Found, view.MentionAt);
        if (view.Word(relative) is "whose" or "Whose")
        {
            for (var k = relative + 1; k < first; k++)
            {
                if (mentionAt[k] >= 0 && found[mentionAt[k]] is { IsPlace: false, IsWeak: false } m && !IsPrepositionObject(view, m.First))
                {
                    return true;
                }
            }

            return false;
        }

        var a = SkipArticles(view, relative + 1);
        return (a < first && mentionAt[a] >= 0 && !found[mentionAt[a]].IsPlace) || ReportsOwnSubject(view, relative, first);
    }

    // "…, who was told that Berlin condemned the execution", "who said Paris had backed the rebels": a clause reported inside
    // the relative clause has the actor right before its verb (auxiliaries, adverbs and time phrases between) for its subject,
    // when "that" or a verb of saying opens it.
    private static bool ReportsOwnSubject(SentenceView view, int relative, int first)
    {
        var k = first - 1;
        while (k > relative && (view.Blocked[k] || PhraseGrammar.IsAuxiliary(view.Word(k)) || IsSequenceAdverb(view.Word(k)) || PhraseGrammar.IsLyAdverb(view.Word(k))))
        {
            k--;
        }

        if (k <= relative || view.MentionAt[k] < 0 || view.Found[view.MentionAt[k]] is not { IsPlace: false, IsWeak: false, IsPossessive: false } own)
        {
            return false;
        }

        var b = own.First - 1;
        while (b > relative && view.Word(b) is "the")
        {
            b--;
        }

        return b > relative && (view.Word(b) is "that" || ClauseView.IsReportingWord(view.Word(b)));
    }

    // Only a comma (and "also", "then", "later") between the actor and the phrase, and none between the phrase before and
    // the actor: "visited Lima, met…". A comma before the actor ("After talks in Lima, Peru's president, Boluarte, signed")
    // means an opening clause or an apposition, whose actor is a subject.
    private static bool InVerbSeries(SentenceView view, int actorLast, int phraseFirst, int windowStart)
    {
        var k = phraseFirst - 1;
        while (k > actorLast && IsSequenceAdverb(view.Word(k)))
        {
            k--;
        }

        if (view.Word(k) is not "," || (k != actorLast + 1 && !OnlyPlaceOrTimeBetween(view, actorLast + 1, k)))
        {
            return false;
        }

        for (var j = windowStart; j < actorLast; j++)
        {
            if (s_verbSeriesBreaks.Contains(view.Word(j)))
            {
                return false;
            }
        }

        return windowStart > 0;
    }

    private static readonly WordSet s_verbSeriesBreaks = PhraseGrammar.Words.Lookup("verb-series-break");

    // "met South Korea's president in Seoul on Monday, signed…": only where and when the earlier verb's act took place stands
    // between its object and the comma.
    private static bool OnlyPlaceOrTimeBetween(SentenceView view, int from, int comma)
    {
        for (var j = from; j < comma; j++)
        {
            if (view.TimeAt[j] >= 0 || (view.MentionAt[j] >= 0 && view.Found[view.MentionAt[j]].IsPlace) || view.Word(j) is "in" or "on" or "at")
            {
                continue;
            }

            return false;
        }

        return true;
    }

    /// <summary>The first actor after the comma that closes an opening clause, unless it is a place.</summary>
    public static ActorMention? MainClauseSubject(SentenceView view, int from)
    {
        var (text, tokens, found, mentionAt) = (view.Text, view.Tokens, view.Found, view.MentionAt);
        for (var k = from; k < tokens.Count; k++)
        {
            if (tokens[k].In(text) is not ",")
            {
                continue;
            }

            var j = k + 1;
            while (j < tokens.Count && mentionAt[j] < 0 && tokens[j].Kind == TokenKind.Word && char.IsLower(tokens[j].In(text)[0]) && j - k <= view.Options.MainSubjectReach)
            {
                j++;
            }

            return j < tokens.Count && mentionAt[j] >= 0 && !found[mentionAt[j]].IsPlace ? found[mentionAt[j]] : null;
        }

        return null;
    }

    // The actor at k is followed by "and": a list goes on after it ("Soldiers from Peru, Chile and more than 20 other
    // countries opened…"), so the bare comma before it links, unlike the comma closing an opening clause ("…, Lavrov denounced").
    private static bool ListGoesOn(SentenceView view, int k)
    {
        if (view.MentionAt[k] < 0)
        {
            return false;
        }

        var after = view.Found[view.MentionAt[k]].Last + 1;
        return after < view.Tokens.Count && view.Word(after) is "and";
    }
}
