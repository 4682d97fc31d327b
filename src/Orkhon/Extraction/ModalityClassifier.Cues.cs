using Orkhon.Domain;
using Orkhon.Extraction.Clauses;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction;

// Cues that an act is not (yet) real: conditions, questions, plans, cancellations, counterfactuals.
internal static partial class ModalityClassifier
{
    // Whether token at stands in a clause opened by "without" and an -ing form, no comma or semicolon between.
    private static bool IsUnderWithout(SentenceView view, int at)
    {
        var k = view.Modalities.WithoutOrBreakBefore(view.Text, view.Tokens)[at];
        if (k < 0 || view.Word(k) is "," or ";" or ":")
        {
            return false;
        }

        var next = k + 1 < view.Tokens.Count ? view.Word(k + 1) : [];
        return next.Length > 4 && next.EndsWith("ing", StringComparison.Ordinal) && char.IsLower(next[0]);
    }

    // A condition anywhere in the sentence: "if", "unless", "otherwise", or "should" opening a clause ("should Minsk continue").
    private static bool HasCondition(string text, List<Token> tokens)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            var w = tokens[k].In(text);
            if (ModalityCues.ConditionLookup.Contains(w) && (w is not ("should" or "Should") || k == 0 || (k + 1 < tokens.Count && char.IsUpper(tokens[k + 1].In(text)[0]))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasModalOrFuture(string text, List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            var w = tokens[k].In(text);
            if (ModalityCues.ModalLookup.Contains(w) || ModalityCues.FutureLookup.Contains(w))
            {
                return true;
            }
        }

        return false;
    }

    // Whether the sentence that holds token at is a direct question: opened by an auxiliary or a question word and closed by
    // "?" (a sentence may hold two: "Will China invade Taiwan? Analysts are divided.").
    private static bool IsDirectQuestion(SentenceView view, int at)
    {
        var (starts, closedByQuestionMark) = view.Modalities.Parts(view.Text, view.Tokens);
        if (at >= view.Tokens.Count || !closedByQuestionMark[at])
        {
            return false;
        }

        var start = starts[at];
        return start < at && char.IsUpper(view.Word(start)[0]) && ModalityCues.QuestionLookup.Contains(view.Word(start));
    }

    // Whether "on", "about" or "of" after a work, a study or a remembrance ("book", "documentary", "anniversary"), or "of" after
    // a fear, risk or idea, stands within reach before the event noun at first, with only its own modifiers between.
    // A time phrase may stand between the work and its preposition ("broadcast a documentary on Tuesday about the invasion").
    private static bool IsTopicOfWork(string text, List<Token> tokens, int[] timeAt, int first, int reach)
    {
        for (var k = first - 1; k >= Math.Max(1, first - reach); k--)
        {
            var w = tokens[k].In(text);
            if (w is "on" or "about" or "of")
            {
                var h = k - 1;
                while (w is not "of" && h > 0 && timeAt[h] >= 0)
                {
                    h--;
                }

                var head = tokens[h].In(text);
                // "the ban on American aid to Azerbaijan": what a ban bars is not done.
                return ModalityCues.TopicLookup.Contains(head) || (w is "of" && ModalityCues.ProspectLookup.Contains(head))
                    || (w is "on" && ModalityCues.ProhibitionLookup.Contains(head));
            }

            if (tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }
        }

        return false;
    }

    // Whether "no date", "no plans", "no decision" or "no timetable" stands within reach before the event noun at first, in
    // the same clause.
    private static bool NothingFixedFor(string text, List<Token> tokens, int first, int reach)
    {
        for (var k = first - 1; k >= Math.Max(0, first - reach); k--)
        {
            var w = tokens[k].In(text);
            if (w is "," or ";" or "." or "but")
            {
                return false;
            }

            if (w.Equals("no", StringComparison.OrdinalIgnoreCase) && k + 1 < first
                && tokens[k + 1].In(text) is "date" or "dates" or "plan" or "plans" or "decision" or "timetable" or "timeline" or "schedule")
            {
                return true;
            }
        }

        return false;
    }

    // A passive of calling off after the noun, in its own clause: "was cancelled", "has been postponed", "were called off".
    private static bool IsCalledOff(string text, List<Token> tokens, int from)
    {
        for (var k = from + 1; k < tokens.Count; k++)
        {
            var w = tokens[k].In(text);
            if (ModalityCues.UnrealisedLookup.Contains(w) || (w is "called" && k + 1 < tokens.Count && tokens[k + 1].In(text) is "off"))
            {
                return Inflection.IsBe(tokens[k - 1].In(text));
            }
        }

        return false;
    }

    // Whether the clause after the event noun that ends at from says it is "on the agenda" or "on the table": a form of "be"
    // ("is", "was", "will be", "remains") right before "on the" and a noun of the class agenda. A comma, a semicolon or a
    // full stop closes the clause; one pass over the rest of it.
    private static bool IsOnTheAgenda(string text, List<Token> tokens, int from)
    {
        for (var k = from; k + 3 < tokens.Count; k++)
        {
            var w = tokens[k].In(text);
            if (w is "," or ";" or "." or ":")
            {
                return false;
            }

            if ((Inflection.IsBe(w) || w is "remains" or "remain" or "remained" or "stays" or "stayed") && tokens[k + 1].In(text) is "on"
                && tokens[k + 2].In(text) is "the" && ModalityCues.AgendaLookup.Contains(tokens[k + 3].In(text)))
            {
                return true;
            }
        }

        return false;
    }

    // A verb in the simple present ("buys", "imports", "supplies") with "most of", "90 percent of", "much of", "all the" in its
    // phrase or right after it.
    private static bool IsShareStatistic(string text, List<Token> tokens, Trigger trigger, ExtractionOptions options)
    {
        var verb = tokens[trigger.First].In(text);
        if (trigger.Entry.IsNoun || verb.Length < 4 || !verb.EndsWith('s') || verb.EndsWith("ss", StringComparison.Ordinal)
            || (trigger.First > 0 && (Inflection.IsFiniteHave(tokens[trigger.First - 1].In(text)) || tokens[trigger.First - 1].In(text) is "was" or "is")))
        {
            return false;
        }

        for (var k = trigger.First + 1; k + 1 < tokens.Count && k < trigger.End + 4; k++)
        {
            // "supplies all the fuel Mongolia uses" is the share "all of" told without "of".
            if (ModalityCues.ShareLookup.Contains(tokens[k].In(text)) && (tokens[k + 1].In(text) is "of" || (tokens[k].In(text) is "all" && tokens[k + 1].In(text) is "the")))
            {
                return true;
            }

            // "imports nearly all its fuel from Russia": a possessive after "all" is the same share (PossessiveShares).
            if (options.Runs(ExtractionGuards.PossessiveShares) && PossessiveShares.IsAllOfOwn(text, tokens, k))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasUnrealisedCue(string text, List<Token> tokens, int from)
    {
        for (var k = from; k < tokens.Count; k++)
        {
            if (ModalityCues.UnrealisedLookup.Contains(tokens[k].In(text)) || (tokens[k].In(text) is "called" && k + 1 < tokens.Count && tokens[k + 1].In(text) is "off"))
            {
                return true;
            }
        }

        return false;
    }

    // "plans to hold talks", "is scheduled to visit": the infinitive is the plan's content, not an act asked of another.
    private static bool IsPlannedInfinitive(SentenceView view, Trigger trigger) =>
        PhraseGrammar.BeforeInfinitiveMarker(view, trigger.First) is >= 0 and var k
        && (ModalityCues.PlanLookup.Contains(view.Word(k)) || ModalityCues.ScheduleLookup.Contains(view.Word(k)));

    // "voted to set up an inquiry", "moved to expel two diplomats": a decision taken, so the infinitive is the act done.
    // A time phrase may stand between ("voted on Thursday to set up…").
    private static bool IsDecided(SentenceView view, Trigger trigger)
    {
        var k = PhraseGrammar.BeforeInfinitiveMarker(view, trigger.First);
        // "voted unanimously on Friday to end…", "decided in 2019 to scrap…": time phrases and adverbs may stand between.
        while (k >= 0 && (view.Blocked[k] || PhraseGrammar.IsLyAdverb(view.Word(k)) || (view.Word(k) is "in" or "on" && view.Blocked[k + 1])))
        {
            k--;
        }

        return k >= 0 && ModalityCues.DecisionLookup.Contains(view.Word(k));
    }

    // "prompting the South to scramble fighter jets", "forced Kyiv to withdraw": a causative verb, its actor object between it
    // and "to", tells of the act as done. Not the passive "was forced to land", whose subject need be no actor.
    private static bool IsCaused(SentenceView view, Trigger trigger) => CausedActors.Of(view, trigger) is not null;

    // "did not hesitate to summon", "has never failed to protest": a negated verb of reluctance or failure tells of the
    // infinitive after it as done.
    private static bool IsLitotesInfinitive(SentenceView view, Trigger trigger) =>
        PhraseGrammar.BeforeInfinitiveMarker(view, trigger.First) is >= 1 and var k && ModalityCues.LitotesVerbLookup.Contains(view.Word(k))
        && ModalityCues.NegationLookup.Contains(view.Word(k - 1));

    // "became the first French president to visit Mongolia", "the only leader to attend": an ordinal before the infinitive
    // tells of an act done, with no verb or comma between them.
    // "flew to Ulaanbaatar on Saturday to assist investigators": the purpose of a trip told as done (the trip's own modality a fact).
    private static bool IsPurposeOfTripDone(SentenceView view, IReadOnlyList<ActorMention> subject, List<Trigger> triggers, int index) =>
        Clauses.TripPurposes.TripOf(view, triggers, index) is >= 0 and var trip && ClassifyAct(view, triggers[trip], subject, triggers, trip).Kind == ModalityKind.Fact;

    private static bool IsFirstTo(SentenceView view, Trigger trigger)
    {
        var (text, tokens) = (view.Text, view.Tokens);
        var before = PhraseGrammar.BeforeInfinitiveMarker(view, trigger.First);
        for (var k = before; k >= 1 && k >= before + 1 - view.Options.FirstToReach; k--)
        {
            var w = tokens[k].In(text);
            // "the first holder of that office to visit": "that" after "of" points at a noun, it opens no clause.
            if (w is "," or ";" or "to" || (w is "that" && tokens[k - 1].In(text) is not "of"))
            {
                return false;
            }

            if (w is "first" or "second" or "third" or "only" or "last" && tokens[k - 1].In(text) is "the" or "The" or "its" or "his" or "her" or "their" or "'s")
            {
                return !IsCounterfactual(view, k - 1);
            }
        }

        return false;
    }

    // "would have been the first secretary of state to travel to China": a modal with a perfect before the ordinal tells of
    // an act that did not happen.
    private static bool IsCounterfactual(SentenceView view, int article)
    {
        const int reach = 4;
        for (var k = article - 1; k >= 1 && k >= article - reach; k--)
        {
            if (view.Word(k) is "have" && view.Word(k - 1) is "would" or "could" or "might" or "should")
            {
                return true;
            }
        }

        return false;
    }

    // The comma that closes an opening prepositional phrase holding a noun trigger ("At their meeting, …", "During the visit, …"),
    // or the sentence's length when the noun stands elsewhere.
    private static int OpeningPhraseEnd(SentenceView view, Trigger trigger)
    {
        if (view.Tokens.Count == 0 || view.Word(0) is not ("At" or "In" or "During" or "After" or "Before" or "Following" or "Ahead"))
        {
            return view.Tokens.Count;
        }

        for (var k = 1; k < view.Tokens.Count; k++)
        {
            if (view.Word(k) is "," or ";")
            {
                return k > trigger.First ? k : view.Tokens.Count;
            }
        }

        return view.Tokens.Count;
    }

    // After an event noun, in its own predicate, a word that denies the act or puts it ahead ("has yet to take place", "will open
    // on Monday"); before it, a modifier that makes it a plan ("the planned visit").
    private static readonly WordSet s_nounPredicateCues = PhraseGrammar.Words.Lookup("noun-predicate-cue");
    private static readonly WordSet s_nounPlanModifiers = PhraseGrammar.Words.Lookup("noun-plan-modifier");
}
