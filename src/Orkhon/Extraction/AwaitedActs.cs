using Orkhon.Extraction.Mentions;

namespace Orkhon.Extraction;

/// <summary>
/// An act in a clause that a future or modal main clause waits for is a condition of that future, not an act done: "Turkey
/// said the border would stay closed until Armenia signed a peace treaty", "the shipments will resume as soon as Ukraine
/// lifts its ban", "imports would restart once Tokyo agreed to monitoring", "Qatar would release the funds only when Iran
/// allowed inspectors back" tell no signing, lifting, agreement or permission. The clause opens with a conjunction of class
/// <c>awaiting</c> of <c>data/lexicon/modality-cues.tsv</c> ("until", "once") or a word of class <c>awaiting-lead</c> and one of
/// class <c>awaiting-led</c> ("only when", "as soon as"), before the phrase's own subject, with no comma or semicolon between
/// it and the phrase; the rest of the sentence holds a future, modal or plan word ("will", "would", "plans"). A past main
/// clause tells the act as done ("the border stayed closed until Armenia signed the treaty in 2021") and keeps it. Switch:
/// <see cref="ExtractionGuards.AwaitedActs"/>.
/// </summary>
internal static class AwaitedActs
{
    /// <summary>Whether the phrase at <paramref name="trigger"/> stands in a clause a future main clause waits for.</summary>
    public static bool IsAwaited(SentenceView view, Trigger trigger, IReadOnlyList<ActorMention> subject)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(trigger);
        ArgumentNullException.ThrowIfNull(subject);
        if (subject.Count == 0 || subject[0].First >= trigger.First)
        {
            return false;
        }

        var conjunction = ConjunctionBefore(view, subject[0].First);
        if (conjunction < 0)
        {
            return false;
        }

        for (var k = conjunction + 1; k < trigger.First; k++)
        {
            if (view.MentionAt[k] < 0 && view.Word(k) is "," or ";" or "but")
            {
                return false;
            }
        }

        // The main clause around the awaited one: before the conjunction, or after the clause when it opens the sentence
        // ("Once Tokyo agrees, Beijing will lift the ban").
        for (var k = 0; k < view.Tokens.Count; k++)
        {
            if (k >= conjunction && k < trigger.End)
            {
                continue;
            }

            var w = view.Word(k);
            if (ModalityCues.FutureLookup.Contains(w) || ModalityCues.ModalLookup.Contains(w) || ModalityCues.PlanLookup.Contains(w))
            {
                return true;
            }
        }

        return false;
    }

    // The conjunction that opens the subject's clause: right before the subject, or up to three words before it ("until the
    // junta in Niamey agreed"); -1 when there is none.
    private const int SubjectReach = 3;

    private static int ConjunctionBefore(SentenceView view, int subjectFirst)
    {
        for (var k = subjectFirst - 1; k >= Math.Max(0, subjectFirst - 1 - SubjectReach); k--)
        {
            var w = view.Word(k);
            if (ModalityCues.AwaitingLookup.Contains(w))
            {
                return k;
            }

            if (k > 0 && ModalityCues.AwaitingLedLookup.Contains(w) && ModalityCues.AwaitingLeadLookup.Contains(view.Word(k - 1)))
            {
                return k - 1;
            }

            if (view.MentionAt[k] < 0 && w is "," or ";" or "and" or "but" or "that")
            {
                return -1;
            }
        }

        return -1;
    }
}
