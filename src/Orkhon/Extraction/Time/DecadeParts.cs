using System.Collections.Frozen;
using System.Globalization;
using Orkhon.Knowledge;

namespace Orkhon.Extraction.Time;

/// <summary>
/// The part of a decade a modifier names ("the early 1990s" is 1990-1993), from <c>data/lexicon/decade-parts.tsv</c>, matched
/// ignoring case. The same words open a span in part of a year after "since" ("since late 2023").
/// </summary>
internal static class DecadeParts
{
    private static readonly FrozenDictionary<string, (int First, int Last)> s_parts = Load(EmbeddedData.ReadTable(EmbeddedData.DecadeParts));

    /// <summary>The modifiers ("early", "mid", "late").</summary>
    public static readonly string[] Words = [.. s_parts.Keys];

    /// <summary>The years from the decade's start the modifier covers, or the whole decade (0 to 9) for any other word.</summary>
    public static (int First, int Last) YearsOf(string modifier) => s_parts.TryGetValue(modifier, out var part) ? part : (0, 9);

    /// <summary>Rows of a decade-parts table (<c>word</c>, <c>first</c>, <c>last</c>); years outside 0..9, or out of order, are an error naming the row.</summary>
    public static FrozenDictionary<string, (int First, int Last)> Load(TsvTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var (word, first, last) = (table.ColumnIndex("word"), table.ColumnIndex("first"), table.ColumnIndex("last"));
        var parts = new Dictionary<string, (int, int)>(StringComparer.OrdinalIgnoreCase);
        var errors = new List<DataFileError>();
        foreach (var row in table.Rows)
        {
            if (!int.TryParse(row[first], NumberStyles.None, CultureInfo.InvariantCulture, out var from) || !int.TryParse(row[last], NumberStyles.None, CultureInfo.InvariantCulture, out var to)
                || from > to || to > 9 || row[word].Length == 0 || !parts.TryAdd(row[word], (from, to)))
            {
                errors.Add(new DataFileError(table.Name, row.Line, $"expected a word once and years 0 to 9, first no later than last: '{row[word]}'"));
            }
        }

        return errors.Count > 0 ? throw new DataFileException(errors) : parts.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
