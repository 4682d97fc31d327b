using System.Collections.Frozen;
using System.Globalization;
using Orkhon.Domain;

namespace Orkhon.Knowledge;

/// <summary>
/// The complete CAMEO event code list (311 codes: 20 roots, their three- and four-digit children)
/// with names, Goldstein values and PLOVER types, from <c>data/cameo/cameo.tsv</c>.
/// </summary>
public sealed class CameoCatalog
{
    private static readonly Lazy<CameoCatalog> s_default = new(() => Load(EmbeddedData.ReadTable(EmbeddedData.Cameo)));

    private readonly FrozenDictionary<string, EventType> _byCode;

    private CameoCatalog(IReadOnlyList<EventType> types)
    {
        All = types;
        _byCode = types.ToFrozenDictionary(t => t.Code, StringComparer.Ordinal);
    }

    /// <summary>The catalogue shipped with the product, loaded once.</summary>
    public static CameoCatalog Default => s_default.Value;

    /// <summary>Every code in file order (roots followed by their children).</summary>
    public IReadOnlyList<EventType> All { get; }

    public bool Contains(string code) => _byCode.ContainsKey(code);

    public EventType? Find(string code) => _byCode.GetValueOrDefault(code);

    public EventType Get(string code) =>
        _byCode.TryGetValue(code, out var type) ? type : throw new KeyNotFoundException($"'{code}' is not a CAMEO event code.");

    /// <summary>Loads and validates a catalogue table (columns code, name, goldstein, plover).</summary>
    public static CameoCatalog Load(TsvTable table)
    {
        int code = table.ColumnIndex("code"), name = table.ColumnIndex("name"), goldstein = table.ColumnIndex("goldstein"), plover = table.ColumnIndex("plover");
        var errors = new List<DataFileError>();
        var types = new List<EventType>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var c = row[code];
            if (c.Length is < 2 or > 4 || !c.All(char.IsAsciiDigit))
            {
                errors.Add(new DataFileError(table.Name, row.Line, $"'{c}' is not a CAMEO code (2 to 4 digits)"));
                continue;
            }

            if (!seen.Add(c))
            {
                errors.Add(new DataFileError(table.Name, row.Line, $"duplicate code {c}"));
                continue;
            }

            if (c.Length > 2 && !seen.Contains(c[..(c.Length - 1)]) && !seen.Contains(c[..2]))
            {
                errors.Add(new DataFileError(table.Name, row.Line, $"code {c} appears before its parent"));
            }

            if (!double.TryParse(row[goldstein], NumberStyles.Float, CultureInfo.InvariantCulture, out var g) || g is < -10 or > 10)
            {
                errors.Add(new DataFileError(table.Name, row.Line, $"Goldstein value '{row[goldstein]}' is not a number in [-10, 10]"));
                continue;
            }

            if (row[name].Length == 0)
            {
                errors.Add(new DataFileError(table.Name, row.Line, $"code {c} has no name"));
                continue;
            }

            types.Add(new EventType(c, row[name], g, row.Optional(plover)));
        }

        return errors.Count > 0 ? throw new DataFileException(errors) : new CameoCatalog(types);
    }
}
