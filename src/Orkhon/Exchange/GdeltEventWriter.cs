using System.Globalization;
using Orkhon.Domain;
using Orkhon.Knowledge;

namespace Orkhon.Exchange;

/// <summary>
/// Writes events as GDELT 2.0 Events rows (61 tab-separated columns, no header), readable by GDELT tools and
/// by <see cref="GdeltEventReader"/>. GDELT carries a day, one source URL and no roles: a month or year is
/// written as its first day, and only the first source address is kept.
/// </summary>
public sealed class GdeltEventWriter(ReferenceData reference, CameoCatalog cameo)
{
    public ExportResult Write(TextWriter output, IEnumerable<Event> events)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(events);
        var fields = new string[GdeltColumns.Count];
        var written = 0;
        foreach (var e in events)
        {
            Array.Fill(fields, "");
            var inv = CultureInfo.InvariantCulture;
            fields[GdeltColumns.GlobalEventId] = DatasetIds.NumericFor(e.Id, DatasetIds.GdeltPrefix).ToString(inv);
            if (e.Date is { IsOpenStart: false } date)
            {
                var d = date.Earliest;
                fields[GdeltColumns.SqlDate] = d.ToString("yyyyMMdd", inv);
                fields[GdeltColumns.MonthYear] = d.ToString("yyyyMM", inv);
                fields[GdeltColumns.Year] = d.ToString("yyyy", inv);

                // GDELT's own approximation: (month * 30 + day) / 365 of the year.
                fields[GdeltColumns.FractionDate] = (d.Year + (((d.Month * 30) + d.Day) / 365.0)).ToString("0.0000", inv);
            }

            Actor(fields, e.Source.Code, GdeltColumns.Actor1Code, GdeltColumns.Actor1Name, GdeltColumns.Actor1CountryCode);
            Actor(fields, e.Target.Code, GdeltColumns.Actor2Code, GdeltColumns.Actor2Name, GdeltColumns.Actor2CountryCode);
            fields[GdeltColumns.IsRootEvent] = "0";
            fields[GdeltColumns.EventCode] = e.Cameo.Value;
            fields[GdeltColumns.EventBaseCode] = e.Cameo.Level == 3 ? e.Cameo.Value[..3] : e.Cameo.Value;
            fields[GdeltColumns.EventRootCode] = e.Cameo.Root.Value;
            fields[GdeltColumns.QuadClass] = ((int)e.Cameo.QuadClass).ToString(inv);
            fields[GdeltColumns.GoldsteinScale] = cameo.Find(e.Cameo) is { } type ? type.Goldstein.ToString("0.0", inv) : "";
            var sources = e.Evidences.Count.ToString(inv);
            fields[GdeltColumns.NumMentions] = fields[GdeltColumns.NumSources] = fields[GdeltColumns.NumArticles] = sources;
            fields[GdeltColumns.ActionGeoFullName] = TsvField.Clean(e.Location);
            fields[GdeltColumns.SourceUrl] = TsvField.Clean(e.Evidences.Select(v => v.Url).FirstOrDefault(u => !string.IsNullOrEmpty(u)));
            output.Write(string.Join('\t', fields));
            output.Write('\n');
            written++;
        }

        return new ExportResult(written, []);
    }

    private void Actor(string[] fields, string code, int codeColumn, int nameColumn, int countryColumn)
    {
        fields[codeColumn] = code;
        fields[nameColumn] = TsvField.Clean(reference.NameOf(code).ToUpperInvariant());
        fields[countryColumn] = reference.FindCountry(code) is not null ? code : "";
    }
}
