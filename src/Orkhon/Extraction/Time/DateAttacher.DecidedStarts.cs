using Orkhon.Domain;
using Orkhon.Text;

namespace Orkhon.Extraction.Time;

// A decided measure told with the day it takes effect: "Finland will close the crossing from Thursday, the prime minister said
// on Tuesday", "the two sides will halt broadcasts along the border from May 1". The start after "from" is when the measure
// takes effect, not when it was decided, and the writers date an announced decision on the day it was announced (the
// corpus README's "announced decisions"); the act keeps the reporting clause's or the carried day instead.
internal static partial class DateAttacher
{
    private static readonly WordSet s_futureModals = Words.Lookup("future-modal");
    private static readonly WordSet s_startPrepositions = Words.Lookup("start-preposition");

    // How many words may stand between the modal and the act's phrase ("will also close", "will tighten controls").
    private const int ModalReach = 3;

    /// <summary>
    /// Whether the time phrase at token k, after the phrase, is the start of a measure the phrase's verb tells as decided: a
    /// single time (not a span) opened by "from", the phrase standing a few words after "will", "would" or "shall".
    /// </summary>
    internal static bool IsDecidedStart(ClauseView view, Trigger trigger, int k, FuzzyDate date)
    {
        if (date.IsSpan || date.IsOpenStart || date.IsOpenEnd)
        {
            return false;
        }

        var start = k;
        while (start > 0 && view.TimeAt[start - 1] == view.TimeAt[k])
        {
            start--;
        }

        if (!s_startPrepositions.Contains(view.Tokens[start].In(view.Text)) && !(start > 0 && s_startPrepositions.Contains(view.Tokens[start - 1].In(view.Text))))
        {
            return false;
        }

        for (var j = trigger.First - 1; j >= 0 && j >= trigger.First - ModalReach; j--)
        {
            var word = view.Tokens[j].In(view.Text);
            if (s_futureModals.Contains(word))
            {
                return true;
            }

            if (word is "," or ";" or ":" || view.MentionAt[j] >= 0)
            {
                return false;
            }
        }

        return false;
    }
}
