using Orkhon.Extraction.Mentions;

namespace Orkhon.Extraction.Clauses;

/// <summary>
/// "A Dutch court on Thursday convicted two officers and a separatist commander …, and sentenced them to life": a verb after
/// ", and" with no actor of its own shares the subject of the clause the sentence opens with, not the nearest actor before
/// the comma, which is the first verb's object or the subject of a clause inside it ("wrote that Russia was an occupier, and
/// blamed Moscow"). Used only when no coded phrase stands before the verb in the sentence; a series of coded phrases is read
/// by <see cref="SubjectFinder"/> itself.
/// </summary>
internal static class CoordinatedVerbPhrase
{
    /// <summary>The opening clause's subject (with actors coordinated with it) for the verb at <paramref name="first"/>, or empty.</summary>
    public static List<ActorMention> SharedSubject(SentenceView view, int first, int windowStart)
    {
        var k = first - 1;
        while (k > windowStart && (PhraseGrammar.IsSequenceAdverb(view.Word(k)) || view.Word(k) is "subsequently"))
        {
            k--;
        }

        if (k < windowStart + 2 || view.Word(k) is not "and")
        {
            return [];
        }

        // "Zourabichvili called Russia an occupier and accused Moscow of…": with no comma, only when nothing but the first verb
        // phrase stands between the subject and "and" (no comma, no clause of its own), else "said that Russia had shelled
        // Kharkiv and seized a village" would lose the clause's subject.
        var comma = view.Word(k - 1) is ",";
        if (SubjectFinder.FirstClauseSubject(view, comma ? k - 1 : k) is not { } main || main.First < windowStart || main.IsPossessive
            || (!comma && !OnlyItsVerbPhrase(view, main.Last + 1, k)))
        {
            return [];
        }

        // Only when another actor stands between the subject and the comma: otherwise the nearest actor is the subject anyway.
        var between = false;
        for (var j = main.Last + 1; j < k - 1 && !between; j++)
        {
            between = view.MentionAt[j] >= 0;
        }

        if (!between)
        {
            return [];
        }

        return SubjectFinder.WithCoordinated(view, main, k - 1);
    }

    /// <summary>
    /// "Kyiv said Russian drones had struck Odesa overnight, and called on NATO to send more air defences": a verbal act
    /// (a statement, appeal, demand, criticism, refusal, threat or protest: roots 01, 02, 10–14) after ", and" that follows a
    /// reported clause is the speaker's second act, not the reported subject's. The speaker is the actor the sentence opens
    /// with, right before its reporting verb (time phrases between), and that verb stands before the phrase told before
    /// (<paramref name="previousFirst"/>). A material act keeps the reported subject ("said Russian forces had shelled Kharkiv,
    /// and killed three civilians" is still the forces'). Empty when the words do not fit.
    /// </summary>
    public static List<ActorMention> ReportingSpeaker(SentenceView view, int first, int previousFirst, int root)
    {
        if (root is not (1 or 2 or 10 or 11 or 12 or 13 or 14))
        {
            return [];
        }

        var k = first - 1;
        while (k > 0 && (PhraseGrammar.IsSequenceAdverb(view.Word(k)) || view.Word(k) is "subsequently"))
        {
            k--;
        }

        if (k < 2 || view.Word(k) is not "and" || view.Word(k - 1) is not ",")
        {
            return [];
        }

        if (SubjectFinder.FirstClauseSubject(view, k - 1) is not { } speaker || speaker.IsPossessive || speaker.IsPlace || speaker.Last >= previousFirst)
        {
            return [];
        }

        var r = speaker.Last + 1;
        while (r < previousFirst && (view.TimeAt[r] >= 0 || view.Word(r) is "on" or "also" or "again" or "earlier" or "later"))
        {
            r++;
        }

        if (r >= previousFirst || !view.Clauses.IsReportingVerb(r))
        {
            return [];
        }

        return SubjectFinder.WithCoordinated(view, speaker, r);
    }

    /// <summary>
    /// "…, a day after Minsk forced a jet to land and arrested a journalist", "said that Russia had shelled Kharkiv and seized a
    /// village": a verb after "and" coordinated inside a clause that opens with its own actor subject (after "after", "when",
    /// "that", …) shares that subject, not the one of the phrase told before the clause. The first verb of the clause need not be
    /// a coded phrase. Empty when no such clause stands between <paramref name="windowStart"/> and the verb at <paramref name="first"/>.
    /// </summary>
    public static List<ActorMention> SubordinateSubject(SentenceView view, int first, int windowStart)
    {
        var k = first - 1;
        while (k > windowStart && (PhraseGrammar.IsSequenceAdverb(view.Word(k)) || view.Word(k) is "subsequently"))
        {
            k--;
        }

        if (k <= windowStart || view.Word(k) is not "and")
        {
            return [];
        }

        // Back from "and" to the clause's opener, past no punctuation and no other opener: the words between are the clause's own.
        for (var j = k - 1; j > windowStart; j--)
        {
            var w = view.Word(j);
            if (w is "," or ";" or ":" or "(" or ")" or "-" or "--" or "and" or "or" or "but")
            {
                return [];
            }

            if (view.TimeAt[j] >= 0 || !s_openers.Contains(w))
            {
                continue;
            }

            var a = PhraseGrammar.SkipArticles(view, j + 1);
            if (a >= k || view.MentionAt[a] < 0 || view.Found[view.MentionAt[a]] is not { IsPlace: false, IsWeak: false } subject
                || (subject.IsPossessive && subject.Role is null))
            {
                return [];
            }

            // Its own verb stands between the subject and "and" ("after Minsk forced a jet to land and …").
            return subject.Last + 1 < k ? [subject] : [];
        }

        return [];
    }

    // No punctuation but quotation marks, no clause opener and no reporting verb between the subject and "and".
    private static bool OnlyItsVerbPhrase(SentenceView view, int from, int and)
    {
        for (var j = from; j < and; j++)
        {
            var w = view.Word(j);
            if ((w.Length == 1 && char.IsPunctuation(w[0]) && w is not ("\"" or "'")) || s_openers.Contains(w) || view.Clauses.IsReportingVerb(j)
                || w is "that" or "which" or "who" or "whose" or "but")
            {
                return false;
            }
        }

        return true;
    }

    private static readonly Text.WordSet s_openers = ClauseView.Words.Lookup("clause-opener");

    /// <summary>
    /// "called on Belgrade to withdraw its troops and warned of consequences": a past form after "and" is not a second infinitive
    /// ("to withdraw … and warn"), so it is coordinated with the finite verb that governs the infinitive before it, and does not
    /// share that infinitive's mood.
    /// </summary>
    public static bool FollowsAnInfinitiveAsPastForm(SentenceView view, List<Trigger> triggers, int index) =>
        index > 0 && !triggers[index].Entry.IsNoun && !triggers[index].Passive && PhraseGrammar.IsInfinitive(view, triggers[index - 1])
        && PhraseGrammar.IsLowerPastForm(view.Word(triggers[index].First));

    /// <summary>The index of the phrase before <paramref name="index"/> that is no infinitive (the one governing them), or -1.</summary>
    public static int GoverningPhrase(SentenceView view, List<Trigger> triggers, int index)
    {
        var j = index - 1;
        while (j >= 0 && PhraseGrammar.IsInfinitive(view, triggers[j]))
        {
            j--;
        }

        return j;
    }
}
