using Orkhon.Domain;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Knowledge;

namespace Orkhon.Extraction;

/// <summary>
/// "TOKYO, Dec 13 (Kyodo) - … Khurelsukh arrived on Wednesday for a three-day official visit.", "… who flew in for the
/// day": an arrival told with no destination in a story filed from a state's capital is a visit to that state, when the
/// visitor is another state's and the story has already named the dateline's state (so a story filed from Vienna about
/// Iran guesses nothing, as in <see cref="DatelineCountry"/>).
/// </summary>
internal static class DatelineVisits
{
    /// <summary>Each subject visiting the dateline's state, or empty when the rule does not apply.</summary>
    public static List<ActorPair> Pairs(SentenceView view, CodedPhrase phrase, MentionContext context)
    {
        var (trigger, subject) = (phrase.Trigger, phrase.Subject);
        if (trigger.Passive || trigger.Entry.IsNoun || subject.Count == 0 || !phrase.Cameo.IsIn(CameoCode.MakeVisit) || trigger.Entry.Frame != EventFrame.Visit
            || !(trigger.Entry.Phrase.StartsWith("arrive", StringComparison.Ordinal) || trigger.Entry.Phrase.StartsWith("fly in", StringComparison.Ordinal))
            || context.DatelineState is not { } home || subject.Any(s => s.Codes.Count != 1 || s.Code == home || !ActorMention.IsStateCode(s.Code))
            || !(view.Found.Any(m => Names(m, home)) || context.Recent.Any(m => Names(m, home))))
        {
            return [];
        }

        var host = new ActorMention(trigger.First, trigger.First, [home], null, MentionKind.Coreference, true, false);
        return [.. subject.Select(s => new ActorPair(s, host, null))];
    }

    private static bool Names(ActorMention m, string code) => m.Code == code && m.Codes.Count == 1 && !m.IsWeak;

}
