using System.Globalization;
using CsvHelper;
using Orkhon.Domain;
using Orkhon.Knowledge;

namespace Orkhon.Contracts;

/// <summary>Kept PLOVER records as RFC 4180 CSV, one row each: <see cref="PloverEventJson"/>'s fields in its order, lists joined with " | ".</summary>
public static class PloverEventCsv
{
    public static readonly IReadOnlyList<string> Columns =
        ["id", "date", "source", "source_name", "target", "target_name", "plover", "mode", "contexts", "text", "location", "origin", "source_urls"];

    public static void Write(TextWriter output, IEnumerable<PloverEvent> records, ReferenceData reference)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(reference);
        using var csv = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var column in Columns)
        {
            csv.WriteField(column);
        }

        csv.NextRecord();
        foreach (var e in records)
        {
            csv.WriteField(e.Id);
            csv.WriteField(e.Date?.ToString());
            csv.WriteField(e.Source);
            csv.WriteField(reference.NameOf(e.Source));
            csv.WriteField(e.Target);
            csv.WriteField(reference.NameOf(e.Target));
            csv.WriteField(e.Type);
            csv.WriteField(e.Mode);
            csv.WriteField(string.Join(" | ", e.Contexts));
            csv.WriteField(e.Text);
            csv.WriteField(e.Location);
            csv.WriteField(e.Origin.ToName());
            csv.WriteField(string.Join(" | ", e.Evidences.Select(v => v.Url)));
            csv.NextRecord();
        }

        csv.Flush();
    }
}
