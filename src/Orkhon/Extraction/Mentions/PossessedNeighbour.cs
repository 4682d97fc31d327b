using System.Collections.Frozen;
using Orkhon.Knowledge;
using Orkhon.Text;

namespace Orkhon.Extraction.Mentions;

/// <summary>
/// "Tbilisi urged its northern neighbour to withdraw", "Kazakhstan will keep trading with its largest neighbour": "its"
/// (the sentence's subject, else the previous sentence's) and "neighbour", with at most two describing words between, is the
/// last state named that shares a land border with the owner (<c>data/reference/borders.tsv</c>). A state across the sea, or
/// none bordering the owner, gives nothing: the noun agrees with the map, not with recency alone.
/// </summary>
internal static class PossessedNeighbour
{
    private static readonly FrozenSet<string> s_borders = ReadBorders();

    // "neighbour", "neighbor" (data/lexicon/mention-words.tsv).
    private static readonly WordSet s_neighbourNouns = MentionFinder.Words.Lookup("possessed-neighbour");

    // "its northern neighbour", "its giant southern neighbour": at most this many describing words.
    private const int MaxWords = 2;

    /// <summary>The neighbour the phrase at token <paramref name="i"/> ("its") names, with the index after its noun, or null.</summary>
    public static (ActorMention Mention, int End)? Match(string text, List<Token> tokens, int i, MentionContext context, IReadOnlyList<ActorMention> mentions)
    {
        if (!tokens[i].In(text).Equals("its", StringComparison.Ordinal))
        {
            return null;
        }

        var noun = -1;
        for (var k = i + 1; k < tokens.Count && k <= i + 1 + MaxWords; k++)
        {
            var w = tokens[k].In(text);
            if (s_neighbourNouns.Contains(w) && char.IsLower(w[0]))
            {
                noun = k;
                break;
            }

            if (tokens[k].Kind != TokenKind.Word || w.Length == 0 || !char.IsLower(w[0]))
            {
                return null;
            }
        }

        return noun < 0 ? null : Neighbour(i, noun, context, mentions);
    }

    // The state "its … neighbour" at [i, noun] names. Apart from Match, whose parameter i the lambdas here capture: the closure
    // is allocated where the method starts, and Match is tried at every word a mention may start with.
    private static (ActorMention Mention, int End)? Neighbour(int i, int noun, MentionContext context, IReadOnlyList<ActorMention> mentions)
    {
        var owner = mentions.FirstOrDefault(m => m.Last < i && !m.IsWeak && !m.IsPlace && m.Kind is not MentionKind.Place) ?? context.SubjectState();
        if (owner is null || owner.Codes.Count != 1)
        {
            return null;
        }

        bool Borders(ActorMention m) => m.Codes.Count == 1 && !m.IsWeak && m.Code != owner.Code && s_borders.Contains(owner.Code + "\t" + m.Code);
        var neighbour = mentions.LastOrDefault(m => m.Last < i && Borders(m)) ?? context.Recent.LastOrDefault(Borders);
        return neighbour is null ? null : (new ActorMention(i, noun, [neighbour.Code], null, MentionKind.Coreference, false, false), noun + 1);
    }

    // Both directions of every border.
    private static FrozenSet<string> ReadBorders()
    {
        var table = EmbeddedData.ReadTable(EmbeddedData.Borders);
        var (a, b) = (table.ColumnIndex("a"), table.ColumnIndex("b"));
        return table.Rows.SelectMany(r => new[] { r[a] + "\t" + r[b], r[b] + "\t" + r[a] }).ToFrozenSet(StringComparer.Ordinal);
    }
}
