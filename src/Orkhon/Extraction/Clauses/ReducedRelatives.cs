using Orkhon.Extraction.Lexicon;
using Orkhon.Text;

namespace Orkhon.Extraction.Clauses;

/// <summary>
/// Reduced relatives and the other clauses that sit inside a noun phrase after a verb's object: a participle with no
/// auxiliary ("a tanker bound for Israel", "officials accused of…", "Armenia, backed by France, …"), a relative pronoun
/// ("met Putin, who…") and a participial clause after a comma (", prompting Seoul to…"). Their actors are not the main
/// verb's objects, and a participle with "by" is a passive whose agent follows.
/// </summary>
internal static class ReducedRelatives
{
    // Participles that place a noun somewhere ("bound for", "stationed in"): what follows is where, not whom.
    private static readonly WordSet s_positions = ClauseView.Words.Lookup("position");

    private static readonly WordSet s_prepositions = ClauseView.Words.Lookup("preposition");

    private static readonly WordSet s_auxiliaries = ClauseView.Words.Lookup("auxiliary");

    private static readonly WordSet s_thirdParty = ClauseView.Words.Lookup("third-party");

    /// <summary>
    /// Whether the participle at <paramref name="first"/> (phrase ending before <paramref name="end"/>) is a passive with no
    /// auxiliary, its agent after "by": "Armenia, backed by France, …", "a swap mediated by Qatar". Not "responded by expelling".
    /// </summary>
    public static bool IsPassiveWithAgent(SentenceView view, int first, int end)
    {
        if (end <= 0 || end + 1 >= view.Tokens.Count || view.Word(end) is not "by" || (first > 0 && s_auxiliaries.Contains(view.Word(first - 1))))
        {
            return false;
        }

        // "dismissed as baseless a call by Swedish officials": a phrase holding its own object's article ends in that object,
        // and "by" names the object's author, not the agent of a passive.
        if (view.Options.Runs(ExtractionGuards.ObjectAuthors) && HasArticleInside(view, first, end))
        {
            return false;
        }

        // "a deal signed by the foreign ministers of Chile and Peru": a title before the agent is skipped.
        var agent = PhraseGrammar.SkipTitleOf(view, PhraseGrammar.SkipArticles(view, end + 1));
        return agent < view.Tokens.Count && view.MentionAt[agent] >= 0;
    }

    private static bool HasArticleInside(SentenceView view, int first, int end)
    {
        for (var k = first + 1; k < end; k++)
        {
            if (view.Word(k) is "a" or "an" or "the")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A phrase read as a passive with no auxiliary, its agent after "by" ("backed by France").</summary>
    public static bool IsReducedPassive(SentenceView view, Trigger trigger) =>
        trigger.Passive && !trigger.Entry.IsNoun && IsPassiveWithAgent(view, trigger.First, trigger.End);

    /// <summary>
    /// Whether a verb phrase stands right after a prepositional object and so modifies it ("sanctions on Iranian officials
    /// accused of supplying drones"): a participle followed by a preposition, with no comma or conjunction between.
    /// </summary>
    public static bool ModifiesObjectBefore(SentenceView view, Trigger trigger)
    {
        var before = trigger.First - 1;
        if (trigger.Entry.IsNoun || before < 0 || trigger.End >= view.Tokens.Count || view.MentionOf(before) is not { } m || m.Last != before)
        {
            return false;
        }

        var j = m.First - 1;
        while (j >= 0 && Determiners.IsArticleOrPossessive(view.Word(j)))
        {
            j--;
        }

        return j >= 0 && s_prepositions.Contains(view.Word(j)) && IsParticipleForm(view.Word(trigger.First))
            && (view.Word(trigger.End) is "by" || s_prepositions.Contains(view.Word(trigger.End)));
    }

    /// <summary>
    /// Where a verb's objects stop, searching from its end to <paramref name="end"/>: at a relative pronoun after a comma, at
    /// a participial clause after a comma, at an appositive naming the act back (", a step the UN rejected"), at a position participle with its preposition after a noun, and for a participial
    /// clause itself at the next comma.
    /// </summary>
    public static int ObjectEnd(SentenceView view, Trigger trigger, int end)
    {
        var from = trigger.End;
        var participial = ParticipialClauses.IsAdjunct(view, trigger.First);
        var relatives = view.Clauses.Relatives;
        for (var k = Math.Max(from, 1); k < end; k++)
        {
            if (view.MentionAt[k] >= 0 || view.TimeAt[k] >= 0)
            {
                continue;
            }

            // "signed by Kozlov, who co-chairs the commission, and Mongolia's deputy prime minister": a relative clause or an
            // appositive inside a list of actors describes one of them; the list goes on.
            if (view.Word(k) is "," && InterruptedLists.NextActorAfter(view, k, end) is >= 0 and var nextActor)
            {
                k = nextActor - 1;
                continue;
            }

            // A non-restrictive relative clause (", who…") is a clause of its own; a restrictive one describes the object and
            // may name the target ("granted asylum to men who had fled China").
            if ((relatives.RelativeOf(k) == k && view.Word(k - 1) is ",") || (view.Word(k) is "," && k + 1 < end && ParticipialClauses.IsAdjunct(view, k + 1))
                || ObjectRelatives.IsActAppositive(view, k))
            {
                return k;
            }

            // A participial clause after a comma ends at the next comma (", killing two people, in what Ukraine called…"), but
            // not at a comma inside a list of actors (", thanking Germany, the United States and the Netherlands").
            if (participial && view.Word(k) is "," or ";" && !IsActorListComma(view, k, end))
            {
                return k;
            }

            // "held talks mediated by Saudi Arabia", "agreed to a truce brokered by Egypt": the mediator or host after "by" is a third
            // party, not the verb's object.
            if (k + 1 < end && view.Word(k + 1) is "by" && s_thirdParty.Contains(view.Word(k)) && view.Tokens[k - 1].Kind == TokenKind.Word
                && !s_auxiliaries.Contains(view.Word(k - 1)))
            {
                return k;
            }

            // "a tanker bound for Israel", "troops stationed in Tajikistan": the place a position participle gives is not the target.
            // Other participles may name it: "duties on brandy imported from the EU", "positions held by Hezbollah", "a plan
            // drafted by France".
            if (k + 1 < end && s_positions.Contains(view.Word(k)) && s_prepositions.Contains(view.Word(k + 1)) && view.Word(k + 1) is not "by"
                && view.Tokens[k - 1].Kind == TokenKind.Word && view.Word(k - 1) is not ("and" or "or" or ",") && !s_auxiliaries.Contains(view.Word(k - 1))
                && !view.Clauses.IsReportingVerb(k - 1) && (view.MentionAt[k - 1] >= 0 || char.IsLower(view.Word(k - 1)[0])))
            {
                return k;
            }
        }

        return end;
    }

    // A comma between two actors of one list: an actor ends right before it and another (after an optional "the") starts
    // right after it, followed by more of the list.
    private static bool IsActorListComma(SentenceView view, int comma, int end)
    {
        if (view.Word(comma) is not "," || view.MentionAt[comma - 1] < 0)
        {
            return false;
        }

        var next = comma + 1;
        if (next < end && view.Word(next) is "the")
        {
            next++;
        }

        // The list must go on after the second actor ("A, B and C"): "…, killing two Ukrainians, Kyiv said" is no list.
        return next < end && view.MentionAt[next] >= 0 && view.Found[view.MentionAt[next]] is { IsWeak: false } m
            && m.Last + 1 < end && view.Word(m.Last + 1) is "," or "and" or "or";
    }

    // A regular past participle ("backed", "accused"), or one of the position participles ("bound", "held"); not "feed" or "need".
    private static bool IsParticipleForm(ReadOnlySpan<char> w) =>
        w.Length > 4 && char.IsLower(w[0]) && ((w.EndsWith("ed", StringComparison.Ordinal) && !w.EndsWith("eed", StringComparison.Ordinal)) || s_positions.Contains(w));
}
