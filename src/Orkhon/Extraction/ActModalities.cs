using Orkhon.Extraction.Mentions;

namespace Orkhon.Extraction;

/// <summary>
/// The modality each phrase of one sentence was read with, for the subject it was read for. A chain of trip purposes
/// ("travelled to Astana to visit Tokayev to attend the summit to sign …") reads the trip before every infinitive, which
/// reads its own trip in turn: remembered, each phrase is read once per subject, and a sentence costs linear time in its
/// phrases instead of quadratic (issue 9).
/// </summary>
internal sealed class ActModalities
{
    private readonly Dictionary<int, (List<Trigger> Triggers, IReadOnlyList<ActorMention> Subject, ClauseModality Modality)> _read = [];

    /// <summary>The modality phrase <paramref name="index"/> of <paramref name="triggers"/> was read with for an equal subject, if it was.</summary>
    public bool TryGet(List<Trigger> triggers, int index, IReadOnlyList<ActorMention> subject, out ClauseModality modality)
    {
        // The phrase list is the sentence's own and is not changed while its phrases are classified; a different list (or an
        // unequal subject) is read afresh rather than trusted.
        if (_read.TryGetValue(index, out var read) && ReferenceEquals(read.Triggers, triggers)
            && (ReferenceEquals(read.Subject, subject) || read.Subject.SequenceEqual(subject)))
        {
            modality = read.Modality;
            return true;
        }

        modality = default;
        return false;
    }

    /// <summary>Remembers the modality phrase <paramref name="index"/> was read with for <paramref name="subject"/> (the latest subject wins).</summary>
    public void Add(List<Trigger> triggers, int index, IReadOnlyList<ActorMention> subject, ClauseModality modality) =>
        _read[index] = (triggers, subject, modality);
}
