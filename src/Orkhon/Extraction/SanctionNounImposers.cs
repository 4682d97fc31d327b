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
        if (ActorAt(view, SkipArticle(view, noun + 2)) is not { } target)
        {
            return;
        }

        var k = target.Last + 1;
        while (k < view.Tokens.Count && k - target.Last <= ProviderReach && view.MentionAt[k] < 0 && view.Word(k) is not ("from" or "by" or "," or "." or ";"))
        {
            k++;
        }

        if (k >= view.Tokens.Count || view.Word(k) is not ("from" or "by"))
        {
            return;
        }

        // The imposers: actors joined by commas and "and", each after an optional article.
        var imposers = new List<ActorMention>();
        k++;
        while (ActorAt(view, SkipArticle(view, k)) is { } imposer && !imposer.IsWeak)
        {
            imposers.AddRange(imposer.Members());
            k = imposer.Last + 1;
            if (k < view.Tokens.Count && view.Word(k) is ",")
            {
                k++;
            }

            if (k < view.Tokens.Count && view.Word(k) is "and")
            {
                k++;
            }
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

    private static int SkipArticle(SentenceView view, int k) => k + 1 < view.Tokens.Count && view.Word(k) is "the" ? k + 1 : k;

    private static bool IsCopula(ReadOnlySpan<char> word) =>
        word is "is" or "are" or "was" or "were" or "been" or "being" or "remains" or "remain" or "remained" or "stays" or "stay" or "stayed"
            or "came" or "come" or "comes" or "fell" or "falls" or "fall";

    // "the lifting of sanctions", "calls for an embargo", "is no longer under", "would face tariffs": no sanction in force.
    private static bool NotInForce(SentenceView view, int noun)
    {
        for (var j = noun - 1; j >= 0 && noun - j <= NegatorReach; j--)
        {
            var w = view.Word(j);
            if (w is "." or ";")
            {
                return false;
            }

            if (w is "lift" or "lifts" or "lifted" or "lifting" or "ease" or "eased" or "easing" or "removal" or "remove" or "removed" or "removing"
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
