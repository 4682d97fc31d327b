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

    /// <summary>Whether a well-formed code is one of the catalogue's 311 (a well-formed code such as <c>0499</c> may not be).</summary>
    public bool Contains(CameoCode code) => _byCode.ContainsKey(code.Value);

    public EventType? Find(CameoCode code) => _byCode.GetValueOrDefault(code.Value);

    public EventType Get(CameoCode code) => Get(code.Value);

    /// <summary>The Goldstein conflict–cooperation value of a catalogued code, from −10 to +10.</summary>
    public double Goldstein(CameoCode code) => Get(code).Goldstein;

    /// <summary>
    /// Reads a table's CAMEO code column: a code in CAMEO's form, once per table; otherwise the row's error is added.
    /// Shared by the tables keyed by CAMEO code (this catalogue, the PLOVER mode table).
    /// </summary>
    internal static bool TryReadCode(TsvTable table, TsvRow row, string text, HashSet<string> seen, List<DataFileError> errors, out CameoCode parsed)
    {
        if (!CameoCode.TryParse(text, out parsed))
        {
            errors.Add(new DataFileError(table.Name, row.Line, $"'{text}' is not a CAMEO code (2 to 4 digits, root 01 to 20)"));
            return false;
        }

        if (!seen.Add(text))
        {
            errors.Add(new DataFileError(table.Name, row.Line, $"duplicate code {text}"));
            return false;
        }

        return true;
    }

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
            if (!TryReadCode(table, row, c, seen, errors, out var parsed))
            {
                continue;
            }

            if (parsed.Parent is { } parent && !seen.Contains(parent.Value) && !seen.Contains(parsed.Root.Value))
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
