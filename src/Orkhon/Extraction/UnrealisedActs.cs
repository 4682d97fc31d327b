using System.Collections.Frozen;
using Orkhon.Extraction.Lexicon;

namespace Orkhon.Extraction;

/// <summary>
/// Acts a sentence names but that did not take place, or are only suspected: an event noun that is the object of a verb of
/// calling off ("decided to put off a state visit to Japan by Xi", "postponed the summit"), an event noun hedged as suspected
/// or alleged ("a suspected Israeli strike on the embassy"), and a verb in a plan that fell through ("a summit that was to
/// have brought together four leaders"). The words are data (<c>data/lexicon/modality-cues.tsv</c>, classes calloff and hedge).
/// </summary>
internal static class UnrealisedActs
{
    /// <summary>
    /// Whether the event noun at <paramref name="trigger"/> is the object of a verb of calling off, with only its determiners,
    /// modifiers and owner between ("put off a state visit", "cancelled Xi's planned trip", "called off the talks").
    /// </summary>
    public static bool IsCalledOffObject(SentenceView view, Trigger trigger) =>
        IsObjectOf(view, trigger, ModalityCues.CallOffLookup, callOff: true);

    /// <summary>
    /// Whether the event noun at <paramref name="trigger"/> is joined by a coordinator to an earlier event noun that a verb of
    /// calling off governs: the verb governs both conjuncts ("called off the stop in Manila, along with his trip to Jakarta",
    /// "postponed the summit and a visit to Seoul", "scrapped the talks as well as a planned call"). Between the verb and the
    /// coordinator only the first noun's phrase and complement may stand: lower-case words of the phrase, actors, time words,
    /// prepositions, names and at most two commas ("cancelled A, B, and C"); a clause word ends the search. One bounded window
    /// is read back from the noun, so the check is linear in the sentence.
    /// </summary>
    public static bool IsCoordinatedWithCalledOff(SentenceView view, Trigger trigger)
    {
        if (!trigger.Entry.IsNoun || CoordinatorBefore(view, trigger) is not (>= 0 and var coordinator))
        {
            return false;
        }

        var commas = 0;
        var reach = view.Options.NounCueReach + view.Options.NounCueReachBack;
        for (var k = coordinator - 1; k >= 0 && k >= coordinator - reach; k--)
        {
            var w = view.Word(k);
            if (ModalityCues.CallOffLookup.Contains(w) || PhraseGrammar.IsOffOfCallingOff(view, k))
            {
                return true;
            }

            if (w is ",")
            {
                if (++commas > 2)
                {
                    return false;
                }

                continue;
            }

            var inPhrase = view.MentionAt[k] >= 0 || view.TimeAt[k] >= 0 || PhraseGrammar.IsDeterminer(view, k)
                || ModalityCues.ConjunctPrepositionLookup.Contains(w) || (w.Length > 0 && char.IsUpper(w[0]))
                || (w.Length > 0 && char.IsLower(w[0]) && !IsClauseWord(w));
            if (!inPhrase)
            {
                return false;
            }
        }

        return false;
    }

    // The first token of the coordinator that opens the noun's own phrase, or -1: "and", "or", "plus", "along with",
    // "together with", "as well as", right before the noun's determiners, owners, modifiers and participles in -ed ("and a
    // planned visit"); any other word between ("and made a trip") makes the noun the object of another verb.
    private static int CoordinatorBefore(SentenceView view, Trigger trigger)
    {
        var k = trigger.First - 1;
        for (var skipped = 0; k >= 0 && skipped <= view.Options.NounCueReachBack; k--, skipped++)
        {
            var w = view.Word(k);
            if (ModalityCues.CoordinatorLookup.Contains(w))
            {
                return k;
            }

            if (w is "with" && k > 0 && ModalityCues.CoordinatorLeadLookup.Contains(view.Word(k - 1)))
            {
                return k - 1;
            }

            if (w is "as" && k > 1 && view.Word(k - 1) is "well" && view.Word(k - 2) is "as")
            {
                return k - 2;
            }

            if (!(PhraseGrammar.IsDeterminer(view, k) || view.MentionAt[k] >= 0 || view.TimeAt[k] >= 0
                || (w.Length > 2 && char.IsLower(w[0]) && w.EndsWith("ed", StringComparison.Ordinal))))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether the event noun at <paramref name="trigger"/> is the object of a verb that ends or lifts it, with only its
    /// determiners, modifiers and owner between ("lift all U.S. sanctions on Syria", "suspending visa-free visits by Japanese
    /// citizens"): the act was done before, if at all, and the undoing is told by its own row, never by the noun's code.
    /// </summary>
    public static bool IsUndoneObject(SentenceView view, Trigger trigger) =>
        IsObjectOf(view, trigger, ModalityCues.UndoLookup, callOff: false);

    private static bool IsObjectOf(SentenceView view, Trigger trigger, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> verbs, bool callOff)
    {
        if (!trigger.Entry.IsNoun)
        {
            return false;
        }

        for (var k = trigger.First - 1; k >= 0 && k >= trigger.First - 1 - view.Options.NounCueReachBack; k--)
        {
            var w = view.Word(k);
            if (verbs.Contains(w))
            {
                return true;
            }

            if (callOff && PhraseGrammar.IsOffOfCallingOff(view, k))
            {
                return true;
            }

            // The noun's own phrase: articles, owners ("Xi's"), numbers and lower-case modifiers ("a long-planned state visit").
            if (!(PhraseGrammar.IsDeterminer(view, k) || view.MentionAt[k] >= 0 || (w.Length > 0 && char.IsLower(w[0]) && !IsClauseWord(w))))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the travel noun at <paramref name="trigger"/> (a visit, 042) is followed in its sentence by the traveller turning
    /// back: a participle or a coordinated verb of the class <c>turn-back</c> ("turning", "and turned") with "back" a few words
    /// after it ("cut short his trip to Moscow, turning his plane back to Baku", "set off for Kyiv but turned back at the
    /// border"). The trip never reached its host. A clause of its own ("…, officials said the convoy turned back") is another
    /// subject's and does not count: the cue must follow a comma, "and" or "but" directly. One pass over the sentence.
    /// </summary>
    public static bool IsTurnedBack(SentenceView view, Trigger trigger)
    {
        if (!trigger.Entry.IsNoun || !trigger.Entry.Cameo.Value.StartsWith("042", StringComparison.Ordinal))
        {
            return false;
        }

        for (var k = trigger.End + 1; k < view.Tokens.Count; k++)
        {
            if (!ModalityCues.TurnBackLookup.Contains(view.Word(k)) || view.Word(k - 1) is not ("," or "and" or "but"))
            {
                continue;
            }

            for (var b = k + 1; b < view.Tokens.Count && b <= k + TurnBackReach; b++)
            {
                if (view.Word(b) is "back")
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "turning his plane back": at most the vehicle's phrase between the verb and "back".
    private const int TurnBackReach = 4;

    /// <summary>Whether a hedge ("suspected", "alleged") stands in the event noun's own phrase before it: "a suspected Israeli strike".</summary>
    public static bool IsHedgedNoun(SentenceView view, Trigger trigger)
    {
        if (!trigger.Entry.IsNoun)
        {
            return false;
        }

        for (var k = trigger.First - 1; k >= 0 && k >= trigger.First - view.Options.NounCueReachBack; k--)
        {
            var w = view.Word(k);
            if (ModalityCues.HedgeLookup.Contains(w))
            {
                return true;
            }

            if (!(PhraseGrammar.IsDeterminer(view, k) || view.MentionAt[k] >= 0 || (w.Length > 0 && char.IsLower(w[0]) && !IsClauseWord(w))))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the verb at <paramref name="trigger"/> follows "was to have" or "were to have" (adverbs between allowed): a plan
    /// that fell through ("the summit was to have brought together", "he was to have visited Kyiv").
    /// </summary>
    public static bool IsWasToHave(SentenceView view, Trigger trigger)
    {
        var k = trigger.First - 1;
        while (k >= 0 && PhraseGrammar.IsLyAdverb(view.Word(k)))
        {
            k--;
        }

        return k >= 2 && view.Word(k) is "have" && view.Word(k - 1) is "to" && view.Word(k - 2) is "was" or "were";
    }

    /// <summary>
    /// Whether an intent's infinitive calls something off: "agreed to postpone a visit", "decided to put off the talks". Agreeing
    /// or pledging to call an act off is no intent to cooperate.
    /// </summary>
    public static bool IntendsToCallOff(SentenceView view, Trigger trigger)
    {
        if (trigger.Entry.Cameo.RootNumber != 3 || trigger.Entry.IsNoun)
        {
            return false;
        }

        var k = trigger.End;
        if (k < view.Tokens.Count && view.Word(k) is "to" && view.Word(k - 1) is not "to")
        {
            k++;
        }

        if (k >= view.Tokens.Count || view.Word(k - 1) is not "to")
        {
            return false;
        }

        return ModalityCues.CallOffLookup.Contains(view.Word(k))
            || (k + 1 < view.Tokens.Count && view.Word(k + 1) is "off" && view.Word(k) is "put" or "call");
    }

    /// <summary>
    /// Whether the plan word at <paramref name="plan"/> is the object of a verb that calls it off, with at most a determiner or
    /// owner between ("cancelled plans to visit", "postponed a plan to sign", "shelved its plans to expel", "put off plans to"):
    /// the act planned was neither done nor still intended.
    /// </summary>
    public static bool IsCalledOffPlan(SentenceView view, int plan)
    {
        var k = plan - 1;
        if (k >= 0 && PhraseGrammar.IsDeterminer(view, k))
        {
            k--;
        }

        return k >= 0 && (ModalityCues.CallOffLookup.Contains(view.Word(k)) || PhraseGrammar.IsOffOfCallingOff(view, k));
    }

    private static bool IsClauseWord(ReadOnlySpan<char> w) => PhraseGrammar.EndsNounPhrase(w);
}
