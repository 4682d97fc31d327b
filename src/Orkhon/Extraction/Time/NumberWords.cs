using System.Collections.Frozen;
using System.Globalization;
using Orkhon.Knowledge;

namespace Orkhon.Extraction.Time;

/// <summary>
/// Words that stand for numbers: the ordinals a stay's days are counted in ("third" is 3; <c>data/lexicon/ordinals.tsv</c>,
/// matched ignoring case) and the small cardinals the date patterns count units with ("two", "a" is 1;
/// <c>data/lexicon/cardinals.tsv</c>, matched as written: the patterns lower-case their match first, so a letter that only
/// case-insensitive matching pairs with an ASCII one, the long s of "ſix", is no number).
/// </summary>
internal sealed class NumberWords
{
    /// <summary>The ordinals, first to twelfth.</summary>
    public static readonly NumberWords Ordinals = new(Load(EmbeddedData.ReadTable(EmbeddedData.Ordinals), StringComparer.OrdinalIgnoreCase));

    /// <summary>The cardinals the date patterns spell, "a" to "twelve", in lower case.</summary>
    public static readonly NumberWords Cardinals = new(Load(EmbeddedData.ReadTable(EmbeddedData.Cardinals), StringComparer.Ordinal));

    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _numbers;

    private NumberWords(FrozenDictionary<string, int> numbers) => _numbers = numbers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The number <paramref name="word"/> stands for, or 0 for a word the table does not list.</summary>
    public int NumberOf(ReadOnlySpan<char> word) => _numbers.TryGetValue(word, out var n) ? n : 0;

    /// <summary>Rows of a number-word table (<c>word</c>, <c>number</c>); a number below 1, or a word twice, is an error naming the row.</summary>
    public static FrozenDictionary<string, int> Load(TsvTable table, StringComparer comparer)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(comparer);
        var (word, number) = (table.ColumnIndex("word"), table.ColumnIndex("number"));
        var numbers = new Dictionary<string, int>(comparer);
        var errors = new List<DataFileError>();
        foreach (var row in table.Rows)
        {
            if (!int.TryParse(row[number], NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || row[word].Length == 0 || !numbers.TryAdd(row[word], n))
            {
                errors.Add(new DataFileError(table.Name, row.Line, $"expected a word once and a number from 1: '{row[word]}', '{row[number]}'"));
            }
        }

        return errors.Count > 0 ? throw new DataFileException(errors) : numbers.ToFrozenDictionary(comparer);
    }
}
