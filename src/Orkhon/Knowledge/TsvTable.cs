namespace Orkhon.Knowledge;

/// <summary>
/// A tab-separated data file with a header row, read whole. Rows keep their 1-based line numbers so
/// that every validation message can point at the line to fix.
/// </summary>
public sealed class TsvTable
{
    private readonly Dictionary<string, int> _columns;

    private TsvTable(string name, string[] header, List<TsvRow> rows)
    {
        Name = name;
        Header = header;
        Rows = rows;
        _columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            _columns[header[i]] = i;
        }
    }

    /// <summary>The file name used in messages.</summary>
    public string Name { get; }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<TsvRow> Rows { get; }

    public int ColumnIndex(string column) =>
        _columns.TryGetValue(column, out var i) ? i : throw new DataFileException([new DataFileError(Name, 1, $"missing column '{column}'")]);

    /// <summary>Reads a table; blank lines and lines starting with <c>#</c> are skipped.</summary>
    /// <exception cref="DataFileException">The header is missing or a row has the wrong number of fields.</exception>
    public static TsvTable Read(string name, TextReader reader)
    {
        string[]? header = null;
        var rows = new List<TsvRow>();
        var errors = new List<DataFileError>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (header is null)
            {
                header = fields;
                continue;
            }

            if (fields.Length != header.Length)
            {
                errors.Add(new DataFileError(name, lineNumber, $"expected {header.Length} tab-separated fields, found {fields.Length}"));
                continue;
            }

            rows.Add(new TsvRow(lineNumber, fields));
        }

        if (header is null)
        {
            errors.Add(new DataFileError(name, 1, "the file is empty: expected a header row"));
        }

        return errors.Count > 0 ? throw new DataFileException(errors) : new TsvTable(name, header!, rows);
    }
}
