using Orkhon.Extraction.Mentions;

namespace Orkhon.Extraction;

/// <summary>
/// "Hamas accused Israel on Wednesday of assassinating Haniyeh, and Iran's Supreme Leader vowed harsh punishment": a threat that
/// names no one of its own, told in the same sentence after an accusation by another party, is aimed at the accused. Only the
/// same sentence, only when the accused is not the one threatening, and only for an accusation (112 and its sub-codes) coded
/// before the threat.
/// </summary>
internal static class AccusedThreatened
{
    /// <summary>A pair from each threatening subject to the accused, or empty.</summary>
    public static List<ActorPair> Pairs(SentenceView view, CodedPhrase phrase, List<EventMention> events)
    {
        var (trigger, subject) = (phrase.Trigger, phrase.Subject);
        if (phrase.Cameo.RootNumber != 13 || trigger.Entry.IsNoun || trigger.Passive || subject.Count == 0)
        {
            return [];
        }

        var theirs = subject.SelectMany(s => s.Codes).ToHashSet(StringComparer.Ordinal);
        var accusation = events.FindLast(e => e.SentenceStart == view.Start && e.Cameo.Value.StartsWith("112", StringComparison.Ordinal)
            && e.PhraseEnd <= view.Tokens[trigger.First].Start && !theirs.Contains(e.Source.Code) && !theirs.Contains(e.Target.Code));
        if (accusation is null)
        {
            return [];
        }

        var accused = new ActorMention(trigger.First, trigger.First, [accusation.Target.Code], accusation.Target.Role, MentionKind.Coreference, false, false);
        return [.. subject.Select(s => new ActorPair(s, accused, null))];
    }
}
