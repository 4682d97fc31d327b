using System.Globalization;
using Orkhon.Domain;
using Orkhon.Knowledge;

namespace Orkhon.Exchange;

/// <summary>
/// Writes events as ICEWS-style tab-separated rows with the ICEWS header. ICEWS has a day for every event,
/// names for countries, CAMEO codes as numbers, no addresses and no roles: undated events are left out (and
/// reported), months and years are written as their first day, and evidence is not carried.
/// </summary>
public sealed class IcewsWriter(ReferenceData reference, CameoCatalog cameo)
{
    public ExportResult Write(TextWriter output, IEnumerable<Event> events)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(events);
        var inv = CultureInfo.InvariantCulture;
        output.Write(string.Join('\t', IcewsColumns.All));
        output.Write('\n');
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var omitted = new List<(string, string)>();
        var written = 0;
        foreach (var e in events)
        {
            if (e.Date is not { IsOpenStart: false } date)
            {
                omitted.Add((e.Id, "ICEWS events have a day; this one has no date (or an open start)"));
                continue;
            }

            var type = cameo.Find(e.Cameo);
            fields.Clear();
            fields[IcewsColumns.EventId] = DatasetIds.NumericFor(e.Id, DatasetIds.IcewsPrefix).ToString(inv);
            fields[IcewsColumns.EventDate] = date.Earliest.ToString("yyyy-MM-dd", inv);
            fields[IcewsColumns.SourceName] = TsvField.Clean(reference.NameOf(e.Source.Code));
            fields[IcewsColumns.SourceCountry] = TsvField.Clean(reference.NameOf(e.Source.Code));
            fields[IcewsColumns.EventText] = TsvField.Clean(type?.Name);
            fields[IcewsColumns.CameoCode] = IcewsCameoCode.Write(e.Cameo);
            fields[IcewsColumns.Intensity] = type is null ? "" : type.Goldstein.ToString("0.0", inv);
            fields[IcewsColumns.TargetName] = TsvField.Clean(reference.NameOf(e.Target.Code));
            fields[IcewsColumns.TargetCountry] = TsvField.Clean(reference.NameOf(e.Target.Code));
            fields[IcewsColumns.City] = TsvField.Clean(e.Location);
            output.Write(string.Join('\t', IcewsColumns.All.Select(c => fields.GetValueOrDefault(c, ""))));
            output.Write('\n');
            written++;
        }

        return new ExportResult(written, omitted);
    }
}
