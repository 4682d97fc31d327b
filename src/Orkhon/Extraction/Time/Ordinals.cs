using System.Collections.Frozen;
using System.Globalization;
using Orkhon.Knowledge;

namespace Orkhon.Extraction.Time;

/// <summary>The numbers ordinals stand for ("third" is 3), from <c>data/lexicon/ordinals.tsv</c>, matched ignoring case.</summary>
internal static class Ordinals
{
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> s_numbers =
        Load(EmbeddedData.ReadTable(EmbeddedData.Ordinals)).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The number <paramref name="word"/> stands for, or 0 for a word the table does not list.</summary>
    public static int NumberOf(ReadOnlySpan<char> word) => s_numbers.TryGetValue(word, out var n) ? n : 0;

    /// <summary>Rows of an ordinals table (<c>word</c>, <c>number</c>); a number below 1, or a word or number twice, is an error naming the row.</summary>
    public static FrozenDictionary<string, int> Load(TsvTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var (word, number) = (table.ColumnIndex("word"), table.ColumnIndex("number"));
        var numbers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var errors = new List<DataFileError>();
        foreach (var row in table.Rows)
        {
            if (!int.TryParse(row[number], NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || numbers.ContainsValue(n)
                || row[word].Length == 0 || !numbers.TryAdd(row[word], n))
            {
                errors.Add(new DataFileError(table.Name, row.Line, $"expected a word and a number from 1, each once: '{row[word]}', '{row[number]}'"));
            }
        }

        return errors.Count > 0 ? throw new DataFileException(errors) : numbers.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
