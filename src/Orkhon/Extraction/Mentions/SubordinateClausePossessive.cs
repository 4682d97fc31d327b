using System.Collections.Frozen;
using Orkhon.Text;

namespace Orkhon.Extraction.Mentions;

/// <summary>
/// "Riyadh cut ties with Tehran in 2016 after protesters stormed its embassy in the Iranian capital": in a clause of time or
/// cause ("after", "when", "because"…) with no actor of its own before it, "its" before something a state owns (<c>state-asset</c>)
/// is the sentence's subject, the state named first. A crowd or a gunman seldom owns an embassy; the state the sentence is about
/// does.
/// </summary>
internal static class SubordinateClausePossessive
{
    // possessive-subordinator of data/lexicon/mention-words.tsv, compared as written as this rule has always read it.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_openers =
        MentionFinder.Words.Of("possessive-subordinator").ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // How far before "its" the clause's opener may stand ("after protesters stormed its": 3).
    private const int OpenerReach = 6;

    /// <summary>The sentence's subject "its" at token <paramref name="i"/> stands for, or null.</summary>
    public static ActorMention? Owner(string text, List<Token> tokens, int i, IReadOnlyList<ActorMention> mentions)
    {
        if (!SpeakerPossessive.OwnsAsset(text, tokens, i) || mentions.Count == 0)
        {
            return null;
        }

        var opener = -1;
        for (var k = i - 1; k > 0 && k >= i - OpenerReach; k--)
        {
            if (tokens[k].Kind != TokenKind.Word)
            {
                return null;
            }

            if (s_openers.Contains(tokens[k].In(text)))
            {
                opener = k;
                break;
            }
        }

        if (opener < 0)
        {
            return null;
        }

        // No actor of the clause's own ("after Polish jets violated its airspace" is Poland's act on another's airspace, read as before).
        if (mentions[^1].Last > opener)
        {
            return null;
        }

        var subject = mentions[0];
        return subject.IsPlace || subject.IsWeak || subject.IsPossessive || subject.Codes.Count != 1 || subject.Kind == MentionKind.Coreference || subject.Last > opener
            ? null
            : subject;
    }
}
