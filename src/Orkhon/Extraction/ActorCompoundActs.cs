using Orkhon.Domain;
using Orkhon.Extraction.Mentions;
using Orkhon.Knowledge;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// An act told in an actor-adjective compound before its noun: "a U.S.-brokered truce between Israel and Hamas", "the
/// Qatar-mediated talks" are mediation (045) by the state the compound names, to each side; "a Chinese-funded railway in
/// Kenya", "Japan-financed hospitals in Mongolia" are aid (070) by that state to the state the project stands in. Only
/// compounds of an act between two parties count: the suffixes are the classes <c>compound-mediation</c> and
/// <c>compound-funding</c> of <c>phrase-words.tsv</c>, and the noun must be a <c>mediated-noun</c> or a <c>funded-noun</c>,
/// so that "Chinese-made cars", "state-owned firms", "a US-born writer" and "Iran-backed militias" tell nothing.
/// </summary>
internal static class ActorCompoundActs
{
    private static readonly CameoCode s_mediation = CameoCode.Parse("045");
    private static readonly CameoCode s_aid = CameoCode.Parse("070");
    private static readonly WordSet s_mediationSuffixes = PhraseGrammar.Words.Lookup("compound-mediation");
    private static readonly WordSet s_fundingSuffixes = PhraseGrammar.Words.Lookup("compound-funding");
    private static readonly WordSet s_mediatedNouns = PhraseGrammar.Words.Lookup("mediated-noun");
    private static readonly WordSet s_fundedNouns = PhraseGrammar.Words.Lookup("funded-noun");

    // Words that may stand between the compound and its noun ("a U.S.-brokered humanitarian truce", "a Chinese-funded
    // $4 billion railway"): more than this and the noun belongs to another phrase.
    private const int NounReach = 3;

    // A mediation whose sides are not named after "between" counts only when its sentence names exactly two other parties:
    // with more, the compound's sides are unknown ("as U.S.-brokered talks gathered pace" after a sentence of three states).
    private const int MostSidesUnnamed = 2;
    private const int MostSidesBetween = 3;

    /// <summary>The acts the sentence tells in such compounds, less those its phrases already coded.</summary>
    public static List<EventMention> Find(SentenceView view, List<EventMention> events, ActorGazetteer gazetteer, FuzzyDate? date)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(gazetteer);
        var result = new List<EventMention>();
        // Every compound this stage reads holds a hyphen: a sentence with none (most) is not scanned.
        if (!view.Clauses.HasHyphen)
        {
            return result;
        }

        var tokens = view.Tokens;
        for (var k = 0; k + 1 < tokens.Count; k++)
        {
            var word = view.Word(k);
            var dash = word.LastIndexOf('-');
            if (dash <= 0 || view.MentionAt[k] >= 0)
            {
                continue;
            }

            var suffix = word[(dash + 1)..];
            var mayMediate = s_mediationSuffixes.Contains(suffix);
            var mayFund = s_fundingSuffixes.Contains(suffix);
            if (!mayMediate && !mayFund)
            {
                continue;
            }

            if (!gazetteer.TryResolve(word[..dash], out var actor) || actor.Form is not (NameForm.Adjective or NameForm.Name or NameForm.Code or NameForm.Capital))
            {
                continue;
            }

            // A suffix of both classes ("UN-sponsored talks", "a Chinese-sponsored dam") takes the sense its noun gives.
            var noun = mayMediate ? NounAfter(view, k, s_mediatedNouns) : -1;
            var mediates = noun >= 0;
            if (!mediates)
            {
                noun = mayFund ? NounAfter(view, k, s_fundedNouns) : -1;
            }

            if (noun < 0)
            {
                continue;
            }

            // "a Russian- and Turkish-brokered truce": the states a suspended hyphen leaves before the compound share its act.
            List<string> actors = [.. SuspendedHeads(view, k, gazetteer), actor.Code];
            foreach (var code in actors)
            {
                var source = new ActorRef(code);
                var targets = mediates ? Sides(view, actors) : Hosts(view, k, noun, code);
                foreach (var target in targets)
                {
                    var cameo = mediates ? s_mediation : s_aid;
                    if (Told(events, result, source.Code, target.Code, cameo))
                    {
                        continue;
                    }

                    // A mediation is dated by a time phrase of its own noun phrase ("the 2020 U.S.-brokered accords", "a
                    // U.S.-brokered truce of Nov. 27"), else by its sentence (the truce it brokered is the sentence's news); the
                    // funding came before the project the sentence tells of, and is left undated.
                    result.Add(new EventMention(source, target, cameo, mediates ? OwnTime(view, k, noun) ?? date : null, view.Start, view.End, view.SentenceText,
                        tokens[k].Start, tokens[noun].End, mediates ? "compound-mediation" : "compound-funding",
                        view.Options.DirectConfidence - view.Options.IndirectPenalty, null));
                }
            }
        }

        return result;
    }

    // A time phrase inside the noun phrase: right before the compound after its determiner, or right after the noun, bare or
    // after "of", "in" or "on".
    private static FuzzyDate? OwnTime(SentenceView view, int compound, int noun)
    {
        if (compound >= 1 && view.TimeAt[compound - 1] >= 0)
        {
            return view.Times[view.TimeAt[compound - 1]].Value;
        }

        var after = noun + 1 < view.Tokens.Count && view.Word(noun + 1) is "of" or "in" or "on" ? noun + 2 : noun + 1;
        return after < view.Tokens.Count && view.TimeAt[after] >= 0 ? view.Times[view.TimeAt[after]].Value : null;
    }

    // The index of the compound's noun, with only modifiers, numbers and money between, or -1.
    private static int NounAfter(SentenceView view, int k, WordSet nouns)
    {
        for (var j = k + 1; j < view.Tokens.Count && j <= k + 1 + NounReach; j++)
        {
            if (view.MentionAt[j] >= 0 || view.Tokens[j].Kind == TokenKind.Punctuation && view.Word(j) is not ("$" or "."))
            {
                return -1;
            }

            if (nouns.Contains(view.Word(j)))
            {
                return j;
            }
        }

        return -1;
    }

    // The states a suspended hyphen leaves before the compound at k, which share its suffix: "Russian-" in "a Russian- and
    // Turkish-brokered truce", "Qatari-" and "Egyptian-" in "Qatari-, Egyptian- and U.S.-mediated talks". Each head is a
    // state's name or adjective with the hyphen attached, and the last one stands before "and" or "or".
    private static List<string> SuspendedHeads(SentenceView view, int k, ActorGazetteer gazetteer)
    {
        var heads = new List<string>();
        var j = k - 2;
        if (j < 1 || view.Word(k - 1) is not ("and" or "or"))
        {
            return heads;
        }

        while (j >= 1 && view.Word(j) is "-" && view.Tokens[j].Start == view.Tokens[j - 1].End && gazetteer.TryResolve(view.Word(j - 1), out var head)
            && head.Form is NameForm.Adjective or NameForm.Name or NameForm.Code or NameForm.Capital)
        {
            heads.Insert(0, head.Code);
            j -= 2;
            if (j < 2 || view.Word(j) is not ",")
            {
                break;
            }

            j--;
        }

        return heads;
    }

    // The sides of the mediated act: those named after "between", else the sentence's other actors, each state once.
    private static List<ActorRef> Sides(SentenceView view, List<string> mediators)
    {
        var between = PairFinder.Between(view);
        var named = between.Count >= 2 ? between : view.Found;
        var sides = new List<ActorRef>();
        foreach (var m in named)
        {
            if (m.Codes.Count == 1 && !mediators.Contains(m.Code) && m.Kind != MentionKind.Coreference && !sides.Exists(s => s.Code == m.Code))
            {
                sides.Add(new ActorRef(m.Code, m.Role));
            }
        }

        return sides.Count >= 2 && sides.Count <= (between.Count >= 2 ? MostSidesBetween : MostSidesUnnamed) ? sides : [];
    }

    // Where the funded project stands: a place or state after "in" right after the noun ("a Chinese-funded railway in
    // Kenya"), else the possessor before the compound ("Kenya's Chinese-funded railway"). The funder's own state is none.
    private static List<ActorRef> Hosts(SentenceView view, int compound, int noun, string funder)
    {
        ActorMention? host = null;
        if (noun + 2 < view.Tokens.Count && view.Word(noun + 1) is "in" or "across")
        {
            var at = view.Word(noun + 2) is "the" ? noun + 3 : noun + 2;
            host = at < view.Tokens.Count ? view.MentionOf(at) : null;
        }
        else
        {
            var p = compound - 1;
            while (p >= 0 && s_compoundDeterminers.Contains(view.Word(p)))
            {
                p--;
            }

            if (p >= 1 && view.Word(p) is "'s" or "’s")
            {
                host = view.MentionOf(p - 1);
            }
        }

        return host is { Codes.Count: 1 } h && h.Code != funder ? [new ActorRef(h.Code)] : [];
    }

    private static readonly WordSet s_compoundDeterminers = PhraseGrammar.Words.Lookup("compound-determiner");

    private static bool Told(List<EventMention> events, List<EventMention> found, string source, string target, CameoCode cameo)
    {
        return Has(events, source, target, cameo) || Has(found, source, target, cameo);
    }

    private static bool Has(List<EventMention> events, string source, string target, CameoCode cameo)
    {
        foreach (var e in events)
        {
            if (e.Source.Code == source && e.Target.Code == target && e.Cameo.Root == cameo.Root)
            {
                return true;
            }
        }

        return false;
    }
}
