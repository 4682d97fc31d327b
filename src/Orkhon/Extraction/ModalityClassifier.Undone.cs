using Orkhon.Domain;
using Orkhon.Extraction.Clauses;

namespace Orkhon.Extraction;

// The steps of ReadAct that find an act not done: a sentence whose form tells none, an event noun its clause calls off or
// only names, words that look like an act of states and are none, and a phrase that is what another act asks for, plans or
// charges. Each answers only whether the act is not told as done; ReadAct decides what that makes of the phrase.
internal static partial class ModalityClassifier
{
    // Sentences that tell no act by their form: an inverted condition, speculation, an act "without" doing it, a question.
    private static bool IsSentenceNotTelling(in ActReading a)
    {
        var (view, trigger, tokens) = (a.View, a.Trigger, a.Tokens);
        if (tokens.Count > 0 && tokens[0].In(a.Text) is "Had" or "Were")
        {
            return true;
        }

        // "Britain could freeze the assets if talks fail, analysts said": speculation attributed after the clause.
        if (view.Modalities.SpeculationAttribution(view) >= trigger.End)
        {
            return true;
        }

        // "apologised without saying that Russia was to blame", "condemned the strike without blaming Israel": an act inside a
        // clause opened by "without" and an -ing form was not done. A comma closes that clause ("Without waiting for a mandate,
        // NATO struck").
        if (IsUnderWithout(view, trigger.First))
        {
            return true;
        }

        // "Will China invade Taiwan?", "Could the two sides finally sign a pact?": a direct question tells no act.
        return IsDirectQuestion(view, trigger.First);
    }

    // An event noun, or an act, that its own clause tells as not done: the subject of a work, a yardstick, on the agenda,
    // nothing fixed for it, called off, said not to happen, suspected or fallen through.
    private static bool IsEventNounNotDone(in ActReading a)
    {
        var (view, trigger, text, tokens) = (a.View, a.Trigger, a.Text, a.Tokens);
        // "a book on the Soviet invasion of Afghanistan", "the anniversary of the signing": an event noun that is the subject
        // of a work, a study or a remembrance is not told as an act of the text's day; "fears of a Chinese invasion", "the
        // idea of a Russian attack": nor is one that is only feared or imagined; "the 1992 ban on aid to Azerbaijan": nor one
        // that a ban bars.
        if (trigger.Entry.IsNoun && IsTopicOfWork(text, tokens, view.TimeAt, trigger.First, view.Options.NounCueReachBack))
        {
            return true;
        }

        // "the worst fighting since their 2020 war": an event noun after "since" that a comparison is measured against.
        if (ComparisonYardsticks.IsYardstick(view, trigger))
        {
            return true;
        }

        // "A prisoner exchange is on the agenda of the talks", "a ceasefire was on the table": an event noun whose clause puts it
        // up for discussion is a subject of talks, not an act told as done.
        if (trigger.Entry.IsNoun && IsOnTheAgenda(text, tokens, trigger.End))
        {
            return true;
        }

        // "No date has been set for a visit by …", "there are no plans for talks": an event noun that nothing is fixed for.
        if (trigger.Entry.IsNoun && NothingFixedFor(text, tokens, trigger.First, view.Options.NounCueReachBack * 2))
        {
            return true;
        }

        // "A trip to Tokyo by a parliamentary delegation … has been called off": an event noun whose clause says it was
        // called off never took place.
        if (trigger.Entry.IsNoun && IsCalledOff(text, tokens, trigger.End))
        {
            return true;
        }

        // "Blinken's trip to Beijing, which would have been the first since 2018, will not go ahead": the noun's own clause
        // says the event did not happen.
        if (UnheldEvents.IsSaidNotToHappen(view, trigger))
        {
            return true;
        }

        // "decided to put off a state visit to Japan by Xi", "a suspected Israeli strike", "a summit that was to have brought
        // together four leaders": an act called off, only suspected, or planned and fallen through.
        return UnrealisedActs.IsCalledOffObject(view, trigger) || UnrealisedActs.IsUndoneObject(view, trigger) || UnrealisedActs.IsHedgedNoun(view, trigger) || UnrealisedActs.IsWasToHave(view, trigger)
            || UnrealisedActs.IntendsToCallOff(view, trigger) || UnrealisedActs.IsCoordinatedWithCalledOff(view, trigger) || UnrealisedActs.IsTurnedBack(view, trigger);
    }

    // Words that look like an act of states and are none: denied by "no", a requirement met, a game, an adjective, a list, a
    // statistic.
    private static bool IsNoActOfStates(in ActReading a)
    {
        var (view, trigger) = (a.View, a.Trigger);
        // "Canada and the United States met in a hockey game", "Japan beat Iran 3-1": national teams are no state actors.
        if (view.Options.Runs(ExtractionGuards.SportingContests) && SportingContests.IsContestOfTeams(view, trigger, a.Subject))
        {
            return true;
        }

        if (!view.Options.Runs(ExtractionGuards.NoActOfStates))
        {
            return false;
        }

        // "held no talks with the administration", "paid no visit to Kyiv", "there were no Russian strikes on the city": "no"
        // inside the phrase, or opening an event noun's own phrase, denies the act it names.
        if (DeniedByNo(view, trigger))
        {
            return true;
        }

        // "few have met Japanese sanitary standards": "meet" with a requirement for its object is no meeting.
        if (MetRequirements.IsRequirementMet(view, trigger))
        {
            return true;
        }

        // "planes carrying deported migrants", "heavily armed attackers": a participle used as an adjective tells no act.
        if (AttributiveParticiples.IsAttributive(view, trigger))
        {
            return true;
        }

        // "struck South Korea off its whitelist of trading partners": a deletion from a list, not a strike.
        if (StruckOffLists.IsStruckOff(view, trigger))
        {
            return true;
        }

        // "Mongolia buys most of its fuel from Russia": a share of a standing flow, in the present, is a statistic.
        return IsShareStatistic(a.Text, a.Tokens, trigger, view.Options);
    }

    // "demanded talks with X", "proposed a visit to Y": the noun is what the earlier phrase asks for.
    private static bool IsDemandedNoun(in ActReading a)
    {
        var (view, trigger, triggers, index) = (a.View, a.Trigger, a.Triggers, a.Index);
        return trigger.Entry.IsNoun && index > 0 && !triggers[index - 1].Entry.IsNoun && triggers[index - 1].End >= trigger.First - view.Options.DemandedNounGap
            && !PhraseGrammar.HasWordBetween(view, triggers[index - 1].End, trigger.First, "during", "in", "at", "after", "before", "amid")
            && !PhraseGrammar.HasCapitalisedBetween(view, triggers[index - 1].End, trigger.First);
    }

    // A noun's own predicate may deny it or put it ahead: "Xi's visit has yet to take place", "the long-rumoured visit", "talks
    // between Paris and Rome will open on Monday".
    private static bool IsDeniedByNounPredicate(in ActReading a)
    {
        var (view, trigger, text, tokens) = (a.View, a.Trigger, a.Text, a.Tokens);
        var ownRelative = a.OwnRelative;
        var opener = OpeningPhraseEnd(view, trigger);
        var adjunctMeeting = Clauses.AdjunctMeetings.IsAdjunct(view, trigger.Entry, trigger.First, trigger.End);
        for (var k = Math.Max(0, trigger.First - view.Options.NounCueReachBack); k < Math.Min(tokens.Count, trigger.End + view.Options.NounCueReach); k++)
        {
            // "told Erdogan during talks in Ankara that gas would flow": the clause after "that" is what was told, not the
            // meeting's own predicate.
            if (adjunctMeeting && k > trigger.End && tokens[k].In(text) is "that")
            {
                break;
            }

            // "At their meeting, Battulga pressed Washington to back a bill that would…": past the comma that closes an opening
            // phrase, and inside a relative clause the noun is not in, a cue belongs to another verb, not to the noun's predicate.
            if (k >= trigger.End && (k >= opener || (view.Clauses.Relatives.RelativeOf(k) is >= 0 and var rel && rel != ownRelative)))
            {
                break;
            }

            var w = tokens[k].In(text);
            if (w.Contains("rumo", StringComparison.OrdinalIgnoreCase) || (k >= trigger.End && s_nounPredicateCues.Contains(w))
                || (k < trigger.First && s_nounPlanModifiers.Contains(w)))
            {
                return true;
            }
        }

        return false;
    }

    // An infinitive is asked for or meant, unless it is "the first … to visit", decided, planned, caused, affirmed by litotes,
    // an agreed measure, or the purpose of a trip that was made.
    private static bool IsUndoneInfinitive(in ActReading a, bool future)
    {
        var (view, trigger) = (a.View, a.Trigger);
        return PhraseGrammar.IsInfinitive(view, trigger) && !IsFirstTo(view, trigger) && !IsDecided(view, trigger) && !(future && IsPlannedInfinitive(view, trigger))
            && !IsCaused(view, trigger) && !IsLitotesInfinitive(view, trigger) && !AnnouncedMeasures.IsAgreed(view, trigger, a.Cameo) && !IsPurposeOfTripDone(view, a.Subject, a.Triggers, a.Index);
    }

    // The phrase is the content of another act: what an accusation charges, an accord's terms, what an appeal, demand, threat or
    // intent asks for.
    private static bool IsContentOfAnotherAct(in ActReading a)
    {
        var (view, trigger, triggers, index) = (a.View, a.Trigger, a.Triggers, a.Index);
        // "signed an agreement under which China will give grants": the terms of an accord are contents, not acts.
        if (view.Options.Runs(ExtractionGuards.AccordTerms) && EmbeddedContents.IsAccordTerm(view, trigger, triggers, index))
        {
            return true;
        }

        // "alleged that B had attacked C", "claimed that…", "accused Iran of funding protests": the content of an accusation
        // and the charge of an accusation are not coded as fact. A denial of the charge after it (", a charge Kyiv rejected")
        // answers the accusation from outside it.
        if (view.Options.Runs(ExtractionGuards.ContentOfAnotherAct) && index > 0 && triggers[index - 1].Entry.Cameo.IsIn(GoverningFrames.Accusation) && PhraseGrammar.HasWordBetween(view, triggers[index - 1].End, trigger.First, "that")
            && !GoverningFrames.IsDeniedCharge(trigger))
        {
            return true;
        }

        if (view.Options.Runs(ExtractionGuards.ContentOfAnotherAct) && EmbeddedContents.IsChargeOf(view, triggers, index) && !GoverningFrames.IsDeniedCharge(trigger))
        {
            return true;
        }

        // "Ukraine demanded Russia withdraw its troops", "Japan hopes China will lift its ban": the content of an appeal or a
        // demand told with no "that" or "to" is what was asked, as it is with them.
        if (view.Options.Runs(ExtractionGuards.ThatlessContents) && index > 0 && triggers[index - 1].Entry.Cameo.Root is var root
            && (root == CameoCode.Appeal || root == CameoCode.Demand) && EmbeddedContents.IsThatlessClause(view, triggers[index - 1].End, trigger.First))
        {
            return true;
        }

        return view.Options.Runs(ExtractionGuards.AskedContents) && index > 0 && triggers[index - 1].Entry.Cameo.Root is var asked
            && (asked == CameoCode.Appeal || asked == CameoCode.Demand || asked == CameoCode.Threaten || asked == CameoCode.ExpressIntentToCooperate)
            && PhraseGrammar.HasWordBetween(view, triggers[index - 1].End, trigger.First, "that", "to")
            && !GovernedClauses.LeftBefore(view, triggers[index - 1].End, trigger)
            // "offered grants to Kazakhstan and Uzbekistan as he hosted their leaders": a clause of time or reason after the
            // content is the speaker's own act, not what was offered or asked.
            && !PhraseGrammar.HasWordBetween(view, triggers[index - 1].End, trigger.First, "as", "while", "when", "because");
    }
}
