using Orkhon.Domain;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// A sanction told as the noun an object relative clause describes: "would lift the export curbs it imposed on South Korea in
/// 2019", "the export controls on three materials … that it imposed on South Korea in July 2019", "the duties Beijing slapped on
/// Australian wine". The clause's subject imposed the sanction (163) on the actor right after "on" or "against", at the clause's
/// own time, not the time of the lifting the sentence tells. When the subject is "it" or "they", the imposer is the last actor
/// named before the noun. The noun (class <c>relative-measure-noun</c> of <c>data/lexicon/phrase-words.tsv</c>) may stand a
/// few words before the clause ("the controls on three materials used to make chips that it imposed"), never across a comma or
/// an actor. Nothing for a passive ("the curbs that were imposed on …" names no imposer), when imposer and target are one, or
/// when the sentence already codes a sanction between them.
/// </summary>
internal static class SanctionObjectRelatives
{
    private const string Entry = "sanction-object-relative";

    private static readonly CameoCode s_sanction = CameoCode.Parse("163");

    private static readonly WordSet s_nouns = PhraseGrammar.Words.Lookup("relative-measure-noun");

    private static readonly WordBits s_verbBits = WordBits.Of("imposed", "slapped", "levied", "introduced", "reimposed");

    // Words before the clause the measure noun may stand within ("the controls on three materials used to make chips that").
    private const int NounReach = 12;

    // Words after the verb its own time phrase may stand within ("imposed on South Korea in July 2019").
    private const int TimeReach = 6;

    /// <summary>The sanctions the sentence's object relatives tell, beside the events already coded.</summary>
    public static List<EventMention> Find(SentenceView view, List<EventMention> events)
    {
        // Most sentences hold none of the verbs and are not scanned.
        if (!view.MayHoldAny(s_verbBits))
        {
            return [];
        }

        List<EventMention>? result = null;
        var tokens = view.Tokens;
        for (var v = 2; v + 1 < tokens.Count; v++)
        {
            if (view.Word(v) is not ("imposed" or "slapped" or "levied" or "introduced" or "reimposed"))
            {
                continue;
            }

            if (Imposer(view, v) is not { } imposer || (Target(view, v) ?? NounTarget(view, v)) is not { } target || imposer.Code == target.Code)
            {
                continue;
            }

            if (events.Exists(e => e.Source.Code == imposer.Code && e.Target.Code == target.Code && e.Cameo.RootNumber == 16)
                || (result is not null && result.Exists(e => e.Source.Code == imposer.Code && e.Target.Code == target.Code)))
            {
                continue;
            }

            (result ??= []).Add(new EventMention(new ActorRef(imposer.Code, imposer.Role), new ActorRef(target.Code, target.Role), s_sanction,
                ObjectRelativeSubjects.OwnTime(view, v, TimeReach), view.Start, view.End, view.SentenceText, tokens[v].Start, tokens[v].End, Entry,
                view.Options.DirectConfidence - view.Options.IndirectPenalty, null));
        }

        return result ?? [];
    }

    /// <summary>
    /// Moves to the noun's own target a sanction the lexicon coded at a relative clause's verb with no target after it: "the bans
    /// on Ukrainian grain imports that the three imposed on Friday, when the European Commission …" is against Ukraine, not the
    /// body named later. Only with "that" or "which" between the target and the verb, so that the clause is the noun's.
    /// </summary>
    public static void Retarget(SentenceView view, List<EventMention> events)
    {
        for (var e = 0; e < events.Count; e++)
        {
            var sanction = events[e];
            if (sanction.SentenceStart != view.Start || sanction.Cameo.Value != "163" || sanction.LexiconEntry == Entry)
            {
                continue;
            }

            var v = view.TokenStartingAt(sanction.PhraseStart);
            if (v < 2 || view.Word(v) is not ("imposed" or "slapped" or "levied" or "introduced" or "reimposed") || Target(view, v) is not null || NounTargetWithRelative(view, v) is not { } target
                || target.Code == sanction.Source.Code || target.Code == sanction.Target.Code)
            {
                continue;
            }

            events[e] = sanction with { Target = new ActorRef(target.Code, target.Role) };
        }
    }

    // "the bans on Ukrainian grain imports that the three imposed": the noun's target, with a relative pronoun after it.
    private static ActorMention? NounTargetWithRelative(SentenceView view, int v)
    {
        if (NounTarget(view, v) is not { } target)
        {
            return null;
        }

        for (var k = target.Last + 1; k < v; k++)
        {
            if (view.Word(k) is "that" or "which")
            {
                return target;
            }
        }

        return null;
    }

    // The actor right after "on" or "against" that follows the measure noun a few words before the verb, across no comma:
    // "the tariffs on Turkish steel that Washington imposed in August".
    private static ActorMention? NounTarget(SentenceView view, int v)
    {
        var j = NounBefore(view, v);
        if (j < 0)
        {
            return null;
        }

        var k = view.Word(j + 2) is "the" ? j + 3 : j + 2;
        return view.MentionAt[k] >= 0 && view.Found[view.MentionAt[k]] is { } m && m.First == k && (!m.IsPlace || m.NamesAState) ? m : null;
    }

    // The measure noun followed by "on" or "against" a few words before the verb, across no comma; -1 for none.
    private static int NounBefore(SentenceView view, int v)
    {
        for (var j = v - 1; j >= 1 && v - j < NounReach; j--)
        {
            if (view.Word(j) is "," or "." or ";" or ":")
            {
                return -1;
            }

            if (s_nouns.Contains(view.Word(j)) && j + 3 < v && view.Word(j + 1) is "on" or "against")
            {
                return j;
            }
        }

        return -1;
    }

    // The clause's subject, with a measure noun before it: "curbs [that] Tokyo [had] imposed", "curbs it imposed"; null otherwise.
    private static ActorMention? Imposer(SentenceView view, int v)
    {
        if (ObjectRelativeSubjects.Find(view, v) is not { } clause)
        {
            return null;
        }

        // "the tariffs on Turkish steel that Washington imposed": the noun stands before its own target.
        var noun = MeasureNoun(view, clause.Before);
        if (noun < 0 && NounTarget(view, v) is not null)
        {
            noun = NounBefore(view, v);
        }

        if (noun < 0)
        {
            return null;
        }

        // "would lift the export curbs it imposed": the pronoun stands for the last actor named before the noun.
        return clause.Subject ?? ObjectRelativeSubjects.LastActorBefore(view, noun);
    }

    // The measure noun at or a few words before the clause's start, across no comma and no actor; -1 for none.
    private static int MeasureNoun(SentenceView view, int from)
    {
        for (var j = from; j >= 0 && from - j < NounReach; j--)
        {
            if (view.MentionAt[j] >= 0 || view.Word(j) is "," or "." or ";" or ":")
            {
                return -1;
            }

            if (s_nouns.Contains(view.Word(j)))
            {
                return j;
            }
        }

        return -1;
    }

    // The actor right after "on" or "against" ("imposed on South Korea", "slapped on Australian wine"); a state's name read as a
    // place will do, a place of no state will not.
    private static ActorMention? Target(SentenceView view, int v)
    {
        var k = v + 1;
        if (k >= view.Tokens.Count || view.Word(k) is not ("on" or "against"))
        {
            return null;
        }

        k++;
        if (k + 1 < view.Tokens.Count && view.Word(k) is "the")
        {
            k++;
        }

        return k < view.Tokens.Count && view.MentionAt[k] >= 0 && view.Found[view.MentionAt[k]] is { } m && m.First == k && (!m.IsPlace || m.NamesAState) ? m : null;
    }
}
