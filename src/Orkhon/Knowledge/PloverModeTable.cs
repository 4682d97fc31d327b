using Orkhon.Domain;

namespace Orkhon.Knowledge;

/// <summary>
/// The CAMEO→PLOVER conversion table of PLOVER draft 0.8 as data (<c>data/cameo/plover-modes.tsv</c>): for
/// each CAMEO code the table lists, its PLOVER type, mode and contexts. What <see cref="Exchange.PloverMapping"/>
/// reads to take a PLOVER record back to CAMEO.
/// </summary>
public sealed class PloverModeTable
{
    private static readonly Lazy<PloverModeTable> s_default = new(() => Load(EmbeddedData.ReadTable(EmbeddedData.PloverModes)));

    private PloverModeTable(IReadOnlyList<PloverModeRow> rows) => Rows = rows;

    /// <summary>The table shipped with the product, loaded once.</summary>
    public static PloverModeTable Default => s_default.Value;

    /// <summary>The rows in file order (the conversion table's order).</summary>
    public IReadOnlyList<PloverModeRow> Rows { get; }

    /// <summary>Loads and validates a table with the columns code, plover, mode, context (contexts separated by <c>;</c>).</summary>
    public static PloverModeTable Load(TsvTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        int code = table.ColumnIndex("code"), plover = table.ColumnIndex("plover"), mode = table.ColumnIndex("mode"), context = table.ColumnIndex("context");
        var errors = new List<DataFileError>();
        var rows = new List<PloverModeRow>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var c = row[code];
            if (!CameoCatalog.TryReadCode(table, row, c, seen, errors, out var parsed))
            {
                continue;
            }

            var type = row[plover];
            if (type.Length == 0 || type != type.ToUpperInvariant())
            {
                errors.Add(new DataFileError(table.Name, row.Line, $"PLOVER type '{type}' is empty or not in capitals"));
                continue;
            }

            var contexts = (row.Optional(context) ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            rows.Add(new PloverModeRow(parsed, type, row.Optional(mode) ?? "", contexts));
        }

        return errors.Count > 0 ? throw new DataFileException(errors) : new PloverModeTable(rows);
    }
}

/// <summary>One row of <see cref="PloverModeTable"/>: a CAMEO code's PLOVER type, its mode ("" when the table gives none) and its contexts (none, one or two).</summary>
public sealed record PloverModeRow(CameoCode Code, string Type, string Mode, IReadOnlyList<string> Contexts);
