using System.Collections.Frozen;
using Orkhon.Knowledge;
using Orkhon.Text;

namespace Orkhon.Extraction.Lexicon;

/// <summary>
/// A lexicon file of function words by class (<c>data/lexicon/modality-cues.tsv</c>, <c>data/lexicon/clause-words.tsv</c>):
/// each row a word and the classes it belongs to, separated by semicolons. The stages read each class as a case-insensitive
/// set that looks up spans, so that the words live in data beside the lexicon rather than in code.
/// </summary>
public sealed class WordClasses
{
    private readonly Dictionary<string, FrozenSet<string>> _classes;

    private WordClasses(Dictionary<string, FrozenSet<string>> classes) => _classes = classes;

    /// <summary>Reads an embedded word-class file, matched ignoring case; every class a row names must be one of <paramref name="known"/>.</summary>
    /// <exception cref="DataFileException">A row has no word, no class or a class not in <paramref name="known"/>.</exception>
    public static WordClasses Load(string name, params string[] known) => Read(EmbeddedData.ReadTable(name), known);

    /// <summary>As <see cref="Load"/>, for a file whose words match only as written ("After" and "after" are two rows).</summary>
    public static WordClasses LoadMatchingCase(string name, params string[] known) => Read(EmbeddedData.ReadTable(name), StringComparer.Ordinal, known);

    /// <summary>Reads a word-class table, matched ignoring case: columns <c>word</c> and <c>classes</c>.</summary>
    /// <exception cref="DataFileException">A row has no word, no class or a class not in <paramref name="known"/>.</exception>
    public static WordClasses Read(TsvTable table, params string[] known) => Read(table, StringComparer.OrdinalIgnoreCase, known);

    /// <summary>Reads a word-class table whose words compare by <paramref name="comparer"/> (ordinal, with or without case).</summary>
    /// <exception cref="DataFileException">A row has no word, no class or a class not in <paramref name="known"/>.</exception>
    public static WordClasses Read(TsvTable table, StringComparer comparer, params string[] known)
    {
        ArgumentNullException.ThrowIfNull(comparer);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(known);
        var (wordColumn, classesColumn) = (table.ColumnIndex("word"), table.ColumnIndex("classes"));
        var words = known.ToDictionary(k => k, _ => new List<string>(), StringComparer.Ordinal);
        var errors = new List<DataFileError>();
        foreach (var row in table.Rows)
        {
            var word = row[wordColumn];
            var classes = row.List(classesColumn);
            if (word.Length == 0 || classes.Length == 0)
            {
                errors.Add(new DataFileError(table.Name, row.Line, "expected a word and at least one class"));
                continue;
            }

            foreach (var c in classes)
            {
                if (words.TryGetValue(c, out var list))
                {
                    list.Add(word);
                }
                else
                {
                    errors.Add(new DataFileError(table.Name, row.Line, $"unknown class '{c}' (known: {string.Join(", ", known)})"));
                }
            }
        }

        return errors.Count > 0
            ? throw new DataFileException(errors)
            : new WordClasses(words.ToDictionary(p => p.Key, p => p.Value.ToFrozenSet(comparer), StringComparer.Ordinal));
    }

    /// <summary>The words of one class.</summary>
    public FrozenSet<string> Of(string name) => _classes.TryGetValue(name, out var set) ? set : throw new ArgumentException($"No word class '{name}'.", nameof(name));

    /// <summary>As <see cref="Of"/>, looked up by span (with the same comparison).</summary>
    public WordSet Lookup(string name)
    {
        var words = Of(name);
        return new WordSet(words, (StringComparer)words.Comparer);
    }
}
