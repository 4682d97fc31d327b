using Orkhon.Domain;
using Orkhon.Text;
using Orkhon.Extraction.Mentions;

namespace Orkhon.Extraction;

/// <summary>
/// "Qatar's foreign ministry said the measures were unjustified", "Moscow said Tokyo's decision was illegal", "the minister told
/// him the seizure was unacceptable": a speaker who says a deed was wrong criticises (111) whoever did it. The deed is the
/// reported clause's subject, right after the verb of saying (its "that", a time phrase or the addressee of "told" between): an
/// act noun owned by a party ("Tokyo's decision", "the Japanese move"), or a definite act noun with no party of its own whose
/// doer is found as for a reaction with that object (<see cref="ActAuthors"/>): the author of the last act of its kind, and for
/// a decision, move or measure every party whose deed against the speaker the nearest such sentence told ("Four states cut ties
/// with Qatar. … Qatar said the measures were unjustified"). A copula and a verdict word follow the noun within a few words
/// (phrase-words class <c>verdict-adjective</c>: "unacceptable", "illegal", "unjustified"), or a noun phrase that names it a wrong
/// ("was a serious blow to relations", "were a clear violation of trade rules": classes <c>verdict-noun</c>, <c>wrong-noun</c>,
/// or a verdict adjective inside it), or a finite linking verb and such a noun phrase ("the sanctions amounted to economic war",
/// class <c>verdict-link</c>), with no negation between. Nothing for
/// a hypothetical ("said any strike would be unacceptable": no deed named), for the speaker's own deed, or when the sentence
/// already codes that criticism.
/// </summary>
internal static class ReportedVerdicts
{
    private static readonly CameoCode s_criticise = CameoCode.Parse("111");

    private static readonly WordSet s_verdicts = PhraseGrammar.Words.Lookup("verdict-adjective");
    private static readonly WordSet s_copulas = PhraseGrammar.Words.Lookup("blame-copula");
    private static readonly WordSet s_negations = PhraseGrammar.Words.Lookup("blame-negation");
    private static readonly WordSet s_fillers = PhraseGrammar.Words.Lookup("report-filler");
    private static readonly WordSet s_verdictNouns = PhraseGrammar.Words.Lookup("verdict-noun");
    private static readonly WordSet s_wrongNouns = PhraseGrammar.Words.Lookup("wrong-noun");
    private static readonly WordSet s_verdictLinks = PhraseGrammar.Words.Lookup("verdict-link");

    // Words between the act noun and its copula ("the measures taken were": 1) and between the copula and the verdict ("were
    // wholly 'unjustified'": an adverb and a quote mark).
    private const int NounToCopula = 2;
    private const int CopulaToVerdict = 3;

    // Words of the noun phrase after the copula's article, up to its verdict ("an extremely dangerous act", "a serious blow").
    private const int NounVerdictReach = 4;

    // Words after a linking verb up to its verdict ("amounted to the beginning of an invasion").
    private const int LinkedVerdictReach = 6;

    /// <summary>The criticisms the sentence reports this way, after its own events were coded.</summary>
    public static List<EventMention> Find(SentenceView view, List<EventMention> events, MentionContext context, FuzzyDate? sentenceDate)
    {
        // Every event this stage makes has a speaker mention of the sentence: a sentence with none (most) is not scanned.
        if (view.Found.Count == 0)
        {
            return [];
        }

        // The first verb of saying opens the clause read; a later one whose clause opens with "it" may judge the deed a
        // criticism before it judged ("…, and the State Department said it was unacceptable").
        var first = ReportingSpeakers.First(view, view.Tokens.Count);
        var open = first is var (firstVerb, _) ? ClauseOpening(view, firstVerb) : view.Tokens.Count;
        var read = first is var (_, firstSpeaker) && open < view.Tokens.Count ? Deed(view, open, firstSpeaker.Code, events, context) : null;
        var speaker = first?.Speaker;
        if (read is null && SpeakerOfIt(view, events) is var (itVerb, itSpeaker))
        {
            (open, speaker) = (ClauseOpening(view, itVerb), itSpeaker);
            read = JudgedBefore(view, open, itVerb, itSpeaker.Code, events);
        }

        if (speaker is null || read is not var (noun, doers) || Verdict(view, noun) is not { } verdict)
        {
            return [];
        }

        var result = new List<EventMention>();
        foreach (var doer in doers)
        {
            if (doer.Code == speaker.Code || result.Exists(e => e.Target.Code == doer.Code)
                || events.Exists(e => e.Cameo.RootNumber == 11 && e.Source.Code == speaker.Code && e.Target.Code == doer.Code))
            {
                continue;
            }

            result.Add(new EventMention(new ActorRef(speaker.Code, speaker.Role), doer, s_criticise, sentenceDate ?? context.CarriedDate,
                view.Start, view.End, view.SentenceText, view.Tokens[open].Start, view.Tokens[verdict].End, "criticise-reported-verdict",
                view.Options.DirectConfidence - view.Options.IndirectPenalty, null));
        }

        return result;
    }

    // The first token of the reported clause: after the verb, its addressee ("told him", "told Zarif") and any fillers or time
    // words ("said that", "said on Tuesday").
    private static int ClauseOpening(SentenceView view, int verb)
    {
        var p = verb + 1;
        if (view.Word(verb) is "told" or "tells" or "tell" && p < view.Tokens.Count)
        {
            p = view.MentionAt[p] >= 0 ? view.Found[view.MentionAt[p]].Last + 1 : view.Word(p) is "him" or "her" or "them" or "reporters" ? p + 1 : p;
        }

        while (p < view.Tokens.Count && view.MentionAt[p] < 0 && (view.TimeAt[p] >= 0 || s_fillers.Contains(view.Word(p))))
        {
            p++;
        }

        return p;
    }

    // The last verb of saying whose clause opens with "it", after a criticism the sentence coded, with the state actor that
    // speaks it just before (a few words of its office between, as ReportingSpeakers reads them); null when none.
    private static (int Verb, ActorMention Speaker)? SpeakerOfIt(SentenceView view, List<EventMention> events)
    {
        if (!events.Exists(e => e.Cameo.RootNumber == 11 && e.SentenceStart == view.Start))
        {
            return null;
        }

        for (var r = view.Tokens.Count - 2; r > 0; r--)
        {
            if (view.Word(r) is not ("said" or "says") || view.MentionAt[r] >= 0 || ClauseOpening(view, r) is var open && (open >= view.Tokens.Count || view.Word(open) is not "it"))
            {
                continue;
            }

            var s = r - 1;
            while (s > 0 && r - s <= SpeakerReach && view.MentionAt[s] < 0 && view.Word(s) is not ("," or "." or ";" or ":" or "that" or "and"))
            {
                s--;
            }

            return view.MentionAt[s] >= 0 && view.Found[view.MentionAt[s]] is { IsPlace: false, IsWeak: false } speaker && speaker.Codes.Count == 1 ? (r, speaker) : null;
        }

        return null;
    }

    // Words between a speaker and its verb of saying ("the State Department's spokesman said").
    private const int SpeakerReach = 4;

    // "Berlin called the step a devastating message, and the State Department said it was unacceptable": a clause opened by
    // "it" judges the deed another speaker's criticism before the verb of saying judged in the same sentence, and is aimed where
    // that criticism was; null when the clause opens otherwise or no such criticism was coded.
    private static (int Noun, List<ActorRef> Doers)? JudgedBefore(SentenceView view, int open, int verb, string speaker, List<EventMention> events)
    {
        // "it" may have been read back as the speaker itself ("Jordan said it was …"): a verdict after it still judges a deed.
        if (view.Word(open) is not "it" || (view.MentionAt[open] >= 0 && view.Found[view.MentionAt[open]] is var it && (it.Kind != MentionKind.Coreference || it.Code != speaker)))
        {
            return null;
        }

        var doers = new List<ActorRef>();
        foreach (var e in events)
        {
            if (e.Cameo.RootNumber == 11 && e.SentenceStart == view.Start && e.PhraseStart < view.Tokens[verb].Start && e.Source.Code != speaker
                && e.Target.Code != speaker && !doers.Exists(d => d.Code == e.Target.Code))
            {
                doers.Add(e.Target);
            }
        }

        return doers.Count > 0 ? (open, doers) : null;
    }

    // The act noun the clause opens with and the parties who did it: an owner before it ("Tokyo's decision", "the Japanese
    // move"), else the doer of the act it names back; null when the clause opens with neither.
    private static (int Noun, List<ActorRef> Doers)? Deed(SentenceView view, int open, string speaker, List<EventMention> events, MentionContext context)
    {
        var k = PhraseGrammar.IsDefiniteDeterminer(view.Word(open)) && open + 1 < view.Tokens.Count && view.MentionAt[open + 1] >= 0 ? open + 1 : open;
        if (view.MentionAt[k] >= 0)
        {
            var owner = view.Found[view.MentionAt[k]];
            var noun = owner.Last + 1;
            if (owner.IsPlace || owner.Codes.Count != 1 || !(owner.IsPossessive || owner.Kind == MentionKind.Adjective))
            {
                return null;
            }

            // One plain modifier may stand between the owner and its noun ("Tokyo's latest decision").
            if (noun < view.Tokens.Count && !ActAuthors.IsActNoun(view.Word(noun)) && view.MentionAt[noun] < 0 && view.Tokens[noun].Kind == TokenKind.Word)
            {
                noun++;
            }

            return noun < view.Tokens.Count && view.MentionAt[noun] < 0 && ActAuthors.IsActNoun(view.Word(noun))
                ? (noun, [new ActorRef(owner.Code, owner.Role)])
                : null;
        }

        var named = ActAuthors.ActNounAfter(view, open);
        if (named < 0 || ActAuthors.NamesItsOwnParty(view, named))
        {
            return null;
        }

        var doers = ActAuthors.NamesDeed(view, open)
            ? ActAuthors.DeedDoers(events, context, speaker, view.Options.HostileActSentences)
            : ActAuthors.AuthorOf(view, named, speaker, events, context) is { } author ? [author] : [];
        return doers.Count > 0 ? (named, doers) : null;
    }

    // The verdict word after the noun: a copula within NounToCopula words, then the verdict within CopulaToVerdict, with no
    // negation, actor or clause break between; null when none.
    private static int? Verdict(SentenceView view, int noun)
    {
        var copula = -1;
        for (var j = noun + 1; j < Math.Min(view.Tokens.Count, noun + 2 + NounToCopula) && view.MentionAt[j] < 0 && view.Tokens[j].Kind == TokenKind.Word; j++)
        {
            if (s_copulas.Contains(view.Word(j)))
            {
                copula = j;
                break;
            }
        }

        // "the sanctions amounted to economic war", "the raid constituted an act of aggression": a verb that links the deed to a
        // noun that names it a wrong. Only its finite forms: "may amount to", "did not amount to" judge nothing.
        if (copula < 0)
        {
            return LinkedVerdict(view, noun);
        }

        // "would be unacceptable", "could be illegal": a deed judged only as it might be.
        if (view.Word(copula) is "be")
        {
            return null;
        }

        for (var j = copula + 1; j < Math.Min(view.Tokens.Count, copula + 1 + CopulaToVerdict) && view.MentionAt[j] < 0; j++)
        {
            var word = view.Word(j);
            if (s_negations.Contains(word))
            {
                return null;
            }

            if (s_verdicts.Contains(word))
            {
                return j;
            }

            // "was a serious blow to relations", "were a clear violation of trade rules": a noun that names the deed a wrong.
            if (word is "a" or "an")
            {
                return NounVerdict(view, j + 1);
            }

            if (view.Tokens[j].Kind != TokenKind.Word && !ActAuthors.IsQuoteMark(word))
            {
                return null;
            }
        }

        return null;
    }

    // The verdict after a linking verb right after the noun ("amounted to", "constitutes"), in the noun phrase that follows it.
    private static int? LinkedVerdict(SentenceView view, int noun)
    {
        var link = noun + 1;
        if (link + 1 >= view.Tokens.Count || !s_verdictLinks.Contains(view.Word(link)))
        {
            return null;
        }

        var from = view.Word(link + 1) is "to" ? link + 2 : link + 1;
        return NounVerdict(view, from, LinkedVerdictReach);
    }

    // The verdict inside the noun phrase an article opens: a wrong's noun ("violation", "provocation"), a verdict noun ("blow",
    // "affront") or a verdict adjective ("a dangerous act") within NounVerdictReach words, before any actor or clause break.
    private static int? NounVerdict(SentenceView view, int from, int reach = NounVerdictReach)
    {
        for (var j = from; j < Math.Min(view.Tokens.Count, from + reach) && view.MentionAt[j] < 0; j++)
        {
            var word = view.Word(j);
            if (s_verdicts.Contains(word) || s_verdictNouns.Contains(word) || s_wrongNouns.Contains(word))
            {
                return j;
            }

            if (view.Tokens[j].Kind != TokenKind.Word && !ActAuthors.IsQuoteMark(word) && word is not "-")
            {
                return null;
            }
        }

        return null;
    }
}
