using System.Globalization;
using CsvHelper;

namespace Orkhon.Cli.Output;

/// <summary>
/// Writes one flat CSV table (RFC 4180, by CsvHelper) to stdout: a header, then rows of exactly as many
/// fields. Numbers are written invariantly at full (round-trip) precision; lists inside a cell are joined
/// with a space, the separator ids and codes never contain.
/// </summary>
internal static class CsvOutput
{
    public static void Write<T>(IReadOnlyList<string> header, IEnumerable<T> rows, Func<T, IEnumerable<object?>> fields)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(fields);
        using (var csv = new CsvWriter(Console.Out, CultureInfo.InvariantCulture, leaveOpen: true))
        {
            foreach (var name in header)
            {
                csv.WriteField(name);
            }

            csv.NextRecord();
            foreach (var row in rows)
            {
                var count = 0;
                foreach (var value in fields(row))
                {
                    csv.WriteField(Format(value));
                    count++;
                }

                // A row of another length is a bug in the verb, and would shift every column after it.
                if (count != header.Count)
                {
                    throw new InvalidOperationException($"CSV row has {count} fields for a header of {header.Count}");
                }

                csv.NextRecord();
            }
        }

        Console.Out.Flush();
    }

    /// <summary>A list of ids or codes as one cell.</summary>
    public static string List(IEnumerable<string> items) => string.Join(' ', items);

    private static string? Format(object? value) => value switch
    {
        null => null,
        // As in the JSON, where a non-finite number is null: an empty cell.
        double d when !double.IsFinite(d) => null,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
