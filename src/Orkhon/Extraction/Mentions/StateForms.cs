using System.Collections.Frozen;
using Orkhon.Knowledge;

namespace Orkhon.Extraction.Mentions;

/// <summary>
/// Whether a state is of the form a reference back names ("the kingdom", "the emirate", "the sultanate"): its official name
/// says so ("Kingdom of Morocco"), or <c>data/lexicon/state-forms.tsv</c> does for the states whose official name does not
/// ("State of Qatar" is an emirate).
/// </summary>
internal static class StateForms
{
    private static readonly FrozenSet<string> s_listed = Read();

    /// <summary>Whether the state <paramref name="code"/>, officially <paramref name="officialName"/>, is a <paramref name="form"/>.</summary>
    public static bool Is(string code, string officialName, string form) =>
        officialName.Contains(form, StringComparison.OrdinalIgnoreCase) || s_listed.Contains(code + "\t" + form.ToLowerInvariant());

    private static FrozenSet<string> Read()
    {
        var table = EmbeddedData.ReadTable(EmbeddedData.StateForms);
        var (code, form) = (table.ColumnIndex("code"), table.ColumnIndex("form"));
        return table.Rows.Select(r => r[code] + "\t" + r[form]).ToFrozenSet(StringComparer.Ordinal);
    }
}
