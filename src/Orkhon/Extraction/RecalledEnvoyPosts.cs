using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// "New Delhi said it was withdrawing its high commissioner", "Macron recalled France's ambassador for consultations": an envoy
/// recalled (161) with no state named after the phrase was recalled from the state the story is about. The target is the one
/// foreign state the sentence names (an actor or a people: "ordered six Canadian diplomats to leave … and said it was
/// withdrawing its own envoy"); in a sentence naming none, the state of the dateline, else the one foreign state the earlier
/// sentences name. Nothing when the sentence names two foreign states, or the context two, or only the recalling state, nor
/// when the recalling state is read from a people ("Canadian diplomats") and the post found is the sentence's first actor,
/// which is then more likely the one recalling.
/// </summary>
internal static class RecalledEnvoyPosts
{
    // "ambassador", "envoy", "high commissioner": phrase-words.tsv, recalled-envoy.
    private static readonly WordSet s_envoys = PhraseGrammar.Words.Lookup("recalled-envoy");

    /// <summary>Whether <paramref name="phrase"/> recalls or withdraws an envoy (161, a verb, one recalling state).</summary>
    public static bool IsRecall(SentenceView view, CodedPhrase phrase) =>
        phrase.Cameo.Value == "161" && !phrase.Trigger.Entry.IsNoun && !phrase.Trigger.Passive && phrase.Subject.Count == 1 && NamesAnEnvoy(view, phrase.Trigger);

    /// <summary>The state the envoy of <paramref name="phrase"/> was recalled from, or null.</summary>
    public static ActorMention? Post(SentenceView view, CodedPhrase phrase, MentionContext context)
    {
        var trigger = phrase.Trigger;
        if (!IsRecall(view, phrase))
        {
            return null;
        }

        var own = phrase.Subject[0].Code;
        var post = OneForeignState(view.Found, own, out var many);
        if (many)
        {
            return null;
        }

        post ??= context.DatelineState is { } home && home != own ? home : OneForeignState(context.Recent, own, out many);
        if (post is null || many || (phrase.Subject[0].Kind == MentionKind.Adjective && FirstActor(view) == post))
        {
            return null;
        }

        return new ActorMention(trigger.First, trigger.First, [post], null, MentionKind.Coreference, false, false);
    }

    // "India hit back, ordering six Canadian diplomats out and announcing that it was withdrawing its envoy": a people read as
    // the recalling state ("Canadian diplomats") after another state that opens the sentence is doubtful, and that first
    // actor is then no post of the envoy.
    private static string? FirstActor(SentenceView view)
    {
        foreach (var m in view.Found)
        {
            if (!m.IsPlace && m.Codes.Count == 1)
            {
                return m.Code;
            }
        }

        return null;
    }

    private static bool NamesAnEnvoy(SentenceView view, Trigger trigger)
    {
        for (var k = trigger.First; k < trigger.End; k++)
        {
            if (s_envoys.Contains(view.Word(k)))
            {
                return true;
            }
        }

        return false;
    }

    // The one state other than the recalling one among the mentions; many when there are two.
    private static string? OneForeignState(IReadOnlyList<ActorMention> mentions, string own, out bool many)
    {
        string? found = null;
        many = false;
        foreach (var m in mentions)
        {
            if (m.IsWeak || m.Codes.Count != 1 || !m.NamesAState || m.Code == own)
            {
                continue;
            }

            if (found is not null && found != m.Code)
            {
                many = true;
                return null;
            }

            found = m.Code;
        }

        return found;
    }
}
