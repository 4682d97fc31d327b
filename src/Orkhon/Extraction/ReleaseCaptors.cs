using Orkhon.Domain;
using Orkhon.Extraction.Mentions;

namespace Orkhon.Extraction;

/// <summary>
/// Whom a demand or an appeal for someone's release is aimed at when it names no one ("The leaders demanded the release of the
/// journalist.", "Washington called for the release of the vessel."): the captor, the party that last arrested, seized or took
/// hostage someone (173, 181, 1711) in this sentence or a few before, not the state of the one held, whom the sentence may not
/// even name. Without such an act coded nothing is guessed.
/// </summary>
internal static class ReleaseCaptors
{
    // How many sentences back the capture may be told: a seizure is often told first, then its details, then the reactions.
    private const int Sentences = 4;

    private static readonly HashSet<string> s_releaseCodes = new(StringComparer.Ordinal) { "0253", "1053" };

    private static readonly HashSet<string> s_captureCodes = new(StringComparer.Ordinal) { "173", "181", "1711" };

    /// <summary>Whether a phrase asks for or demands a release.</summary>
    public static bool IsRelease(CodedPhrase phrase) => s_releaseCodes.Contains(phrase.Cameo.Value);

    /// <summary>The captor as a mention over the asker's span, or null when no capture by another party is told.</summary>
    public static ActorMention? Captor(ActorMention asker, List<EventMention> events, MentionContext context)
    {
        var code = asker.Code;
        var earlier = context.EarlierEvents;
        for (var s = earlier.Count; s >= Math.Max(0, earlier.Count - Sentences); s--)
        {
            var capture = (s == earlier.Count ? events : earlier[s]).LastOrDefault(e => s_captureCodes.Contains(e.Cameo.Value)
                && e.Source.Code != code && e.Source.Code != e.Target.Code);
            if (capture is not null)
            {
                return new ActorMention(asker.First, asker.Last, [capture.Source.Code], capture.Source.Role, MentionKind.Coreference, false, false);
            }
        }

        return null;
    }
}
