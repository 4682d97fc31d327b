using Orkhon.Domain;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction.Clauses;

/// <summary>
/// Participial clauses after a comma ("…, accusing Kyiv of massing forces", "…, calling the move illegal"): the -ing form is a
/// verb, and its subject is the main clause's, never the object before the comma ("China condemned Japan, accusing Tokyo of…"
/// is China's accusation). After a subject ("The prime minister, speaking in Tokyo, …") it is that subject's act. After a
/// temporal subordinator ("summoned Belarus's envoy after accusing Minsk of…") it is the main clause's act as well.
/// </summary>
internal static class ParticipialClauses
{
    /// <summary>Whether the word at <paramref name="first"/> is an -ing form opening a participial clause after a comma.</summary>
    public static bool IsAdjunct(SentenceView view, int first) =>
        first >= 2 && (view.Word(first - 1) is "," || IsSubordinated(view, first)) && PhraseGrammar.IsLowerIngForm(view.Word(first));

    /// <summary>
    /// Whether an act told in a participial clause is a statement (a comment, an appeal, a demand, a criticism or accusation, a
    /// threat: roots 01, 02, 10, 11, 13). Such a clause is said when its main clause is told, so it does not share that clause's
    /// negation or plan; an act of other roots ("ignoring the warrant", "signing a deal") does.
    /// </summary>
    public static bool IsStatement(CameoCode act) => act.RootNumber is 1 or 2 or 10 or 11 or 13;

    // "after accusing", "before meeting", "while visiting": a subordinator inside the sentence, with no subject of its own.
    // Not one a time phrase measures ("a day after arriving"), which dates the act from the one before it.
    private static bool IsSubordinated(SentenceView view, int first) =>
        first >= 2 && view.Word(first - 1) is "after" or "before" or "while" or "when" or "since"
        && view.TimeAt[first - 1] < 0 && !IsMeasure(view.Word(first - 2));

    // "a day after", "shortly before": phrase-words.tsv, time-measure.
    private static readonly WordSet s_timeMeasures = PhraseGrammar.Words.Lookup("time-measure");

    private static bool IsMeasure(ReadOnlySpan<char> w) => s_timeMeasures.Contains(w);

    /// <summary>
    /// The subject of the participial clause at <paramref name="first"/>: the actor opening the clause right before its comma,
    /// else the subject of the verb before it (<paramref name="carried"/>), else the first actor that opens a clause before it
    /// with the actors coordinated with it.
    /// </summary>
    public static IReadOnlyList<ActorMention> Subject(SentenceView view, int first, IReadOnlyList<ActorMention>? carried)
    {
        // "Poland summoned Belarus's envoy after accusing Minsk…": the object before the subordinator is not the one accusing.
        List<ActorMention> before = IsSubordinated(view, first) ? [] : SubjectFinder.Antecedent(view, first, anyPosition: false);
        if (before.Count > 0)
        {
            return before;
        }

        // "A and B agreed to end their row, Erdogan announced on Wednesday after brokering talks …": the subordinate clause after
        // a reporting clause is the speaker's act, not the reported clause's.
        if (IsSubordinated(view, first) && ReportingSpeaker(view, first - 2) is { } speaker)
        {
            return [speaker];
        }

        if (carried is { Count: > 0 })
        {
            return carried;
        }

        if (SubjectFinder.FirstClauseSubject(view, first - 1) is not { } main)
        {
            return [];
        }

        // "Mali, Burkina Faso and Niger left ECOWAS on Sunday, accusing it of…": every actor coordinated in the main subject acts.
        var group = new List<ActorMention> { main };
        while (SubjectFinder.NextCoordinated(view, group[^1].Last) is { } next)
        {
            group.Add(next);
        }

        return group;
    }

    // The actor right before a reporting verb that ends at <paramref name="last"/> (after its time phrase, "announced late on
    // Wednesday"), or null.
    private static ActorMention? ReportingSpeaker(SentenceView view, int last)
    {
        var k = last;
        while (k > 0 && (view.TimeAt[k] >= 0 || view.Word(k) is "late" or "early"))
        {
            k--;
        }

        return k > 0 && view.Clauses.IsReportingVerb(k) && view.MentionOf(k - 1) is { IsPlace: false, IsWeak: false, Codes.Count: 1 } m && m.Last == k - 1 ? m : null;
    }
}
