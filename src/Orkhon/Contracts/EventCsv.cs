using System.Globalization;
using CsvHelper;
using Orkhon.Domain;
using Orkhon.Knowledge;

namespace Orkhon.Contracts;

/// <summary>
/// Events as RFC 4180 CSV, one row per event, sources joined with " | ". Columns are those of
/// <see cref="EventJson"/> in the same order, documented in <c>docs/formats.md</c>.
/// </summary>
public static class EventCsv
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "id", "date", "source", "source_name", "source_role", "target", "target_name", "target_role", "cameo", "cameo_name", "root",
        "quad_class", "goldstein", "plover", "kind", "title", "location", "origin", "confidence", "source_urls", "documents",
    ];

    public static void Write(TextWriter output, IEnumerable<Event> events, ReferenceData reference, CameoCatalog cameo)
    {
        using var csv = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var column in Columns)
        {
            csv.WriteField(column);
        }

        csv.NextRecord();
        foreach (var e in events)
        {
            var type = cameo.Find(e.Cameo);
            csv.WriteField(e.Id);
            csv.WriteField(e.Date?.ToString());
            csv.WriteField(e.Source.Code);
            csv.WriteField(reference.NameOf(e.Source.Code));
            csv.WriteField(e.Source.Role?.ToName());
            csv.WriteField(e.Target.Code);
            csv.WriteField(reference.NameOf(e.Target.Code));
            csv.WriteField(e.Target.Role?.ToName());
            csv.WriteField(e.Cameo.Value);
            csv.WriteField(type?.Name);
            csv.WriteField(type?.Root);
            csv.WriteField(type is null ? null : ((int)type.QuadClass).ToString(CultureInfo.InvariantCulture));
            csv.WriteField(type?.Goldstein.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(type?.PloverType);
            csv.WriteField(e.Kind?.ToName());
            csv.WriteField(e.Title);
            csv.WriteField(e.Location);
            csv.WriteField(e.Origin.ToName());
            csv.WriteField(e.Confidence.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(string.Join(" | ", e.Evidences.Select(v => v.Url).OfType<string>().Distinct()));
            csv.WriteField(string.Join(" | ", e.Evidences.OfType<DocumentEvidence>().Select(v => v.DocumentId).Distinct()));
            csv.NextRecord();
        }
    }
}
