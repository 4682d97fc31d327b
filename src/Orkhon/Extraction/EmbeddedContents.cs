using Orkhon.Domain;
using Orkhon.Extraction.Lexicon;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// Acts that are the content of another act, not acts of their own: the terms of an accord told in a relative clause after
/// it ("signed an agreement under which China will give Mongolia grants", "a trade pact, which will gradually scrap
/// tariffs") and the charge of an accusation after "of" ("accused Iran of funding protests in American cities"). The
/// accord's signing and the accusation are coded; what they contain is not (README of the corpora: rule 7 and the
/// convention on future terms of a signed agreement).
/// </summary>
internal static class EmbeddedContents
{
    // How far before a relative pronoun the accord noun it follows may stand ("the first free trade pact for the landlocked
    // nation, which will …": six words).
    private const int AccordReach = 8;

    private static readonly WordSet s_clauseAuxiliaries = ClauseView.Words.Lookup("auxiliary");

    private static readonly WordSet s_andAuxiliaries = ClauseView.Words.Lookup("and-auxiliary");

    /// <summary>
    /// Whether <paramref name="trigger"/> stands in a relative clause about an accord (a noun of class <c>accord-noun</c> in
    /// <c>data/lexicon/phrase-words.tsv</c> before the pronoun, with no other phrase between) and is told as future or possible
    /// there: a term of the accord.
    /// </summary>
    public static bool IsAccordTerm(SentenceView view, Trigger trigger, List<Trigger> triggers, int index)
    {
        var relatives = view.Clauses.Relatives;
        var pronoun = relatives.DatedClauseOf(trigger.First);
        if (pronoun < 1 || !FutureOrModalBetween(view, pronoun + 1, trigger.First))
        {
            return false;
        }

        // "Mongolia, which will …": a clause about an actor is that actor's.
        var before = view.Word(pronoun - 1) is "," && pronoun > 1 ? pronoun - 2 : pronoun - 1;
        if (view.MentionAt[before] >= 0)
        {
            return false;
        }

        var earliest = index > 0 ? triggers[index - 1].End : 0;
        for (var k = pronoun - 1; k >= Math.Max(earliest, pronoun - AccordReach); k--)
        {
            if (view.Word(k) is ";" or ".")
            {
                return false;
            }

            if (PhraseGrammar.IsAccordNoun(view.Word(k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the words from <paramref name="from"/> up to <paramref name="to"/> are the subject of a clause with no "that"
    /// before it and the auxiliaries or modals before its verb ("demanded [Russia] withdraw", "hopes [China will] lift"): one
    /// actor mention, then only words of class <c>auxiliary</c> or <c>and-auxiliary</c> of <c>clause-words.tsv</c>. A comma, a
    /// conjunction or a second actor opens something else ("urged Russia, and China sent…").
    /// </summary>
    public static bool IsThatlessClause(SentenceView view, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (from >= to || from < 0 || to > view.Tokens.Count || view.MentionAt[from] < 0)
        {
            return false;
        }

        var mention = view.MentionAt[from];
        var k = from;
        while (k < to && view.MentionAt[k] == mention)
        {
            k++;
        }

        for (; k < to; k++)
        {
            if (!s_clauseAuxiliaries.Contains(view.Word(k)) && !s_andAuxiliaries.Contains(view.Word(k)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether phrase <paramref name="index"/> is the charge of the accusation phrase before it, after "of" with no clause break
    /// between ("accused Iran of funding anti-Israel protests"); "accused Tokyo of interference and lodged a protest" has two acts.
    /// </summary>
    public static bool IsChargeOf(SentenceView view, List<Trigger> triggers, int index)
    {
        if (index == 0 || !triggers[index - 1].Entry.Cameo.IsIn(GoverningFrames.Accusation))
        {
            return false;
        }

        var (accusation, trigger) = (triggers[index - 1], triggers[index]);
        var of = false;
        for (var k = accusation.First; k < trigger.First; k++)
        {
            var w = view.Word(k);
            // "accused France of arming Armenia in a speech in which he also praised Turkey": a new clause is no part of the charge.
            if (w is "," or ";" or "and" or "but" or "while" or "which" or "who" or "where" or "when" or "as" or "after" or "before")
            {
                return false;
            }

            of |= w is "of";
        }

        return of;
    }

    // "will", "shall", or a modal ("could", "may") between from and to: a term that is yet to come.
    private static bool FutureOrModalBetween(SentenceView view, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            var w = view.Word(k);
            if (ModalityCues.FutureLookup.Contains(w) || ModalityCues.ModalLookup.Contains(w))
            {
                return true;
            }
        }

        return false;
    }
}
