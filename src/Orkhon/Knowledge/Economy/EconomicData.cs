using System.Globalization;

namespace Orkhon.Knowledge.Economy;

/// <summary>
/// The economic figures shipped in <c>data/economy/</c> (trade, FDI, aid), loaded once and validated by
/// <see cref="EconomicDataValidator"/>. Files are keyed by reporting country, so another country's rows
/// are added to the same files.
/// </summary>
public sealed class EconomicData
{
    private static readonly string[] s_columns = ["reporter", "year", "flow", "partner", "value_musd", "share_pct", "basis", "source_url", "note"];

    private static readonly Lazy<EconomicData> s_default = new(() =>
    {
        var tables = EconomicSeries.All.Select(s => (s, EmbeddedData.ReadTable(s.File))).ToList();
        return Load(tables, ReferenceData.Default);
    });

    private readonly ILookup<(string Series, string Reporter, int Year, string Flow), EconomicFigure> _byKey;

    public EconomicData(IReadOnlyList<EconomicFigure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        Figures = figures;
        _byKey = figures.ToLookup(f => (f.Series, f.Reporter, f.Year, f.Flow));
    }

    public static EconomicData Default => s_default.Value;

    public IReadOnlyList<EconomicFigure> Figures { get; }

    /// <summary>The figures of one series, reporter, year and flow (partners and the total).</summary>
    public IEnumerable<EconomicFigure> Of(string series, string reporter, int year, string flow) => _byKey[(series, reporter, year, flow)];

    /// <summary>The reporting countries with any figure.</summary>
    public IReadOnlyList<string> Reporters => [.. Figures.Select(f => f.Reporter).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>
    /// Parses and validates the tables; every problem in every file is collected before anything is thrown.
    /// </summary>
    /// <exception cref="DataFileException">A row is malformed or the figures contradict each other.</exception>
    public static EconomicData Load(IReadOnlyList<(EconomicSeries Series, TsvTable Table)> tables, ReferenceData reference)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(reference);
        var errors = new List<DataFileError>();
        var figures = new List<EconomicFigure>();
        foreach (var (series, table) in tables)
        {
            figures.AddRange(Parse(series, table, errors));
        }

        errors.AddRange(EconomicDataValidator.Validate(figures, reference));
        return errors.Count > 0 ? throw new DataFileException(errors) : new EconomicData(figures);
    }

    private static List<EconomicFigure> Parse(EconomicSeries series, TsvTable table, List<DataFileError> errors)
    {
        var list = new List<EconomicFigure>();
        if (!table.Header.SequenceEqual(s_columns))
        {
            errors.Add(new DataFileError(table.Name, 1, $"expected the columns {string.Join(", ", s_columns)}"));
            return list;
        }

        foreach (var row in table.Rows)
        {
            var problems = new List<string>();
            if (!int.TryParse(row[1], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                problems.Add($"year '{row[1]}' is not a year");
            }

            var value = Number(row[4], "value_musd", problems);
            var share = Number(row[5], "share_pct", problems);
            if (problems.Count > 0)
            {
                errors.AddRange(problems.Select(p => new DataFileError(table.Name, row.Line, p)));
                continue;
            }

            list.Add(new EconomicFigure(series.Id, row[0], year, row[2], row[3], value, share, row[6], row[7], row.Optional(8), table.Name, row.Line));
        }

        return list;
    }

    private static double? Number(string text, string column, List<string> problems)
    {
        if (text.Length == 0)
        {
            return null;
        }

        // Plain decimals only: thousands separators and exponents would hide typing errors in a hand-kept file.
        if (double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        problems.Add($"{column} '{text}' is not a plain non-negative decimal such as 316.8");
        return null;
    }
}
