using System.Collections.Frozen;
using Orkhon.Knowledge;

namespace Orkhon.Extraction.Mentions;

/// <summary>
/// Last words of office-holders' names that are not indexed on their own (<c>data/reference/surname-words.tsv</c>):
/// common words ("Key", "English") and surnames many people in the news share ("Khan", "Silva"). Without this list
/// "John Key" would make every capitalised "Key" New Zealand's prime minister. A row that wants its bare surname
/// lists it in alt_names.
/// </summary>
public static class SurnameWords
{
    public const string FileName = "reference.surname-words.tsv";

    private static readonly Lazy<FrozenSet<string>> s_default = new(() => Load(EmbeddedData.ReadTable(FileName)));

    public static FrozenSet<string> Default => s_default.Value;

    /// <summary>The words of the table's <c>word</c> column, folded (no diacritics) and compared without case.</summary>
    public static FrozenSet<string> Load(TsvTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var word = table.ColumnIndex("word");
        var errors = new List<DataFileError>();
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in table.Rows)
        {
            var w = row[word].Trim();
            if (w.Length == 0 || w.Contains(' ', StringComparison.Ordinal))
            {
                errors.Add(new DataFileError(table.Name, row.Line, $"a surname word is one word, not '{w}'"));
                continue;
            }

            words.Add(OfficeHolderIndex.Fold(w));
        }

        return errors.Count > 0 ? throw new DataFileException(errors) : words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
