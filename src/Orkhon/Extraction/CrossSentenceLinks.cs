using Orkhon.Domain;
using Orkhon.Knowledge;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Extraction.Time;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// What a sentence takes from the one before it (its date is carried by <see cref="MentionContext.CarriedDate"/>): the last act against a phrase's subject
/// as the target of its reaction ("Tehran promised a response."), an act repeated by its followers ("followed by
/// Sweden in March 2024") and a reply in kind ("Paris responded in kind the next day").
/// </summary>
internal static partial class CrossSentenceLinks
{
    /// <summary>
    /// The source of the last event aimed at the phrase's subject, as a mention, when the phrase is a directed verb with one
    /// subject and no actor after it; the event is this sentence's or the previous sentence's. Without a coded event nothing is
    /// guessed: in real excerpts the party a reaction answers ("Washington welcomed the report") is often named sentences earlier.
    /// </summary>
    public static ActorMention? ReactionTarget(SentenceView view, CodedPhrase phrase, List<EventMention> events, MentionContext context)
    {
        var (trigger, subject) = (phrase.Trigger, phrase.Subject);
        if (TakesNoReactionTarget(view, phrase))
        {
            return null;
        }

        if (subject.Count > 1)
        {
            return SeveralSubjectsTarget(view, phrase, events, context);
        }

        var code = subject[0].Code;
        // "The leaders demanded the release of the journalist": a release is asked of the captor (ReleaseCaptors).
        if (ReleaseCaptors.IsRelease(phrase) && ReleaseCaptors.Captor(subject[0], events, context) is { } captor)
        {
            return captor;
        }

        // "The Kremlin rejected the accusation": a denial answers those who made the charge (DeniedCharges), every party that
        // accused the denier in the nearest sentence telling an accusation, not the last act against it.
        if (DeniedCharges.IsDenial(phrase) && DeniedCharges.Accusers(subject[0], events, context, view.Options.DeniedAccusationSentences) is { } accusers)
        {
            return accusers;
        }

        // "Beijing demanded an apology. … Tokyo rejected the demand": a rejection of a request, demand or complaint named by its
        // noun answers whoever made it (AnsweredRequests), a few sentences back if need be, not the last act of any kind.
        if (view.Options.Runs(ExtractionGuards.AnsweredRequests) && AnsweredRequests.Makers(view, phrase, events, context) is { } makers)
        {
            return makers;
        }

        // "Britain expelled four diplomats. … Moscow called the expulsions immoral": a noun derived from an earlier act's verb
        // names that act more narrowly than the last act against the one reacting (DerivedActNouns).
        if (DerivedActNouns.Author(view, phrase, events, context) is { } deriver)
        {
            return deriver;
        }

        // "Algeria cut ties with Morocco, accusing it of hostile acts. … Rabat regretted the decision": a decision, move or step
        // names a deed, not words, and answers the last deed aimed at the one reacting, a few sentences back if need be. A
        // ruling or a verdict is no answer to words said against the one reacting either ("Israel called the charge
        // outrageous, while South Africa welcomed the ruling"): its author is read from the noun (ActAuthors).
        var against = ActAuthors.NamesDeed(view, trigger.End)
            ? LastDeedAgainst(events, context, code, view.Options.HostileActSentences)
            : LastActAgainst(view, phrase, events, context, code);
        if (against is not null && ActAuthors.IsWords(against.Cameo) && ActAuthors.NamesFinding(view, trigger.End))
        {
            against = null;
        }
        if (against is null && IsAid(phrase.Cameo) && AidRecipient(view, phrase, events, context, code) is { } recipient)
        {
            return recipient;
        }

        if (against is null && phrase.Cameo.RootNumber == 13 && AnswerToThreat(view, phrase, events, context, code) is { } threatened)
        {
            return threatened;
        }

        if (against is null)
        {
            // "Minsk called the verdict absurd" two sentences after the court's: the author of the act the noun names.
            return PreviousActor(view, phrase, context) ?? ActAuthors.Author(view, phrase, events, context)
                ?? (phrase.Cameo.RootNumber == 13 ? PressedParties(subject[0], events, context) : null);
        }

        // "A Moscow court charged four men from Tajikistan. … Rahmon condemned the attack": a reaction to an armed act answers no
        // one whose last act against the subject was no armed act.
        if (against.Cameo.RootNumber is not (18 or 19 or 20) && ActAuthors.NamesArmedAct(view, trigger.End))
        {
            return null;
        }

        return new ActorMention(subject[0].First, subject[0].Last, [against.Source.Code], against.Source.Role, MentionKind.Coreference, false, false);
    }

    // A phrase that is no directed verb with a subject, or whose object is told (a group no name gives, an actor after the
    // verb), answers no one told before.
    private static bool TakesNoReactionTarget(SentenceView view, CodedPhrase phrase)
    {
        var (trigger, subject, mentionAt) = (phrase.Trigger, phrase.Subject, view.MentionAt);
        // A passive with no agent ("officials said one man was killed") names no one who reacts.
        // Several subjects: coordinated donors share the last aid's recipient, other parties answer an act noun's author (below).
        if (trigger.Entry.IsNoun || trigger.Passive || trigger.Entry.Frame != EventFrame.AgentTheme || subject.Count == 0)
        {
            return true;
        }

        // "appealed to international partners for aid": a phrase ending in its preposition whose object is a group of parties
        // no name gives ("partners", "donors", "the international community") has told whom it is aimed at; nobody is borrowed
        // from the sentence before. An act named there instead ("retaliated against the tariffs") still answers its author.
        if (EndsInPreposition(view, trigger) && NamesUnnamedParties(view, trigger.End))
        {
            return true;
        }

        // An actor after the verb is its object, unless it opens a clause of its own (", and Russia delivered…"). A verb of saying
        // coordinated with the phrase ("rejected the decision and said it would not cooperate") opens what the subject said: the
        // carry is read up to there. (The object the phrase finds itself is left as it is: in news the party named in that
        // report is most often the one the reaction answers, "condemned the attacks and said Congolese authorities had a duty".)
        // "rejected the claim that Oslo is hostile to Israel": the content of a denied charge names no one it answers.
        var contentOpens = view.Options.Runs(ExtractionGuards.DeniedContents) && DeniedCharges.IsDenial(phrase);
        for (var k = trigger.End; k < phrase.ObjectEnd && !OpensCoordinatedReport(view, k) && !(contentOpens && view.Word(k) is "that"); k++)
        {
            if (mentionAt[k] >= 0)
            {
                return true;
            }
        }

        return false;
    }

    // Several subjects answer an act or a statement told before together, or, as donors, give where another party's last
    // aid went.
    private static ActorMention? SeveralSubjectsTarget(SentenceView view, CodedPhrase phrase, List<EventMention> events, MentionContext context)
    {
        var subject = phrase.Subject;
        if (!IsAid(phrase.Cameo))
        {
            // "Argentina, Chile and Peru condemned the decision": several parties answer the previous sentence's actor together;
            // who acted against whom is told only of one party, so only a definite act or statement links them.
            return (DerivedActNouns.Author(view, phrase, events, context) ?? PreviousActor(view, phrase, context) ?? ActAuthors.Author(view, phrase, events, context)) is { } author && !subject.Any(s => s.Codes.Contains(author.Code))
                ? author
                : null;
        }

        // Only the aid branch reads several donors: the recipient of another party's last aid.
        var donors = subject.Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        bool OtherDonorsAid(EventMention e) => IsAid(e.Cameo) && !donors.Contains(e.Source.Code) && !donors.Contains(e.Target.Code);
        var given = events.FindLast(OtherDonorsAid);
        for (var back = 1; given is null && back <= Math.Min(AidFollowUpSentences, context.EarlierEvents.Count); back++)
        {
            given = context.EarlierEvents[^back].LastOrDefault(OtherDonorsAid);
        }

        return given is null ? null
            : new ActorMention(subject[^1].First, subject[^1].Last, [given.Target.Code], given.Target.Role, MentionKind.Coreference, false, false);
    }

    // The last deed against the subject (no words: ActAuthors.IsWords), in this sentence or up to reach sentences before.
    private static EventMention? LastDeedAgainst(List<EventMention> events, MentionContext context, string code, int reach)
    {
        bool Fits(EventMention e) => e.Target.Code == code && e.Source.Code != code && !ActAuthors.IsWords(e.Cameo);
        var against = events.FindLast(Fits);
        var earlier = context.EarlierEvents;
        for (var s = earlier.Count - 1; against is null && s >= Math.Max(0, earlier.Count - reach); s--)
        {
            against = earlier[s].LastOrDefault(Fits);
        }

        return against;
    }

    // The last act against the subject, in this sentence or the one just before; none for an act of force told in a clause
    // before its main clause.
    private static EventMention? LastActAgainst(SentenceView view, CodedPhrase phrase, List<EventMention> events, MentionContext context, string code)
    {
        var (trigger, text, start) = (phrase.Trigger, view.Text, view.Start);
        // "…, a day after Minsk forced a jet to land and arrested a journalist": an act of coercion or force (roots 17-20) told in a
        // clause earlier than its main clause answers no act of that main clause. A cut in ties there ("Lithuania recalled its
        // envoy after China downgraded ties") is most often with the main clause's subject, which the reading below finds.
        var scope = view.Clauses.ScopeOf(trigger.First);
        // Its object is then someone new ("a journalist"); one owned by the main subject ("violated its airspace") is that subject.
        var earlierThanMain = phrase.Cameo.RootNumber >= 17 && scope >= 0 && view.Word(scope) is "after" or "since"
            && trigger.End < view.Tokens.Count && (view.Word(trigger.End) is "a" or "an" || view.Tokens[trigger.End].Kind == TokenKind.Number);
        EventMention? against = earlierThanMain ? null : events.FindLast(e => e.Target.Code == code && e.Source.Code != code);
        if (against is null && context.LastEvent is { } last && last.SentenceEnd <= start && text.AsSpan(last.SentenceEnd, start - last.SentenceEnd).IsWhiteSpace()
            && last.Target.Code == code && last.Source.Code != code)
        {
            against = last;
        }

        return against;
    }

    // The recipient of aid pledged to no one named: the party the donor addressed last, where another party's aid went, or
    // the state a disaster struck; null when none is told.
    private static ActorMention? AidRecipient(SentenceView view, CodedPhrase phrase, List<EventMention> events, MentionContext context, string code)
    {
        var (subject, text, start) = (phrase.Subject, view.Text, view.Start);
        // "Mongolia sent condolences to Japan after the quake. The government said it would give $100,000 for relief": aid
        // pledged with no recipient goes to the party the same actor addressed last, in this sentence or the one before.
        // Only a friendly act addresses a recipient: "Japan condemned China's missile test. Tokyo also pledged aid" gives China nothing.
        var addressed = events.FindLast(e => e.Source.Code == code && e.Target.Code != code && e.Cameo.RootNumber < 10);
        if (addressed is null && context.LastEvent is { } previous && previous.SentenceEnd <= start && previous.Cameo.RootNumber < 10
            && text.AsSpan(previous.SentenceEnd, start - previous.SentenceEnd).IsWhiteSpace() && previous.Source.Code == code && previous.Target.Code != code)
        {
            addressed = previous;
        }

        // "Japan sent tents to Nepal after the floods. China also pledged $2 million in aid": aid to no one named goes where
        // the last aid given or pledged by another party went, in this sentence or one of the two before (a sentence on how
        // the first donor's aid is made up may stand between).
        bool OthersAid(EventMention e) => IsAid(e.Cameo) && e.Source.Code != code && e.Target.Code != code;
        addressed ??= events.FindLast(OthersAid);
        for (var back = 1; addressed is null && back <= Math.Min(AidFollowUpSentences, context.EarlierEvents.Count); back++)
        {
            addressed = context.EarlierEvents[^back].LastOrDefault(OthersAid);
        }

        if (addressed is not null)
        {
            return new ActorMention(subject[0].First, subject[0].Last, [addressed.Target.Code], addressed.Target.Role, MentionKind.Coreference, false, false);
        }

        // "An earthquake struck western Nepal. China pledged $10 million in aid": else the state a disaster told in the last few
        // sentences struck (StrickenStates), when the donor is not that state.
        if (context.StrickenState is { } stricken && stricken != code)
        {
            return new ActorMention(subject[0].First, subject[0].Last, [stricken], null, MentionKind.Coreference, false, false);
        }

        return null;
    }

    // Whom a threat with no one named answers: whoever last used force against the one threatening, else whoever last took a
    // measure against it; null when neither is told.
    private static ActorMention? AnswerToThreat(SentenceView view, CodedPhrase phrase, List<EventMention> events, MentionContext context, string code)
    {
        var subject = phrase.Subject;
        if (ArmedActsAgainst(code, events, context, view.Options.ThreatenedAttackSentences) is { Count: > 0 } attacks)
        {
            // "U.S. and British warplanes struck targets across Yemen. … A Houthi spokesman vowed that the group would retaliate": a
            // threat with no one named answers whoever last used force against the one threatening (each of them, when several
            // struck together), a few sentences back at most.
            var attackers = attacks.Select(a => a.Source.Code).Distinct(StringComparer.Ordinal).ToList();
            return new ActorMention(subject[0].First, subject[0].Last, attackers, attackers.Count == 1 ? attacks[0].Source.Role : null, MentionKind.Coreference, false, false);
        }

        if (ArmedActsAgainst(code, events, context, view.Options.ThreatenedAttackSentences, Punitive) is { Count: > 0 } measures)
        {
            // "Britain said it would expel four Russian diplomats. … Moscow called the expulsions immoral and said it would
            // respond": with no force used, a threat with no one named answers whoever last took a measure against the one
            // threatening (reduced relations or coercion, roots 16-17), a few sentences back at most.
            var takers = measures.Select(m => m.Source.Code).Distinct(StringComparer.Ordinal).ToList();
            return new ActorMention(subject[0].First, subject[0].Last, takers, takers.Count == 1 ? measures[0].Source.Role : null, MentionKind.Coreference, false, false);
        }

        return null;
    }

    // Measures that reduce relations or coerce (roots 16-17): what a promised reply with no one named answers when no force was used.
    private static bool Punitive(int root) => root is 16 or 17;

    /// <summary>
    /// "Russia asked Mongolia to suspend the dams. The ministry warned that it would take the matter to international bodies": a
    /// threat aimed at no one named, after the same party pressed others (an appeal, a demand, a criticism, a rejection, a threat,
    /// a protest, a cut or coercion: roots 02 and 10-17) earlier in its sentence or in the one before, backs that pressure and is
    /// aimed at those it pressed. Null when the threatening party pressed no one there.
    /// </summary>
    private static ActorMention? PressedParties(ActorMention subject, List<EventMention> events, MentionContext context)
    {
        var code = subject.Code;
        bool Pressed(EventMention e) => e.Source.Code == code && e.Target.Code != code && e.Cameo.RootNumber is 2 or (>= 10 and <= 14) or 16 or 17;
        IReadOnlyList<EventMention> from = events;
        var last = events.FindLast(Pressed);
        if (last is null && context.EarlierEvents.Count > 0)
        {
            from = context.EarlierEvents[^1];
            last = from.LastOrDefault(Pressed);
        }

        if (last is null)
        {
            return null;
        }

        // "urged Israel and Hamas to…": each party the one pressing phrase was aimed at.
        var pressed = from.Where(e => e.PhraseStart == last.PhraseStart && e.SentenceStart == last.SentenceStart && Pressed(e)).Select(e => e.Target.Code)
            .Distinct(StringComparer.Ordinal).ToList();
        return new ActorMention(subject.First, subject.Last, pressed, pressed.Count == 1 ? last.Target.Role : null, MentionKind.Coreference, false, false);
    }

    // The armed acts (roots 18-20, or the roots given) by other parties against the state coded in the last sentence that tells
    // any, this one or up to a few before.
    private static List<EventMention> ArmedActsAgainst(string code, List<EventMention> events, MentionContext context, int sentences, Func<int, bool>? roots = null)
    {
        roots ??= r => r is 18 or 19 or 20;
        bool Armed(EventMention e) => roots(e.Cameo.RootNumber) && e.Target.Code == code && e.Source.Code != code;
        var attacks = events.Where(Armed).ToList();
        var earlier = context.EarlierEvents;
        for (var s = earlier.Count - 1; attacks.Count == 0 && s >= Math.Max(0, earlier.Count - sentences); s--)
        {
            attacks = earlier[s].Where(Armed).ToList();
        }

        return attacks;
    }

    // Unnamed parties heading the noun phrase at k, within a few words of modifiers and no actor ("international partners",
    // "all donors", "the international community").
    private static bool NamesUnnamedParties(SentenceView view, int k)
    {
        for (var j = k; j < view.Tokens.Count && j < k + UnnamedPartiesReach; j++)
        {
            if (view.MentionAt[j] >= 0 || view.Tokens[j].Kind != TokenKind.Word)
            {
                return false;
            }

            if (s_unnamedParties.Contains(view.Word(j)))
            {
                return true;
            }
        }

        return false;
    }

    private const int UnnamedPartiesReach = 4;

    private static readonly WordSet s_unnamedParties = ClauseView.Words.Lookup("unnamed-party");

    /// <summary>
    /// Whether token <paramref name="k"/> is "and" or "but" followed by a verb of saying, an adverb of sequence allowed between
    /// ("and said", "but later added"): a second verb phrase of the same subject, whose clause reports what it said.
    /// </summary>
    private static bool OpensCoordinatedReport(SentenceView view, int k)
    {
        if (view.Word(k) is not ("and" or "but"))
        {
            return false;
        }

        var verb = k + 1 < view.Tokens.Count && PhraseGrammar.IsSequenceAdverb(view.Word(k + 1)) ? k + 2 : k + 1;
        return verb < view.Tokens.Count && ClauseView.IsReportingWord(view.Word(verb));
    }

    private static bool EndsInPreposition(SentenceView view, Trigger trigger) =>
        trigger.End > trigger.First + 1 && view.Word(trigger.End - 1) is "to" or "on" or "at" or "with" or "against" or "upon";

    // How many sentences back another party's aid lends its recipient to aid told with none.
    private const int AidFollowUpSentences = 2;

    // Aid given (07) or pledged (033, "said it would give"): acts that always have a recipient.
    private static bool IsAid(CameoCode cameo) => cameo.RootNumber == 7 || cameo.Value.StartsWith("033", StringComparison.Ordinal);

    /// <summary>
    /// "Mongolia's foreign minister made the pledge on Tuesday. … China welcomed the remarks": a reaction whose object is a
    /// definite act or statement ("the remarks", "the decision", "this move") with nothing of its own after it answers the
    /// previous sentence's actor (its speaker, else its first state or person), when that actor is another party than the
    /// subject. Null when the object is no such noun or the previous sentence named no other actor.
    /// </summary>
    private static ActorMention? PreviousActor(SentenceView view, CodedPhrase phrase, MentionContext context)
    {
        var k = phrase.Trigger.End;
        if (k >= view.Tokens.Count || !PhraseGrammar.IsDefiniteDeterminer(view.Word(k)))
        {
            return null;
        }

        var noun = -1;
        for (var j = k + 1; j < Math.Min(view.Tokens.Count, k + 4) && view.MentionAt[j] < 0 && view.Tokens[j].Kind == TokenKind.Word; j++)
        {
            if (s_reportedActs.Contains(view.Word(j)))
            {
                noun = j;
                break;
            }
        }

        // "welcomed the decision by Japan", "the remarks of the envoy", "the move to…": the noun names its own author or content.
        if (noun < 0 || (noun + 1 < view.Tokens.Count && view.Word(noun + 1) is "by" or "of" or "from" or "to" or "on" or "that" or "with" or "between"))
        {
            return null;
        }

        var code = phrase.Subject[0].Code;
        var actor = context.PreviousSpeaker is { IsPlace: false, Codes.Count: 1 } speaker && speaker.Codes[0] != code
            ? speaker
            : context.PreviousSentence.FirstOrDefault(m => !m.IsPlace && m.Codes.Count == 1 && m.Kind is MentionKind.Name or MentionKind.Capital or MentionKind.Adjective or MentionKind.Person);
        if (actor is null || actor.Codes[0] == code)
        {
            return null;
        }

        return new ActorMention(noun, noun, [actor.Codes[0]], actor.Role, MentionKind.Coreference, false, false);
    }

    private static readonly WordSet s_reportedActs = MentionFinder.Words.Lookup("reported-act");
}
