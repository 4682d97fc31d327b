using Orkhon.Domain;
using Orkhon.Extraction.Clauses;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Extraction.Time;
using Orkhon.Knowledge;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// Codes the events of one sentence in stages over one <see cref="SentenceView"/>: time phrases and actor mentions,
/// then the lexicon's phrases (<see cref="TriggerFinder"/>, <see cref="GoverningFrames"/>, <see cref="PassivePhraseFinder"/>),
/// each phrase's subject (<see cref="SubjectFinder"/>) and modality (<see cref="ModalityClassifier"/>), its date
/// (<see cref="DateAttacher"/>), its source–target pairs (<see cref="PairFinder"/>), and what it takes from the sentence
/// before (<see cref="CrossSentenceLinks"/>). What is negated, hypothetical or merely wished is dropped.
/// </summary>
public sealed partial class SentenceExtractor
{
    private readonly EventLexicon _lexicon;
    private readonly MentionFinder _mentions;
    private readonly ExtractionOptions _options;
    private readonly TriggerFinder _triggers;
    private readonly PairFinder _pairs;
    private readonly ActorGazetteer _gazetteer;
    private readonly ReferenceData _reference;
    private readonly Parse.ParsedClauses? _parsed;

    public SentenceExtractor(EventLexicon lexicon, MentionFinder mentions, ReferenceData reference)
        : this(lexicon, mentions, reference, ExtractionOptions.Default)
    {
    }

    /// <summary>An extractor whose stages all read the limits of <paramref name="options"/>.</summary>
    public SentenceExtractor(EventLexicon lexicon, MentionFinder mentions, ReferenceData reference, ExtractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(options);
        _lexicon = lexicon;
        _mentions = mentions;
        _options = options;
        _triggers = new TriggerFinder(lexicon);
        _pairs = new PairFinder(reference);
        _gazetteer = reference.Gazetteer;
        _reference = reference;
        // The parse's clauses are coded by an extractor of the same options with the parse off, so a clause is never parsed again.
        _parsed = options.ParseHardSentences
            ? new Parse.ParsedClauses(new SentenceExtractor(lexicon, mentions, reference, options with { ParseHardSentences = false }), Parse.LinkParser.RequireEnglish(), options)
            : null;
    }

    public static SentenceExtractor Default { get; } = new(EventLexicon.Default, MentionFinder.Default, ReferenceData.Default);

    /// <summary>The limits and guards this extractor's stages read.</summary>
    public ExtractionOptions Options => _options;

    /// <summary>
    /// Events of the sentence text[sentence.Start..sentence.End], using and updating the document's <paramref name="context"/>;
    /// describes each step into <paramref name="explain"/> when given.
    /// </summary>
    public List<EventMention> Extract(string text, (int Start, int End) sentence, TimeAnchor anchor, MentionContext context, List<string>? explain = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        var ignoredTimes = explain is null ? null : new List<IgnoredTimePhrase>();
        var view = Read(text, sentence, anchor with { ToldBefore = context.LastToldDate, Narrative = context.NarrativeFrame, WrittenMonth = context.WrittenMonth }, context, ignoredTimes);
        context.LastToldDate = LastTold(view.Times) ?? context.LastToldDate;
        context.NarrativeFrame = NarrativeFrame.After(view.Clauses, context.NarrativeFrame);
        context.WrittenMonth = NarrativeFrame.WrittenMonthAfter(view.Clauses, context.WrittenMonth);
        context.Stays.Note(view.Clauses, sentence.Start);
        view.Modalities.ToldBySpeculators = context.SpeculationOpen && SpeculatorSpeech.IsToldByThem(view);
        context.SpeculationOpen = view.Modalities.ToldBySpeculators || SpeculatorSpeech.GivesThemTheWord(view);
        var triggers = FindPhrases(view);
        if (explain is not null)
        {
            Explain(view, triggers, ignoredTimes!, explain);
        }

        var gatheringHere = GatheringSpans.Find(view.Clauses);
        context.GatheringSpan = gatheringHere ?? context.GatheringSpan;
        var previousSentence = DateAttacher.Resumed(view.Clauses, context.CarriedDate, context.StoryDate, context.AfterFlashback);
        var (coded, dates, sentenceDate, owned) = Code(view, triggers, previousSentence, anchor.DocumentDate, context.GatheringSpan, explain);
        // A sentence that returned to the story's day (see DateAttacher.Resumed) hands that day on even when it codes nothing.
        context.CarriedDate = DateAttacher.Carry(context.AfterFlashback ? previousSentence : context.CarriedDate, sentenceDate);
        context.AfterFlashback = DateAttacher.IsDatedFlashback(view.Clauses, triggers);
        context.StoryDate ??= sentenceDate;
        var events = new List<EventMention>();
        for (var t = 0; t < triggers.Count; t++)
        {
            if (coded[t] is { } phrase)
            {
                AddEvents(view, phrase, dates[t], events, context);
            }
        }

        events.InsertRange(0, CrossSentenceLinks.TheirMeeting(view, triggers, coded, dates));
        AddSentenceReadings(view, triggers, events, context, sentenceDate, gatheringHere, anchor.DocumentDate);
        AddFollowers(view, events, context);

        // "Britain joined in the condemnation", "Canada joined calls for…": the stance told just before, taken by the subject too.
        events.AddRange(JoinedStances.Find(view, events, context));

        CrossSentenceLinks.NoteGathering(view, context);
        StrickenStates.Note(view, context, _reference);
        context.Remember(view.Found);
        var kept = _options.Runs(ExtractionGuards.SentenceRepeats) ? WithoutRepeats(events) : events;
        // "… have detained 800 nationals. The suspects were rounded up last week": what a restating clause says of the time of
        // an act told before; the document's pipeline moves that act's date. An event whose date is borrowed may be moved more.
        context.Restatements.AddRange(RestatedActs.Find(view, triggers, coded, owned, dates, kept));
        NoteBorrowedDates(view, triggers, owned, kept, context);

        // The optional parser path: a hard sentence's arguments read off a link-grammar parse (off by default).
        if (_parsed is not null && Parse.ParsedClauses.Gated(view, triggers.Count, kept.Count, _options))
        {
            kept.AddRange(_parsed.Find(view, kept, anchor, context.CarriedDate, explain));
        }

        CrossSentenceLinks.NoteJointAct(kept, context);
        context.NoteToldVerbs(DerivedActNouns.ToldVerbs(view));
        context.NoteEvents(kept, Math.Max(Math.Max(Math.Max(Math.Max(_options.ActAuthorSentences, _options.ThreatenedAttackSentences), _options.AccordSentences), _options.DeniedAccusationSentences), _options.HostileActSentences));
        if (kept.Count > 0)
        {
            context.LastEvent = kept[^1];
        }

        return kept;
    }

    // The readings run on the sentence's events once every phrase is paired, in order: claims, characterisations, denials,
    // guests, visits, gifts, calls, swaps, requests, compounds, admissions, talks, invitations, attendance, outcomes, earlier
    // visits, threats, blame; then killing means dropped and stays widened.
    private void AddSentenceReadings(SentenceView view, List<Trigger> triggers, List<EventMention> events, MentionContext context, FuzzyDate? sentenceDate, FuzzyDate? gatheringHere,
        DateOnly? documentDate)
    {
        events.AddRange(UnlawfulActClaims.Find(view, events, context, context.CarriedDate));
        events.AddRange(CharacterisedActs.Find(view, events));
        // "filed a complaint with the WTO against Warsaw": a suit before a court or trade forum is against the party it names.
        ForumComplaints.Redirect(view, events);
        // "South Korea's military denied aiming the radar at the aircraft": the denial answers whoever accused the denier.
        events.AddRange(DeniedClaims.Find(view, events, context, context.CarriedDate));
        events.AddRange(VisitingGuests.Find(view, events));
        // "met the president on Sunday during a state visit", "at the end of a three-day visit": the visit the noun tells.
        events.AddRange(PlacelessVisits.Find(view, events, context, sentenceDate ?? context.CarriedDate));
        AddFromEvents(view, events, ThankedGifts.Find);
        // "thanked Chile for the aid Peru had sent to Haiti": the aid an object relative clause tells.
        events.AddRange(AidObjectRelatives.Find(view, events));
        // "would lift the export curbs it imposed on South Korea in 2019": the sanction an object relative clause tells.
        SanctionObjectRelatives.Retarget(view, events);
        events.AddRange(SanctionObjectRelatives.Find(view, events));
        // "sanctions on Russian banks from the United States and Britain", "has been under EU sanctions": the imposer the noun names.
        events.AddRange(SanctionNounImposers.Find(view, events));
        // "apologised to Aliyev in a phone call": the act addressed in a call is also the call.
        AddFromEvents(view, events, CallAdjuncts.Find);
        // "released five Americans in exchange for five Iranians": a release told as one side of a swap is a release both ways.
        AddFromEvents(view, events, SwappedReleases.Find);
        events.AddRange(NominalRequests.Find(view, events));
        // "a U.S.-brokered truce between Israel and Hamas", "a Chinese-funded railway in Kenya": the act the compound tells.
        events.AddRange(ActorCompoundActs.Find(view, events, _gazetteer, sentenceDate));
        // "China confirmed that it had detained two Canadians": the state owns up to its act (015) beside doing it.
        AddFromEvents(view, events, OwnActAdmissions.Find);
        // "signed the deal after talks at Abe's office": the signatories met.
        events.AddRange(TalksBeforeTheAct.Find(view, events));
        // "invited Putin to visit, and the Russian leader accepted", "accepted Macron's invitation": an intent to meet each way.
        events.AddRange(AcceptedInvitations.Find(view, events));
        // "…, with Lula, Xi and Modi attending": members named as present at the gathering the sentence tells.
        // A sentence with no time of its own is at the gathering told before ("… opened a two-day summit on Friday. A and B are among
        // the delegations attending").
        events.AddRange(SummitAttendance.Find(view, events, context, gatheringHere ?? (view.Times.Count == 0 ? context.GatheringSpan : null) ?? context.CarriedDate));
        AddFromEvents(view, events, VisitOutcomes.Find);
        // "…, the first visit by a U.S. president since Bush came in 2005": the earlier visit the ranking compares with.
        AddFromEvents(view, events, EarlierVisits.Find);
        events.AddRange(ConditionalThreats.Find(view, triggers, events, sentenceDate));
        events.AddRange(ConsequenceThreats.Find(view, events, sentenceDate));
        // "Kyiv said Moscow was behind the attack", "Baku said Yerevan was to blame for the clashes": the speaker accuses.
        events.AddRange(ReportedBlame.Find(view, events, sentenceDate));
        // "Qatar said the measures were unjustified": the speaker criticises whoever did the deed it judges.
        events.AddRange(ReportedVerdicts.Find(view, events, context, sentenceDate));
        // "A U.N. commission found that X's forces had shelled …": the inquiry investigated X (09) beside the act it found.
        events.AddRange(InquiryFindings.Find(view, events, sentenceDate));
        // "An Israeli strike … killed Hamas leader X": the strike is the assassination's means, not a second act.
        if (_options.Runs(ExtractionGuards.KillingMeans))
        {
            TargetedKillings.DropMeans(view, triggers, events);
        }

        // "…, on a four-day visit to China that began on Sunday, attended…": the visit spans the stay's days.
        StaySpans.Widen(view, events, sentenceDate, documentDate);
    }

    // A reading of the sentence's events alone adds none to a sentence with none (nine in ten): it is not asked, and makes no list.
    private static void AddFromEvents(SentenceView view, List<EventMention> events, Func<SentenceView, List<EventMention>, List<EventMention>> reading)
    {
        if (events.Count > 0)
        {
            events.AddRange(reading(view, events));
        }
    }

    // The followers of the sentence's last event, or, when the sentence has none, of the last event told before (or its
    // reply in kind).
    private static void AddFollowers(SentenceView view, List<EventMention> events, MentionContext context)
    {
        if (events.Count > 0)
        {
            // "Finland joined NATO on 4 April 2023, followed by Sweden in March 2024": the follower repeats the act.
            events.AddRange(CrossSentenceLinks.Followers(view, events[^1], sameSentence: true));
        }

        if (events.Count == 0 && context.LastEvent is { } last)
        {
            events.AddRange(CrossSentenceLinks.Followers(view, last));
            if (events.Count == 0 && CrossSentenceLinks.InKind(view, last) is { } reply)
            {
                events.Add(reply);
            }
        }
    }

    // The events kept whose phrase has no time phrase of its own are noted as borrowing their date.
    private static void NoteBorrowedDates(SentenceView view, List<Trigger> triggers, bool[] owned, List<EventMention> kept, MentionContext context)
    {
        // The phrase an event came from is the first phrase starting where its phrase starts (looked up only when the sentence
        // kept an event: most keep none).
        var phraseAt = kept.Count == 0 ? null : new Dictionary<int, int>();
        for (var t = 0; phraseAt is not null && t < triggers.Count; t++)
        {
            phraseAt.TryAdd(view.Tokens[triggers[t].First].Start, t);
        }

        foreach (var e in kept)
        {
            if (phraseAt!.TryGetValue(e.PhraseStart, out var t) && !owned[t])
            {
                context.BorrowedDates.Add((e.SentenceStart, e.PhraseStart));
            }
        }
    }

    // The last closed date written in the sentence: an open span ("since 2019") is no point a later count runs from.
    private static FuzzyDate? LastTold(List<TemporalExpression> times)
    {
        for (var i = times.Count - 1; i >= 0; i--)
        {
            if (times[i] is { Respectively: false, Value: { IsOpenStart: false, IsOpenEnd: false } value })
            {
                return value;
            }
        }

        return null;
    }

    // Tokens, time phrases (which block their tokens from being actors or phrase words) and actor mentions.
    private SentenceView Read(string text, (int Start, int End) sentence, TimeAnchor anchor, MentionContext context, List<IgnoredTimePhrase>? ignoredTimes)
    {
        var timed = TimedTokens.Tag(text, sentence, anchor, ignoredTimes);
        var times = timed.Times;
        // People resolve at the sentence's own date when it gives one, else at the document's.
        DateOnly? when = times.Count > 0 && !times[0].Value.IsOpenStart ? times[0].Value.Earliest : anchor.Day;
        var found = _mentions.Find(text, timed.Tokens, timed.Blocked, when, context);
        return new SentenceView(text, sentence, timed, found, _options);
    }

    // The lexicon's phrases, and beside them the governing frames and passive phrases the lexicon's word order misses.
    private List<Trigger> FindPhrases(SentenceView view)
    {
        var triggers = _triggers.Find(view);
        // "Poroshenko, who ordered his forces to hold fire, urged Moscow…": a body's act after a government names no act at all,
        // and must not govern the verbs after it.
        if (_options.Runs(ExtractionGuards.SubjectKinds) && triggers.Exists(t => t.Entry.RequiresBodySubject))
        {
            var actorBefore = ActorsBefore(view);
            triggers.RemoveAll(t => t.Entry.RequiresBodySubject && actorBefore[t.First] is { } before && !IsBodyOrCourt(before));
        }

        // "ordered the French ambassador to leave the country", "370,000 Afghans have left": a row said of soldiers only must not
        // take the verb from the rows and stages that read it when the party before it is people of another role than a state's
        // armed forces (a state or place before it, "guarded the court for Sierra Leone, served in Chad", leaves the subject
        // to be found as before).
        if (_options.Runs(ExtractionGuards.SubjectKinds) && triggers.Exists(t => t.Entry.RequiresMilitarySubject))
        {
            var actorBefore = ActorsBefore(view);
            triggers.RemoveAll(t => t.Entry.RequiresMilitarySubject && actorBefore[t.First] is { Role: { } role } && role != ActorRole.Military);
        }

        var frames = GoverningFrames.Find(view, triggers, _lexicon);
        frames.AddRange(PassivePhraseFinder.Find(_lexicon, view, triggers));
        if (frames.Count > 0)
        {
            triggers.AddRange(frames);
            triggers.Sort((a, b) => a.First.CompareTo(b.First));
        }

        return triggers;
    }

    private static void Explain(SentenceView view, List<Trigger> triggers, List<IgnoredTimePhrase> ignoredTimes, List<string> explain)
    {
        var (text, tokens) = (view.Text, view.Tokens);
        explain.Add("sentence: " + text[view.Start..view.End]);
        explain.AddRange(view.Times.Select(x => $"  time [{text[x.Start..x.End]}] = {string.Join(", ", x.Values)}"));
        explain.AddRange(ignoredTimes.Select(x => $"  time [{text[x.Start..x.End]}] ignored: {x.Reason}"));
        explain.AddRange(view.Found.Select(m => $"  actor [{text[tokens[m.First].Start..tokens[m.Last].End]}] = {string.Join("+", m.Codes)}{(m.Role is { } r ? "/" + r.ToName() : "")} {m.Kind}{(m.IsPlace ? " place" : "")}{(m.IsPossessive ? " possessive" : "")}{(m.IsWeak ? " weak" : "")}"));
        explain.AddRange(triggers.Select(x => $"  phrase [{text[tokens[x.First].Start..tokens[x.End - 1].End]}] = {x.Entry.Id} {x.Entry.Cameo}{(x.Passive ? " passive" : "")}"));
    }
}
