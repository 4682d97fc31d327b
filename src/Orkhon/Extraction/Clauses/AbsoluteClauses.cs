using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction.Clauses;

/// <summary>
/// An absolute clause after a comma: "…, with the United States abstaining", "…, with Lula, Xi and Modi attending", "…, with
/// Erdogan and Aliyev among those present". Its parties are not the objects of the verb before it (the council's demand is
/// not aimed at the state that abstained); the clause tells what they did at that moment, and for a gathering it says who
/// attended (<see cref="SummitAttendance"/>).
/// </summary>
internal static class AbsoluteClauses
{
    // phrase-words.tsv, stood-aside.
    private static readonly WordSet s_standingAside = PhraseGrammar.Words.Lookup("stood-aside");

    /// <summary>The kind of absolute clause: whether its parties were at the gathering told before it.</summary>
    public enum Kind
    {
        /// <summary>"with X abstaining", "with X voting against", "with X absent": the parties voted otherwise or stood aside.</summary>
        Other,

        /// <summary>"with X attending", "with X present", "with X among those present", "with X in attendance", "with X taking part".</summary>
        Attendance,

        /// <summary>"with X joining", "with X joining in": the parties join the act itself, as its subjects do.</summary>
        Joining,
    }

    /// <summary>
    /// The first absolute clause opening between <paramref name="from"/> and <paramref name="end"/>: the index of its comma,
    /// its parties (one or more coordinated actors right after "with") and its kind; null when there is none.
    /// </summary>
    public static (int Opens, List<ActorMention> Parties, Kind Kind)? Find(SentenceView view, int from, int end)
    {
        var (found, mentionAt, count) = (view.Found, view.MentionAt, view.Tokens.Count);
        for (var k = Math.Max(from, 1); k + 2 < end; k++)
        {
            if (view.Word(k) is not "with" || view.Word(k - 1) is not ",")
            {
                continue;
            }

            var j = k + 1;
            if (view.Word(j) is "the")
            {
                j++;
            }

            if (j >= count || mentionAt[j] < 0 || found[mentionAt[j]] is not { IsPlace: false, IsWeak: false } first || first.First != j)
            {
                continue;
            }

            var parties = SubjectFinder.WithCoordinated(view, first);

            var after = parties[^1].Last + 1;
            if (after >= count)
            {
                continue;
            }

            if (IsAttendance(view, after))
            {
                return (k - 1, parties, Kind.Attendance);
            }

            // "began joint exercises, with Australian and French ships joining": the ships' states exercise with the subjects.
            if (view.Word(after) is "joining")
            {
                return (k - 1, parties, Kind.Joining);
            }

            // "with the United States abstaining", "with China and Russia voting against": how they voted or stood aside.
            if (s_standingAside.Contains(view.Word(after)))
            {
                return (k - 1, parties, Kind.Other);
            }
        }

        return null;
    }

    // "attending", "present", "in attendance", "among those present/attending/taking part", "taking part", "participating".
    private static bool IsAttendance(SentenceView view, int k)
    {
        var count = view.Tokens.Count;
        if (view.Word(k) is "attending" or "present" or "participating")
        {
            return true;
        }

        if (view.Word(k) is "in" && k + 1 < count && view.Word(k + 1) is "attendance")
        {
            return true;
        }

        if (view.Word(k) is "taking" && k + 1 < count && view.Word(k + 1) is "part")
        {
            return true;
        }

        return view.Word(k) is "among" && k + 2 < count && view.Word(k + 1) is "those" or "the"
            && (IsAttendance(view, k + 2) || view.Word(k + 2) is "attendees" or "participants" or "guests");
    }
}
