using Orkhon.Text;

namespace Orkhon.Extraction.Mentions;

/// <summary>
/// "Belarus' defence ministry said on Tuesday that Polish helicopters had violated its airspace", "Manila said Chinese vessels
/// had rammed one of its ships": in reported speech, "its" before something a state owns (<c>state-asset</c> of
/// <c>data/lexicon/mention-words.tsv</c>) is the speaker's when another state acts in the reported clause: a state seldom
/// reports another's hostile act against that other's own airspace or ships.
/// </summary>
internal static class SpeakerPossessive
{
    private static readonly WordSet s_assets = MentionFinder.Words.Lookup("state-asset");
    private static readonly WordSet s_speechVerbs = MentionFinder.Words.Lookup("speech-verb");

    // How far before its verb of saying the speaker may end ("Belarus' defence ministry | said"; "Seoul's military | said on Monday").
    // Only words (an office, "'s") may stand between: "Belarus' defence ministry said".
    private const int SpeakerReach = 4;

    /// <summary>Whether the token at <paramref name="i"/> is "its" before a state's asset ("its airspace"): a target, unlike "its president".</summary>
    public static bool OwnsAsset(string text, List<Token> tokens, int i) =>
        tokens[i].In(text).Equals("its", StringComparison.Ordinal) && i + 1 < tokens.Count && s_assets.Contains(tokens[i + 1].In(text));

    /// <summary>The speaker "its" at token <paramref name="i"/> stands for, or null.</summary>
    public static ActorMention? Owner(string text, List<Token> tokens, int i, IReadOnlyList<ActorMention> mentions)
    {
        if (!OwnsAsset(text, tokens, i))
        {
            return null;
        }

        // The last verb of saying before "its", and the speaker right before it.
        var verb = -1;
        for (var k = i - 1; k > 0; k--)
        {
            if (s_speechVerbs.Contains(tokens[k].In(text)))
            {
                verb = k;
                break;
            }
        }

        if (verb < 1)
        {
            return null;
        }

        var speaker = LastWhere(mentions, verb, i, after: false);
        if (speaker is null || verb - speaker.Last > SpeakerReach || speaker.IsPlace || speaker.IsWeak || speaker.Codes.Count != 1 || speaker.Kind == MentionKind.Coreference)
        {
            return null;
        }

        for (var k = speaker.Last + 1; k < verb; k++)
        {
            if (tokens[k].Kind != TokenKind.Word && tokens[k].In(text) is not "'" and not "'s" and not "’")
            {
                return null;
            }
        }

        // Another state acts in the reported clause: "… that Polish helicopters had violated its airspace".
        var actor = LastWhere(mentions, verb, i, after: true);
        return actor is not null && actor.Code != speaker.Code ? speaker : null;
    }

    // The last mention ending before the verb, or (after) the last actor between the verb and "its". A loop, not a lambda:
    // a lambda over Owner's parameters would allocate its closure at every "its" read.
    private static ActorMention? LastWhere(IReadOnlyList<ActorMention> mentions, int verb, int i, bool after)
    {
        for (var n = mentions.Count - 1; n >= 0; n--)
        {
            var m = mentions[n];
            if (after ? m.First > verb && m.Last < i && !m.IsPlace : m.Last < verb)
            {
                return m;
            }
        }

        return null;
    }
}
