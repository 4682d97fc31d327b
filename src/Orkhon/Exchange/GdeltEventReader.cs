using System.Globalization;
using Orkhon.Domain;
using Orkhon.Knowledge;

namespace Orkhon.Exchange;

/// <summary>
/// Reads GDELT 2.0 Events files: 61 tab-separated columns per line, no header. Event codes keep their
/// leading zeros (<c>042</c>); actors are taken from the actor country code (CAMEO's 3-letter country codes)
/// or, for organisations, the actor code; the source URL becomes the event's source.
/// </summary>
public sealed class GdeltEventReader(DatasetActors actors, CameoCatalog cameo) : IDatasetReader
{
    public static GdeltEventReader Default { get; } = new(DatasetActors.Default, CameoCatalog.Default);

    public IEnumerable<ImportRecord> Read(LineSource lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return lines.Records(Parse);
    }

    private ImportRecord Parse(long n, string line)
    {
        var f = line.Split('\t');
        if (f.Length != GdeltColumns.Count)
        {
            return ImportRecord.Bad(n, $"{f.Length} columns, a GDELT 2.0 event has {GdeltColumns.Count} (tab-separated)");
        }

        if (!long.TryParse(f[GdeltColumns.GlobalEventId], NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
        {
            return ImportRecord.Bad(n, $"GLOBALEVENTID '{f[GdeltColumns.GlobalEventId]}' is not a positive integer");
        }

        FuzzyDate? date = null;
        var sqlDate = f[GdeltColumns.SqlDate];
        if (sqlDate.Length > 0)
        {
            if (!TryDay(sqlDate, out var day))
            {
                return ImportRecord.Bad(n, $"SQLDATE '{sqlDate}' is not a day (YYYYMMDD)");
            }

            date = day;
        }

        var code = f[GdeltColumns.EventCode];
        if (!CameoCode.TryParse(code, out var cameoCode))
        {
            return ImportRecord.Bad(n, $"EventCode '{code}' is not a CAMEO code (2 to 4 digits, leading zero kept)");
        }

        if (!cameo.Contains(cameoCode))
        {
            return ImportRecord.Bad(n, $"EventCode '{code}' is not in the CAMEO catalogue");
        }

        var source = Actor(f[GdeltColumns.Actor1CountryCode], f[GdeltColumns.Actor1Code]);
        var target = Actor(f[GdeltColumns.Actor2CountryCode], f[GdeltColumns.Actor2Code]);
        if (source is null || target is null)
        {
            var (side, codeText) = source is null ? ("Actor1", f[GdeltColumns.Actor1Code]) : ("Actor2", f[GdeltColumns.Actor2Code]);
            return ImportRecord.Skip(n, codeText.Length == 0
                ? $"no {side}: Orkhon's events have a source and a target"
                : $"{side} '{codeText}' is not a country or organisation Orkhon knows");
        }

        var url = f[GdeltColumns.SourceUrl];
        var e = ImportedEvent.Create(DatasetIds.Gdelt(id), source, target, cameoCode, date, f[GdeltColumns.ActionGeoFullName],
            url.Length == 0 ? null : url, "GDELT event " + id.ToString(CultureInfo.InvariantCulture), title: null);
        return ImportRecord.Of(n, e);
    }

    private string? Actor(string countryCode, string actorCode)
    {
        // The country code is CAMEO's 3-letter country; the actor code may add a role (MNGGOV) or be an
        // organisation's code alone (IGO codes), which the reference tables may know.
        return actors.FromCode(countryCode) ?? actors.FromCode(actorCode) ?? (actorCode.Length > 3 ? actors.FromCode(actorCode[..3]) : null);
    }

    internal static bool TryDay(string text, out FuzzyDate day)
    {
        day = default;
        return text.Length == 8
            && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            && int.TryParse(text.AsSpan(4, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            && int.TryParse(text.AsSpan(6, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            && FuzzyDate.TryOfDay(y, m, d, out day);
    }
}
