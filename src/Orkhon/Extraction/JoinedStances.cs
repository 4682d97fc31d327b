using Orkhon.Domain;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// A stance told only by reference to the one just told: "The United States accused China of hacking. The EU, Britain and
/// NATO joined in the condemnation", "South Korea joined calls for its release", "joined the chorus of criticism". The joiners
/// take the last criticism (root 11, coded as a criticism, 111) or the last appeal or demand (roots 02 and 10, with its own
/// code) told in this sentence or the few before, aimed where it was aimed. Nothing is added when no such act was coded, when
/// the phrase is not told as done ("is expected to join the criticism", "did not join calls"), or when no actor is its subject.
/// </summary>
internal static class JoinedStances
{
    private static readonly WordBits s_joinedBits = WordBits.Of("joined", "joins");

    /// <summary>The events the sentence's joined stances add, beside the sentence's own <paramref name="events"/>.</summary>
    public static List<EventMention> Find(SentenceView view, List<EventMention> events, MentionContext context)
    {
        // Most sentences hold no "joined" and are not scanned.
        if (!view.MayHoldAny(s_joinedBits))
        {
            return [];
        }

        var added = new List<EventMention>();
        var tokens = view.Tokens;
        for (var k = 1; k < tokens.Count; k++)
        {
            var (noun, criticism) = StanceNoun(view, k);
            if (noun < 0 || Joiners(view, k) is not { Count: > 0 } joiners)
            {
                continue;
            }

            var acts = LastStance(view, k, events, context, criticism ? IsCriticism : IsAppeal);
            foreach (var joiner in joiners)
            {
                foreach (var act in acts)
                {
                    if (Joined(view, act, joiner, criticism, k, noun) is { } joined && !Known(events, added, joined))
                    {
                        added.Add(joined);
                    }
                }
            }
        }

        return added;
    }

    // How far back a joined stance looks: past one sentence of detail on the first critic ("… said the tests threatened the
    // region. Japan joined in the condemnation").
    private const int JoinedStanceSentences = 2;

    // How many words may stand between "joined (in)" and its stance noun ("the growing chorus of criticism": 4).
    private const int StanceNounReach = 4;

    // The index of the stance noun after a "joined" or "joins" at k ("joined in the condemnation", "joined calls for"), and
    // whether it is a criticism (else an appeal or demand); -1 when none follows within reach, before any actor, time or comma.
    private static (int Noun, bool Criticism) StanceNoun(SentenceView view, int k)
    {
        if (view.Word(k) is not ("joined" or "joins"))
        {
            return (-1, false);
        }

        var count = view.Tokens.Count;
        var j = k + 1;
        if (j < count && view.Word(j) is "in")
        {
            j++;
        }

        for (var reach = j + StanceNounReach; j < count && j < reach && view.MentionAt[j] < 0 && view.TimeAt[j] < 0 && view.Tokens[j].Kind == TokenKind.Word; j++)
        {
            var w = view.Word(j);
            if (s_joinedCriticism.Contains(w))
            {
                return (j, true);
            }

            if (s_joinedAppeal.Contains(w))
            {
                return (j, false);
            }
        }

        return (-1, false);
    }

    // The actors that are the subject of the verb at k, in text order: a mention or a list of them ("The EU, Britain and NATO")
    // right before it, with only "has", "have", "had" or an adverb between ("has also joined"). The subject opens the sentence or
    // a clause of its own: after "if", "unless", a modal or "to" the phrase tells no act.
    private static List<ActorMention>? Joiners(SentenceView view, int k)
    {
        var j = k - 1;
        while (j >= 0 && view.MentionAt[j] < 0 && view.Tokens[j].Kind == TokenKind.Word && view.Word(j) is var w
            && (s_joinerAuxiliaries.Contains(w) || PhraseGrammar.IsLyAdverb(w) || s_adverbs.Contains(w)))
        {
            j--;
        }

        var joiners = new List<ActorMention>();
        while (j >= 0)
        {
            if (view.MentionOf(j) is { } m)
            {
                if (!m.IsPlace && !m.IsWeak && !m.IsPossessive)
                {
                    joiners.Insert(0, m);
                }

                j = m.First - 1;
                continue;
            }

            // "Poland and the Czech Republic": a list's joints, and the article a name may take.
            if ((joiners.Count > 0 && view.Word(j) is "and" or ",") || view.Word(j) is "the" or "The")
            {
                j--;
                continue;
            }

            break;
        }

        // What stands before the subject: the sentence's start, a time phrase, a clause break, "and", "but", or "that" after a
        // reporting verb.
        var opens = j < 0 || view.TimeAt[j] >= 0 || s_joinerOpenings.Contains(view.Word(j));
        return opens && joiners.Count > 0 ? joiners : null;
    }

    // The events of the last stance of the kind sought: told earlier in this sentence, else in one of the few sentences before
    // it. One stance is one phrase: every event its phrase coded (each party it was aimed at).
    private static List<EventMention> LastStance(SentenceView view, int k, List<EventMention> events, MentionContext context, Func<CameoCode, bool> kind)
    {
        var before = view.Tokens[k].Start;
        var last = events.FindLast(e => e.PhraseEnd <= before && kind(e.Cameo));
        IReadOnlyList<EventMention> from = events;
        var earlier = context.EarlierEvents;
        for (var s = earlier.Count - 1; last is null && s >= Math.Max(0, earlier.Count - JoinedStanceSentences); s--)
        {
            from = earlier[s];
            last = from.LastOrDefault(e => kind(e.Cameo));
        }

        return last is null ? [] : from.Where(e => e.PhraseStart == last.PhraseStart && e.SentenceStart == last.SentenceStart && e.Source.Code == last.Source.Code
            && e.Cameo.SameRootAs(last.Cameo)).ToList();
    }

    private static bool IsCriticism(CameoCode cameo) => cameo.RootNumber == 11;

    private static bool IsAppeal(CameoCode cameo) => cameo.RootNumber is 2 or 10;

    // The stance taken by the joiner, aimed where the first one was; null when the joiner took it first or was its target.
    private static EventMention? Joined(SentenceView view, EventMention act, ActorMention joiner, bool criticism, int verb, int noun)
    {
        var code = joiner.Code;
        if (code == act.Source.Code || code == act.Target.Code)
        {
            return null;
        }

        var tokens = view.Tokens;
        return act with
        {
            // "joined in the condemnation" of an accusation of espionage condemns; it does not repeat the charge.
            Cameo = criticism ? s_criticise : act.Cameo,
            Source = new ActorRef(code, joiner.Role),
            Date = OwnDate(view) ?? act.Date,
            SentenceStart = view.Start,
            SentenceEnd = view.End,
            Sentence = view.SentenceText,
            PhraseStart = tokens[verb].Start,
            PhraseEnd = tokens[noun].End,
            Confidence = act.Confidence - view.Options.IndirectPenalty,
            Location = null,
        };
    }

    // The sentence's first time phrase: "joined the criticism on Tuesday" is dated by it, an undated one by the stance it joins.
    private static FuzzyDate? OwnDate(SentenceView view)
    {
        for (var k = 0; k < view.Tokens.Count; k++)
        {
            if (view.TimeAt[k] >= 0)
            {
                return view.Times[view.TimeAt[k]].Value;
            }
        }

        return null;
    }

    // Whether the sentence already tells the same stance by the same parties (a phrase of its own coded it).
    private static bool Known(List<EventMention> events, List<EventMention> added, EventMention joined)
    {
        bool Same(EventMention e) => e.Source.Code == joined.Source.Code && e.Target.Code == joined.Target.Code && e.Cameo.SameRootAs(joined.Cameo);
        return events.Exists(Same) || added.Exists(Same);
    }

    private static readonly CameoCode s_criticise = CameoCode.Parse("111");
    private static readonly WordSet s_joinedCriticism = PhraseGrammar.Words.Lookup("joined-criticism");
    private static readonly WordSet s_joinedAppeal = PhraseGrammar.Words.Lookup("joined-appeal");
    private static readonly WordSet s_adverbs = PhraseGrammar.Words.Lookup("phrase-adverb");
    private static readonly WordSet s_joinerAuxiliaries = PhraseGrammar.Words.Lookup("joiner-auxiliary");
    private static readonly WordSet s_joinerOpenings = PhraseGrammar.Words.Lookup("joiner-opening");
}
