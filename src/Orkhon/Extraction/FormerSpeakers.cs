using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// Someone who no longer holds office does not stand for the state (the coding README's "former president"), so he cannot
/// announce what it will do: "the former Japanese prime minister said Japan would send aid to Ukraine", "Ex-chancellor
/// Schroeder told reporters Germany should buy Russian gas again" tell no plan of Japan or Germany. A planned, possible or
/// threatened act reported by a speaker named "former …", "ex-…" or "the late …" with an office is no event; a past act
/// such a speaker reports is still told as a fact, and the state's own officials keep their announcements.
/// </summary>
internal static class FormerSpeakers
{
    private static readonly WordSet s_reportedSpeech = PhraseGrammar.Words.Lookup("reported-speech");

    // "the former Japanese prime minister": how many words may stand between "former" and the first word of the office.
    private const int OfficeReach = 3;

    /// <summary>Whether the act at <paramref name="trigger"/> is reported by a speaker who held an office and no longer does.</summary>
    public static bool IsToldByFormerOfficeHolder(SentenceView view, Trigger trigger, IReadOnlyList<ActorMention> subject)
    {
        var end = subject.Count > 0 ? Math.Min(subject[0].First, trigger.First) : trigger.First;
        var (lastSpeech, formerBefore) = view.Modalities.FormerSpeakers(view, Read);
        var verb = lastSpeech[end];

        // "…, and Peskov said Russia would…": a speaker named right before the verb is that speaker, whoever came earlier.
        return verb > 0 && view.MentionAt[verb - 1] < 0 && formerBefore[verb];
    }

    // For each token, the last verb of reported speech before it (-1 for none), and whether the nearest of a "former",
    // "ex-" or "late" before an office and a ";" before it is the former office-holder. Read once per sentence: looked for
    // back from each planned phrase, a long sentence of many would cost time that grows with its square.
    private static (int[], bool[]) Read(SentenceView view)
    {
        var count = view.Tokens.Count;
        var lastSpeech = new int[count + 1];
        var formerBefore = new bool[count + 1];
        var (speech, former) = (-1, false);
        for (var k = 0; k < count; k++)
        {
            (lastSpeech[k], formerBefore[k]) = (speech, former);
            var w = view.Word(k);
            if (s_reportedSpeech.Contains(w))
            {
                speech = k;
            }

            if (w is ";")
            {
                former = false;
            }
            else if ((w.Equals("former", StringComparison.OrdinalIgnoreCase) || w.Equals("ex-", StringComparison.OrdinalIgnoreCase) || w.Equals("late", StringComparison.OrdinalIgnoreCase))
                && NamesOffice(view, k + 1))
            {
                former = true;
            }
        }

        (lastSpeech[count], formerBefore[count]) = (speech, former);
        return (lastSpeech, formerBefore);
    }

    // "president", "prime minister", "Japanese prime minister": a state office within reach after "former".
    private static bool NamesOffice(SentenceView view, int from)
    {
        var end = Math.Min(view.Tokens.Count, from + OfficeReach);
        for (var k = from; k < end; k++)
        {
            var w = view.Word(k);
            if (w.Length == 0 || !char.IsLetter(w[0]))
            {
                return false;
            }

            if (IsStateOffice(w) || (k + 1 < view.Tokens.Count && IsStateOffice(string.Concat(w, " ", view.Word(k + 1)))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsStateOffice(ReadOnlySpan<char> phrase)
    {
        Span<char> lower = phrase.Length <= 64 ? stackalloc char[phrase.Length] : new char[phrase.Length];
        phrase.ToLowerInvariant(lower);
        return RoleWords.TryGet(lower, out var role) && RoleWords.IsStateRole(role);
    }
}
