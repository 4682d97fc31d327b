using Orkhon.Domain;
using Orkhon.Extraction;
using Orkhon.Text;

namespace Orkhon.Extraction.Mentions;

/// <summary>
/// What a document has said so far that later sentences lean on: acronyms it defined ("(SCO)"), the
/// actors and people it mentioned most recently (for "the two countries", "he"), and the date of the
/// last event (for "the next day").
/// </summary>
public sealed class MentionContext
{
    private readonly List<ActorMention> _recent = [];

    private readonly Dictionary<string, string> _acronyms = new(StringComparer.Ordinal);

    // Every prefix of every acronym learned, up to IndexedAcronymPrefix characters: a phrase read from a word can spell an
    // acronym only if the word begins one.
    private readonly HashSet<string> _acronymPrefixes = new(StringComparer.Ordinal);

    // How long a prefix of an acronym is indexed. Indexing every prefix costs the square of the acronym's length, and a token of
    // capitals may run to a sentence's length in hostile text; a longer word is tested by its first characters, which may let a
    // word through that starts no acronym, never the reverse, so the look-ups the gate spares stay exact.
    private const int IndexedAcronymPrefix = 12;

    /// <summary>The acronyms the document has defined ("(SCO)"), with the code of the actor each names.</summary>
    public IReadOnlyDictionary<string, string> Acronyms => _acronyms;

    /// <summary>Learns that <paramref name="acronym"/> names the actor <paramref name="code"/> for the rest of the document.</summary>
    public void LearnAcronym(string acronym, string code)
    {
        ArgumentNullException.ThrowIfNull(acronym);
        if (!_acronyms.TryAdd(acronym, code))
        {
            // Learned before (its prefixes are in): only the actor it names may change.
            _acronyms[acronym] = code;
            return;
        }

        for (var n = 1; n <= Math.Min(acronym.Length, IndexedAcronymPrefix); n++)
        {
            _acronymPrefixes.Add(acronym[..n]);
        }
    }

    /// <summary>
    /// Whether some acronym learned may start with <paramref name="word"/>. A phrase joined from a word on starts with that word, so
    /// when none does no phrase from it is an acronym: most capitalised words of a document need no acronym look-up at all. Exact
    /// for a word of up to twelve characters; a longer one is let through when its first twelve start an acronym.
    /// </summary>
    public bool MayStartAcronym(ReadOnlySpan<char> word) =>
        _acronymPrefixes.Count > 0 && (ReadsEveryWordForAcronyms
            || _acronymPrefixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word[..Math.Min(word.Length, IndexedAcronymPrefix)]));

    // Set by MentionFinder.Find when called ungated: every capitalised word is then tried as an acronym's start, so that a test
    // can show the prefix test changes nothing.
    internal bool ReadsEveryWordForAcronyms { get; set; }

    /// <summary>Where the mention readers join tokens for look-ups: one for the document, whose sentences are read one at a time.</summary>
    internal PhraseBuffer Buffer { get; } = new();

    /// <summary>Looks an acronym up without allocating a string.</summary>
    public bool TryAcronym(ReadOnlySpan<char> name, out string code)
    {
        code = "";
        return _acronyms.Count > 0 && _acronyms.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out code!);
    }

    public IReadOnlyList<ActorMention> Recent => _recent;

    /// <summary>
    /// The state of the city the document was filed from ("ULAANBAATAR, Sept 3 (Reuters) -"), when its dateline names a capital
    /// or a city: "arrived in the capital" later is there.
    /// </summary>
    public string? DatelineState { get; set; }

    /// <summary>The people named so far, by each word of their name ("Kim" after "Kim Jong Un").</summary>
    public NamesInDocument Names { get; } = new();

    /// <summary>The last event coded in the document ("He was followed by X" repeats it with another actor).</summary>
    public EventMention? LastEvent { get; set; }

    /// <summary>
    /// The state a natural disaster struck, as a sentence within the last few told it (<see cref="StrickenStates"/>): the recipient
    /// of aid pledged with none named. Null when no such sentence is recent or the last one named several states.
    /// </summary>
    public string? StrickenState { get; private set; }

    private int _strickenAge;

    /// <summary>Notes the state a sentence says a disaster struck; null ages the last one, forgotten after <paramref name="sentences"/> sentences.</summary>
    public void NoteStrickenState(string? state, int sentences)
    {
        if (state is not null)
        {
            (StrickenState, _strickenAge) = (state, 0);
        }
        else if (StrickenState is not null && ++_strickenAge > sentences)
        {
            StrickenState = null;
        }
    }

    /// <summary>Forgets the stricken state: a sentence named a disaster and several states.</summary>
    public void ForgetStrickenState() => StrickenState = null;

    /// <summary>
    /// The events coded in the last few sentences, one list per sentence (empty lists for sentences that coded none), the
    /// latest last: a reaction to "the verdict" two sentences later answers the court that gave it (see <c>ActAuthors</c>).
    /// </summary>
    public IReadOnlyList<IReadOnlyList<EventMention>> EarlierEvents => _earlierEvents;

    private readonly List<IReadOnlyList<EventMention>> _earlierEvents = [];

    /// <summary>
    /// Remembers a sentence's events for <see cref="EarlierEvents"/>, and the acts it told with no target
    /// (<see cref="CurrentUntargetedActs"/>) for <see cref="EarlierUntargetedActs"/>, keeping the last <paramref name="sentences"/> sentences.
    /// </summary>
    public void NoteEvents(IReadOnlyList<EventMention> events, int sentences)
    {
        ArgumentNullException.ThrowIfNull(events);
        _earlierEvents.Add(events);
        _earlierUntargeted.Add(_currentUntargeted.Count == 0 ? [] : [.. _currentUntargeted]);
        _currentUntargeted.Clear();
        _earlierToldVerbs.Add(_currentToldVerbs);
        _currentToldVerbs = [];
        if (_earlierEvents.Count > sentences)
        {
            _earlierEvents.RemoveRange(0, _earlierEvents.Count - sentences);
            _earlierUntargeted.RemoveRange(0, _earlierUntargeted.Count - sentences);
            _earlierToldVerbs.RemoveRange(0, _earlierToldVerbs.Count - sentences);
        }
    }

    /// <summary>
    /// Forgets the acts and the actors a new story cannot lean on: a sentence that opens with its own dateline ("MOSCOW, Dec 5
    /// (Reuters) -") starts another story, whose reactions, "the two sides" and "the country" stand for nothing the story before
    /// told. The people's names, acronyms and dates are kept: they are the document's, and other stages weigh them.
    /// </summary>
    public void ForgetEarlierActs()
    {
        _recent.Clear();
        _earlierEvents.Clear();
        _earlierUntargeted.Clear();
        _currentUntargeted.Clear();
        _earlierToldVerbs.Clear();
        _currentToldVerbs = [];
        LastEvent = null;
        LastJointParties = [];
        StrickenState = null;
        PreviousSentence = [];
        PreviousSpeaker = null;
    }

    /// <summary>
    /// The acts the sentence being read told with an author but no party they were aimed at ("North Korea blew up the liaison
    /// office", "the Houthis seized a cargo ship"): they code nothing, but a later "condemned the demolition" answers their author.
    /// </summary>
    public IReadOnlyList<UntargetedAct> CurrentUntargetedActs => _currentUntargeted;

    private readonly List<UntargetedAct> _currentUntargeted = [];

    /// <summary>The acts with no target of the last few sentences, one list per sentence, aligned with <see cref="EarlierEvents"/>.</summary>
    public IReadOnlyList<IReadOnlyList<UntargetedAct>> EarlierUntargetedActs => _earlierUntargeted;

    private readonly List<IReadOnlyList<UntargetedAct>> _earlierUntargeted = [];

    /// <summary>Notes an act of the sentence being read that has an author but no target (see <see cref="CurrentUntargetedActs"/>).</summary>
    public void NoteUntargetedAct(UntargetedAct act) => _currentUntargeted.Add(act);

    /// <summary>
    /// The verbs of acts told in the last few sentences with the party before them, coded or not, one list per sentence,
    /// aligned with <see cref="EarlierEvents"/> (see <c>DerivedActNouns</c>).
    /// </summary>
    public IReadOnlyList<IReadOnlyList<ToldVerb>> EarlierToldVerbs => _earlierToldVerbs;

    private readonly List<IReadOnlyList<ToldVerb>> _earlierToldVerbs = [];

    private IReadOnlyList<ToldVerb> _currentToldVerbs = [];

    /// <summary>Notes the verbs of acts the sentence being read told (see <see cref="EarlierToldVerbs"/>).</summary>
    public void NoteToldVerbs(IReadOnlyList<ToldVerb> verbs) => _currentToldVerbs = verbs;

    /// <summary>
    /// The date an undated sentence takes: the last sentence's own date, carried through any number of sentences that
    /// give none (see <c>DateAttacher.SentenceDate</c>).
    /// </summary>
    public FuzzyDate? CarriedDate { get; set; }

    /// <summary>
    /// Whether the sentence just read was a dated flashback ("Thailand had recalled its ambassador on Wednesday."): the next
    /// undated sentence told in the simple past returns to the story's day (see <c>DateAttacher.Resumed</c>).
    /// </summary>
    public bool AfterFlashback { get; set; }

    /// <summary>
    /// The last date the sentences read so far wrote, whatever act it dated: what "a year later" or "the following month"
    /// in a later sentence counts from (see <c>TemporalTagger.Anaphoric</c>). Unlike <see cref="CarriedDate"/> it moves to a
    /// background year ("signed in 2019.") too.
    /// </summary>
    public FuzzyDate? LastToldDate { get; set; }

    /// <summary>
    /// The month of a past year the story is being told in, set by a sentence that opens with it ("By mid-November 2021, …"):
    /// the year a later bare "On November 16" takes (see <c>NarrativeFrame</c>). Null when the story is told from the
    /// publication day.
    /// </summary>
    public FuzzyDate? NarrativeFrame { get; set; }

    /// <summary>
    /// The month of the last date written with its year anywhere in the sentences read so far ("when Iraq invaded Kuwait on 2
    /// August 1990"): a later bare day or month of that same month takes its year (see <c>NarrativeFrame.WrittenMonthAfter</c>).
    /// </summary>
    public FuzzyDate? WrittenMonth { get; set; }

    /// <summary>
    /// The days of the gathering the document told the end and length of ("the two-day summit closed on Saturday"): a later
    /// "attended the summit" or "took part in the meeting" with no time of its own spans them (see <c>GatheringSpans</c>).
    /// </summary>
    public FuzzyDate? GatheringSpan { get; set; }

    /// <summary>
    /// The restating clauses of the sentence just read ("The killings, on Nov. 28 and 29, …"), whose times move the dates of
    /// the acts told before (see <c>Time/RestatedActs</c>); the document's pipeline takes them after each sentence.
    /// </summary>
    internal List<Time.RestatedActs.Restatement> Restatements { get; } = [];

    /// <summary>The stay lengths and arrival days the document told, which date its visits once all is read (see <c>Time/DocumentStays</c>).</summary>
    internal Time.DocumentStays Stays { get; } = new();

    /// <summary>The (sentence start, phrase start) of the events whose date is not a time phrase of their own but borrowed.</summary>
    internal HashSet<(int, int)> BorrowedDates { get; } = [];

    /// <summary>The date of the first dated sentence: the day the story tells of, to which an undated statement after a flashback returns.</summary>
    public FuzzyDate? StoryDate { get; set; }

    /// <summary>
    /// Whether the sentence just read gave the word to analysts or commentators ("Analysts in Seoul say …"), or was told by
    /// them in turn: a next sentence closed by ", they said" is still their speculation (see <c>SpeculatorSpeech</c>).
    /// </summary>
    public bool SpeculationOpen { get; set; }

    /// <summary>
    /// The organisation whose summit or meeting the document named last ("the SCO summit opened in Astana"): "took part in
    /// the summit", "who attended the meeting" in a later sentence attend that one (see <c>CrossSentenceLinks.Gathering</c>).
    /// </summary>
    public string? LastGathering { get; set; }

    /// <summary>
    /// The parties of the document's last event when it was a joint act of several of them (an agreement, an exercise, a
    /// meeting), in text order; empty once another act is told. "The drills…" or "the arrangement" later stands for it.
    /// </summary>
    public IReadOnlyList<ActorRef> LastJointParties { get; set; } = [];

    /// <summary>
    /// The actors of the sentence remembered last, in text order (no weak ones): a sentence that names one actor finds the
    /// other party there, and "he" or "it" opening a sentence is most often its subject or its speaker.
    /// </summary>
    public IReadOnlyList<ActorMention> PreviousSentence { get; private set; } = [];

    /// <summary>Who the sentence remembered last reported ("…, Moscow said on Sunday"), when one actor did.</summary>
    public ActorMention? PreviousSpeaker { get; private set; }

    /// <summary>The speaker of the sentence being read, set by <see cref="MentionFinder"/>; it becomes <see cref="PreviousSpeaker"/>.</summary>
    internal ActorMention? CurrentSpeaker { get; set; }

    /// <summary>
    /// Whether the sentence being read opens with a person out of office ("Obama met President Kenyatta…" after "Former U.S.
    /// President Barack Obama"), set by <see cref="MentionFinder"/>; a "he" opening the next sentence is that person, no actor.
    /// </summary>
    internal bool CurrentSubjectOutOfOffice { get; set; }

    private bool _previousSubjectOutOfOffice;

    public void Remember(IEnumerable<ActorMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        // A loop, not Where(…).ToList(): this runs at every sentence.
        var sentence = new List<ActorMention>();
        foreach (var m in mentions)
        {
            if (!m.IsWeak)
            {
                sentence.Add(m);
            }
        }

        PreviousSentence = sentence;
        PreviousSpeaker = CurrentSpeaker;
        CurrentSpeaker = null;
        _previousSubjectOutOfOffice = CurrentSubjectOutOfOffice;
        CurrentSubjectOutOfOffice = false;
        foreach (var m in sentence)
        {
            // Places count too: "Khurelsukh arrived in Bishkek… The two presidents" are Mongolia's and Kyrgyzstan's.
            if (m.Kind != MentionKind.Coreference && !m.IsWeak)
            {
                _recent.Add(m);
            }
        }

        // Only the last few sentences matter for coreference.
        if (_recent.Count > 24)
        {
            _recent.RemoveRange(0, _recent.Count - 24);
        }
    }

    /// <summary>
    /// The last two different states or organisations mentioned (for "the two countries", "both sides"); for two
    /// <paramref name="people"/> ("the two leaders") the last two named by an individual, when there are two. With a
    /// <paramref name="count"/> of three or four, as many ("the three leaders" after a three-way meeting). With
    /// <paramref name="onlyPeople"/> ("the two men") only as many people named, or none: no state stands in for a missing one.
    /// </summary>
    public IReadOnlyList<string> LastPair(IReadOnlyList<ActorMention> current, bool people = false, int count = 2, IReadOnlySet<string>? exclude = null, bool onlyPeople = false)
    {
        var all = _recent.Concat(current).Where(m => m.Kind != MentionKind.Coreference && !m.IsWeak && !(exclude?.Contains(m.Code) ?? false)).ToList();
        var picked = new List<string>();
        if (people)
        {
            // "Yoon arrived in Tokyo… Kishida welcomed him… its complaint at the WTO. The two leaders": Yoon's and Kishida's states.
            for (var k = all.Count - 1; k >= 0 && picked.Count < count; k--)
            {
                if (IsIndividual(all[k]) && !picked.Contains(all[k].Code))
                {
                    picked.Add(all[k].Code);
                }
            }

            // "Macron, Scholz and Tusk spoke on Sunday. … The leaders of Japan, South Korea and the United States met … The three
            // leaders signed": the people are only the parties when no later group of as many states was named after them.
            if (picked.Count == count && !LaterStatesThan(all, picked, count))
            {
                return picked.OrderBy(code => all.FindIndex(m => m.Code == code)).ToList();
            }

            if (onlyPeople)
            {
                return [];
            }

            // "Xi will pay a state visit to Russia … talks between Moscow and Kyiv. The Kremlin said the two leaders would…": with
            // one leader named, the other is the last state (not a place) named besides his: one of "the two leaders" is a person
            // told of, the other the state that spoke or was visited last.
            if (count == 2 && picked.Count == 1 && all.FindLast(m => !m.IsPlace && m.Kind != MentionKind.Place && m.Code != picked[0]) is { } other)
            {
                picked.Add(other.Code);
                return picked.OrderBy(code => all.FindIndex(m => m.Code == code)).ToList();
            }

            picked.Clear();
        }

        // A place (a province, a city, a capital where something happened) is a party only when the parties named are too
        // few: after "talks in Geneva" or "talks in Brussels" the two sides are still the two states, but after "Xi arrived
        // in Samarkand" one of them is Uzbekistan.
        foreach (var places in (bool[])[false, true])
        {
            for (var k = all.Count - 1; k >= 0 && picked.Count < count; k--)
            {
                if ((all[k].Kind == MentionKind.Place || all[k].IsPlace) == places && !picked.Contains(all[k].Code))
                {
                    picked.Add(all[k].Code);
                }
            }
        }

        // In the order the text first named them: "Japan and Mongolia … in Tokyo. Both sides" is Japan, then Mongolia.
        return picked.OrderBy(code => all.FindIndex(m => m.Code == code)).ToList();
    }

    // Whether `count` different states or bodies, none of them a picked person's, were named after the earliest of the people
    // picked (places aside): a later group of as many parties as the people, which "the three leaders" then means.
    private static bool LaterStatesThan(List<ActorMention> all, List<string> people, int count)
    {
        var oldestPerson = people.Min(code => all.FindLastIndex(m => m.Code == code && IsIndividual(m)));
        var states = new List<string>();
        for (var k = all.Count - 1; k > oldestPerson && states.Count < count; k--)
        {
            if (!IsIndividual(all[k]) && all[k].Kind != MentionKind.Place && !all[k].IsPlace && !states.Contains(all[k].Code))
            {
                states.Add(all[k].Code);
            }
        }

        return states.Count == count && !states.Any(people.Contains);
    }

    /// <summary>The last person mentioned (for "he", "she", "his").</summary>
    public ActorMention? LastPerson(IReadOnlyList<ActorMention> current) =>
        current.LastOrDefault(IsIndividual) ?? _recent.LastOrDefault(IsIndividual);

    /// <summary>
    /// The person a pronoun in subject position stands for: the last one named earlier in its sentence, else the previous
    /// sentence's first (its subject: "Tokayev met Xi in Astana. He later said…" is Tokayev), else the last one named.
    /// A previous subject named by an office alone or by a pronoun ("The vice president also watched…. He flew on to Japan")
    /// counts: the chain goes on through it, not back to the last full name.
    /// A previous sentence opened by a person out of office ("Obama met President Kenyatta. He flies on to …") leaves no one:
    /// the pronoun is that person, who acts for no state, not the other person that sentence named.
    /// </summary>
    public ActorMention? SubjectPerson(IReadOnlyList<ActorMention> current) =>
        current.LastOrDefault(IsIndividual)
        ?? (_previousSubjectOutOfOffice ? null : PreviousSentence.FirstOrDefault(m => IsIndividual(m) || IsPersonAnaphor(m)) ?? _recent.LastOrDefault(IsIndividual));

    /// <summary>
    /// The last group of parties the previous sentence named as one ("the two leaders", "both countries"), for a sentence
    /// opening with "They"; none when it named no such group.
    /// </summary>
    public ActorMention? PreviousGroup() =>
        PreviousSentence.LastOrDefault(m => m.Codes.Count >= 2 && !m.IsCollective && !m.IsPlace && !m.IsWeak && !m.IsPossessive
            && m.Kind == MentionKind.Coreference);

    // "the vice president", "the minister", "he": a coreference to one person, not a possessive nor a group.
    private static bool IsPersonAnaphor(ActorMention m) =>
        m.Kind == MentionKind.Coreference && m.Codes.Count == 1 && !m.IsPossessive && !m.IsPlace && !m.IsWeak
            && (m.PersonName is not null || IsPersonTitle(m.Title));

    /// <summary>
    /// The individual an office named alone stands for ("the minister", "the president"): the last one named whose title ends
    /// in the same words ("Foreign Minister Wang Yi" for "the minister") or, for people the table resolved, who holds that role.
    /// </summary>
    public ActorMention? LastHolder(IReadOnlyList<ActorMention> current, string title, ActorRole role)
    {
        // "the minister" is the foreign minister named before, "the prime minister" is not.
        bool Holds(ActorMention m) => m.Kind != MentionKind.Coreference && !m.IsPlace && !m.IsWeak
            && (m.Title is { } t
                ? t.Equals(title, StringComparison.OrdinalIgnoreCase) || t.EndsWith(" " + title, StringComparison.OrdinalIgnoreCase)
                : m.Role == role && m.Kind == MentionKind.Person);
        return current.LastOrDefault(Holds) ?? _recent.LastOrDefault(Holds);
    }

    /// <summary>The last person named before the current sentence (for "him", which is not the sentence's own subject).</summary>
    public ActorMention? EarlierPerson() => _recent.LastOrDefault(IsIndividual);

    // A named person, or one office-holder ("Kazakhstan's foreign minister", "Italy's defence minister", "the Turkish envoy").
    internal static bool IsIndividual(ActorMention m) =>
        m.Kind == MentionKind.Person || (m.Kind is MentionKind.Name or MentionKind.Adjective && !m.IsPlace && !m.IsWeak
            && (m.Role is ActorRole.HeadOfState or ActorRole.HeadOfGovernment or ActorRole.ForeignMinistry && m.Title is null || IsPersonTitle(m.Title)));

    // "minister", "defence minister", "envoy": an office one person holds, from data/lexicon/mention-words.tsv.
    internal static bool IsPersonTitle(string? title) =>
        title is not null && s_personTitles.Contains(title.AsSpan(title.LastIndexOf(' ') + 1));

    private static readonly WordSet s_personTitles = MentionFinder.Words.Lookup("person-title");

    /// <summary>
    /// The state an "it" opening a sentence stands for: the previous sentence's speaker ("…, Moscow said on Sunday. It
    /// vowed to retaliate."), else its first state or organisation (its subject).
    /// </summary>
    public ActorMention? SubjectState() =>
        PreviousSpeaker ?? PreviousSentence.FirstOrDefault(m => m.Kind is MentionKind.Name or MentionKind.Capital && !m.IsPlace);

    /// <summary>The last state mentioned (for "the country").</summary>
    public ActorMention? LastActor(IReadOnlyList<ActorMention> current) => LastActor(current, static _ => true);

    /// <summary>As <see cref="LastActor(IReadOnlyList{ActorMention})"/>, among the mentions <paramref name="accept"/> takes ("the country": a state).</summary>
    public ActorMention? LastActor(IReadOnlyList<ActorMention> current, Func<ActorMention, bool> accept) =>
        current.LastOrDefault(m => m.Kind != MentionKind.Coreference && !m.IsPlace && !m.IsWeak && accept(m)) ?? _recent.LastOrDefault(m => !m.IsPlace && accept(m));
}
