using Orkhon.Domain;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// A sanction told as a noun whose imposer stands after it or inside it, with no verb to carry the act: "sweeping sanctions on
/// Russian banks from the United States, the European Union and Britain" (each state named after "from" or "by" imposed it,
/// 163, on the actor right after "on" or "against"), and "Lukashenko has been under European Union sanctions since 2020" (the
/// actor between "under" and the noun imposed it on the subject the copula describes). The time is the one standing right
/// after the construction ("since 2020"), else none: the sentence's time often belongs to another act. Nothing when the noun
/// is lifted, eased, threatened, called for or otherwise not in force ("the lifting of sanctions on Iran by the UN", "is no
/// longer under U.S. sanctions"), when imposer and target are one, or when the sentence already codes a sanction between them.
/// </summary>
internal static class SanctionNounImposers
{
    private const string Entry = "sanction-noun-imposer";

    private static readonly CameoCode s_sanction = CameoCode.Parse("163");

    // "sanctions", "embargo", "tariffs", "curbs": phrase-words.tsv, relative-measure-noun.
    private static readonly WordSet s_nouns = PhraseGrammar.Words.Lookup("relative-measure-noun");

    // "debated", "discussed", "considered", "weighed": phrase-words.tsv, measure-undecided.
    private static readonly WordSet s_undecided = PhraseGrammar.Words.Lookup("measure-undecided");

    // Words after the construction its predicate may say within that the sanction is not in force ("were debated", "was lifted").
    private const int PredicateReach = 4;

    private static readonly WordBits s_cues = WordBits.Of("from", "by", "under");

    // Words after the target the preposition naming the imposers may stand within ("on Russian banks and insurers from").
    private const int ProviderReach = 4;

    // Words before the noun that say the sanction is not in force, or not yet ("the lifting of", "calls for", "would face").
    private const int NegatorReach = 5;

    // Words after the construction its own time phrase may stand within ("under EU sanctions since 2020").
    private const int TimeReach = 6;

    /// <summary>The sanctions the sentence's nouns tell with their imposers, beside the events already coded.</summary>
    public static List<EventMention> Find(SentenceView view, List<EventMention> events)
    {
        // Most sentences hold no cue and are not scanned.
        if (view.Found.Count < 2 || !view.MayHoldAny(s_cues))
        {
            return [];
        }

        List<EventMention>? result = null;
        for (var k = 1; k + 2 < view.Tokens.Count; k++)
        {
            if (!s_nouns.Contains(view.Word(k)) || NotInForce(view, k))
            {
                continue;
            }

            if (view.Word(k + 1) is "on" or "against")
            {
                AddProviders(view, k, events, ref result);
            }
            else
            {
                AddUnder(view, k, events, ref result);
            }
        }

        return result ?? [];
    }

    // "sanctions on Russian banks from the United States, the European Union, Britain and Canada".
    private static void AddProviders(SentenceView view, int noun, List<EventMention> events, ref List<EventMention>? result)
    {
        if (ActorAt(view, PhraseGrammar.SkipArticles(view, noun + 2)) is not { } target)
        {
            return;
        }

        var k = target.Last + 1;
        while (k < view.Tokens.Count && k - target.Last <= ProviderReach && view.MentionAt[k] < 0 && view.Word(k) is not ("from" or "by" or "," or "." or ";"))
        {
            k++;
        }

        if (k >= view.Tokens.Count || view.Word(k) is not ("from" or "by") || HedgedBetween(view, target.Last + 1, k))
        {
            return;
        }

        // The imposers: actors joined by commas and "and", each after an optional article, none a possessor ("from Norway's
        // ports"). After a comma an actor belongs to the list only when "," or "and" follows it ("from Japan, the United States
        // said" ends at Japan), and ", and X" only when the list already holds two ("from Japan, and China called them illegal").
        var imposers = new List<ActorMention>();
        var listed = 0;
        var afterComma = false;
        k++;
        while (ActorAt(view, PhraseGrammar.SkipArticles(view, k)) is { IsWeak: false, IsPossessive: false } imposer)
        {
            var next = imposer.Last + 1;
            if (afterComma && (next >= view.Tokens.Count || view.Word(next) is not ("," or "and")))
            {
                break;
            }

            imposers.AddRange(imposer.Members());
            listed++;
            k = next;
            afterComma = false;
            if (k < view.Tokens.Count && view.Word(k) is ",")
            {
                if (k + 1 < view.Tokens.Count && view.Word(k + 1) is "and" && listed < 2)
                {
                    break;
                }

                k++;
                afterComma = true;
            }

            if (k < view.Tokens.Count && view.Word(k) is "and")
            {
                k++;
                afterComma = false;
            }
        }

        if (imposers.Count == 0 || PredicateUndoes(view, k))
        {
            return;
        }

        var date = ObjectRelativeSubjects.OwnTime(view, k - 1, TimeReach);
        foreach (var imposer in imposers)
        {
            Add(view, noun, imposer, target, date, events, ref result);
        }
    }

    // "Lukashenko has been under European Union sanctions", "Iran, which remains under U.S. sanctions".
    private static void AddUnder(SentenceView view, int noun, List<EventMention> events, ref List<EventMention>? result)
    {
        // The imposer ends right before the noun, and "under" stands before it past at most an article.
        if (view.MentionAt[noun - 1] < 0 || view.Found[view.MentionAt[noun - 1]] is not { IsPlace: false } imposer || imposer.Last != noun - 1)
        {
            return;
        }

        var under = imposer.First - 1;
        if (under > 0 && view.Word(under) is "the" or "a" or "an")
        {
            under--;
        }

        if (under < 1 || view.Word(under) is not "under" || !IsCopula(view.Word(under - 1)))
        {
            return;
        }

        // The subject: the actor just before the copula, past a perfect's auxiliary, a relative pronoun and adverbs.
        var j = under - 2;
        while (j >= 0 && view.MentionAt[j] < 0 && view.Word(j) is "has" or "have" or "had" or "which" or "who" or "that" or "," or "long" or "still" or "also" or "already" or "now")
        {
            j--;
        }

        if (j < 0 || view.MentionAt[j] < 0 || view.Found[view.MentionAt[j]] is not { IsPlace: false, IsPossessive: false } target || target.Last != j)
        {
            return;
        }

        Add(view, noun, imposer, target, ObjectRelativeSubjects.OwnTime(view, noun, TimeReach), events, ref result);
    }

    private static void Add(SentenceView view, int noun, ActorMention imposer, ActorMention target, FuzzyDate? date, List<EventMention> events, ref List<EventMention>? result)
    {
        if (imposer.Code == target.Code
            || events.Exists(e => e.Source.Code == imposer.Code && e.Target.Code == target.Code && e.Cameo.RootNumber == 16)
            || (result is not null && result.Exists(e => e.Source.Code == imposer.Code && e.Target.Code == target.Code)))
        {
            return;
        }

        var token = view.Tokens[noun];
        (result ??= []).Add(new EventMention(new ActorRef(imposer.Code, imposer.Role), new ActorRef(target.Code, target.Role), s_sanction, date,
            view.Start, view.End, view.SentenceText, token.Start, token.End, Entry, view.Options.DirectConfidence - view.Options.IndirectPenalty, null));
    }

    // The actor whose mention starts at k, or at the article just before it ("the United States" may hold its article): a
    // state's name read as a place will do, a place of no state will not.
    private static ActorMention? ActorAt(SentenceView view, int k) =>
        k < view.Tokens.Count && view.MentionAt[k] >= 0 && view.Found[view.MentionAt[k]] is { } m && (m.First == k || (m.First == k - 1 && view.Word(m.First) is "the" or "The"))
            && (!m.IsPlace || m.NamesAState) ? m : null;

    // "the sanctions against Haiti could be further tightened by the Security Council": a modal or a negation between the
    // target and the agent's "by" tells a possible or denied measure, not one in force.
    private static bool HedgedBetween(SentenceView view, int from, int to)
    {
        for (var j = from; j < to; j++)
        {
            if (view.Word(j) is "could" or "would" or "might" or "may" or "should" or "will" or "can" or "not" or "never" or "n't")
            {
                return true;
            }
        }

        return false;
    }

    // "sanctions on Iran by the United States were debated", "... was lifted", "... under review": the predicate after the
    // construction, up to the clause's end, says the sanction is not in force.
    private static bool PredicateUndoes(SentenceView view, int k)
    {
        for (var j = k; j < view.Tokens.Count && j - k < PredicateReach; j++)
        {
            var w = view.Word(j);
            if (w is "," or "." or ";")
            {
                return false;
            }

            if (s_undecided.Contains(w) || w is "lifted" or "eased" or "removed" or "suspended" or "scrapped" or "waived" or "review" or "proposed" or "planned" or "threatened")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCopula(ReadOnlySpan<char> word) =>
        word is "is" or "are" or "was" or "were" or "been" or "being" or "remains" or "remain" or "remained" or "stays" or "stay" or "stayed"
            or "came" or "come" or "comes" or "fell" or "falls" or "fall";

    // "the lifting of sanctions", "calls for an embargo", "is no longer under", "would face tariffs": no sanction in force.
    private static bool NotInForce(SentenceView view, int noun)
    {
        for (var j = noun - 1; j >= 0 && noun - j <= NegatorReach; j--)
        {
            var w = view.Word(j);
            if (w is "." or ";" or ",")
            {
                return false;
            }

            if (s_undecided.Contains(w) || w is "lift" or "lifts" or "lifted" or "lifting" or "ease" or "eased" or "easing" or "removal" or "remove" or "removed" or "removing"
                or "relief" or "end" or "ended" or "ending" or "waive" or "waived" or "waiver" or "waivers" or "exemption" or "exemptions" or "call"
                or "calls" or "called" or "calling" or "urge" or "urged" or "urging" or "threat" or "threats" or "threaten" or "threatened"
                or "threatening" or "possible" or "potential" or "proposed" or "planned" or "evade" or "evading" or "evasion" or "circumvent"
                or "circumventing" or "avoid" or "avert" or "escape" or "no" or "not" or "never" or "would" or "could" or "might" or "may" or "will"
                or "if" or "any" or "fear" or "fears" or "feared" or "suspension" or "suspended" or "scrapped" or "without")
            {
                return true;
            }
        }

        return false;
    }
}
