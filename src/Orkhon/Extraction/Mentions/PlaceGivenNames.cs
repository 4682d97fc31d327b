using Orkhon.Knowledge;
using Orkhon.Text;

namespace Orkhon.Extraction.Mentions;

/// <summary>
/// The names of states and capitals that are also common given names ("Sofia", "Jordan", "Georgia"), from
/// <c>data/reference/place-given-names.tsv</c>: before a surname they name a person, not the state.
/// </summary>
internal static class PlaceGivenNames
{
    private static readonly WordSet s_names = Load();

    public static bool Contains(ReadOnlySpan<char> word) => s_names.Contains(word);

    /// <summary>Every name of the list.</summary>
    public static IReadOnlySet<string> All => s_names.Words;

    private static WordSet Load()
    {
        var table = EmbeddedData.ReadTable(EmbeddedData.PlaceGivenNames);
        var name = table.ColumnIndex("name");
        return new WordSet(table.Rows.Select(r => r[name]), StringComparer.Ordinal);
    }
}
