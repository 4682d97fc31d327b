using System.Collections.Frozen;
using System.Globalization;
using Orkhon.Knowledge;

namespace Orkhon.Extraction.Mentions;

/// <summary>
/// Capitals and seats of power that stood for an earlier state before a date (<c>data/lexicon/capital-eras.tsv</c>): "Moscow"
/// in 1990 is the Soviet Union, "Prague" in 1990 Czechoslovakia. A state's own name keeps its code.
/// </summary>
public static class CapitalEras
{
    private static readonly FrozenDictionary<string, (DateOnly Until, string Code)> s_eras = Load(EmbeddedData.ReadTable(EmbeddedData.CapitalEras));

    /// <summary>Rows of a capital-eras table (<c>country</c>, <c>until</c>, <c>code</c>); a bad date or code is an error naming the row.</summary>
    public static FrozenDictionary<string, (DateOnly Until, string Code)> Load(TsvTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var (country, until, code) = (table.ColumnIndex("country"), table.ColumnIndex("until"), table.ColumnIndex("code"));
        var eras = new Dictionary<string, (DateOnly, string)>(StringComparer.Ordinal);
        var errors = new List<DataFileError>();
        foreach (var row in table.Rows)
        {
            if (!DateOnly.TryParseExact(row[until], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                errors.Add(new DataFileError(table.Name, row.Line, $"'until' is a date YYYY-MM-DD: '{row[until]}'"));
            }
            else if (row[country].Length != 3 || row[code].Length != 3 || !eras.TryAdd(row[country], (day, row[code])))
            {
                errors.Add(new DataFileError(table.Name, row.Line, $"country and code are three-letter codes, each country once: '{row[country]}', '{row[code]}'"));
            }
        }

        return errors.Count > 0 ? throw new DataFileException(errors) : eras.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The code a capital or seat of <paramref name="country"/> stands for at <paramref name="date"/>.</summary>
    public static string At(string country, DateOnly? date) =>
        date is { } day && s_eras.TryGetValue(country, out var era) && day < era.Until ? era.Code : country;
}
