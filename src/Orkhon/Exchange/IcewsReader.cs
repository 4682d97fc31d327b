using System.Globalization;
using Orkhon.Domain;
using Orkhon.Knowledge;

namespace Orkhon.Exchange;

/// <summary>
/// Reads ICEWS coded event data: tab-separated with a header row. Countries are names, resolved with the
/// gazetteer; the CAMEO code gets its leading zero back (<see cref="IcewsCameoCode"/>); the id is the
/// event date with the Event ID, which is unique only together.
/// </summary>
public sealed class IcewsReader(DatasetActors actors, CameoCatalog cameo) : IDatasetReader
{
    public static IcewsReader Default { get; } = new(DatasetActors.Default, CameoCatalog.Default);

    public IEnumerable<ImportRecord> Read(LineSource lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        Dictionary<string, int>? columns = null;
        foreach (var (number, line, error) in lines.NonBlankLines())
        {
            if (error is not null)
            {
                yield return ImportRecord.Fatal(number, error);
                yield break;
            }

            if (columns is null)
            {
                columns = Header(line, out var missing);
                if (missing is not null)
                {
                    yield return ImportRecord.Fatal(number, missing);
                    yield break;
                }

                continue;
            }

            yield return Parse(number, line, columns);
        }
    }

    private static Dictionary<string, int> Header(string line, out string? problem)
    {
        var names = line.Split('\t');
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Length; i++)
        {
            columns.TryAdd(names[i].Trim(), i);
        }

        var missing = IcewsColumns.Required.Where(c => !columns.ContainsKey(c)).ToList();
        problem = missing.Count == 0 ? null : $"the header row lacks the ICEWS column(s) {string.Join(", ", missing.Select(m => $"'{m}'"))}";
        columns[""] = names.Length;
        return columns;
    }

    private ImportRecord Parse(long n, string line, Dictionary<string, int> columns)
    {
        if (LineSource.TooLong(n, line) is { } tooLong)
        {
            return tooLong;
        }

        var f = line.Split('\t');
        if (f.Length != columns[""])
        {
            return ImportRecord.Bad(n, $"{f.Length} columns, the header has {columns[""]}");
        }

        string Field(string name) => columns.TryGetValue(name, out var i) ? f[i].Trim() : "";

        var idText = Field(IcewsColumns.EventId);
        if (!long.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
        {
            return ImportRecord.Bad(n, $"Event ID '{idText}' is not a positive integer");
        }

        var dateText = Field(IcewsColumns.EventDate);
        if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return ImportRecord.Bad(n, $"Event Date '{dateText}' is not a day (YYYY-MM-DD)");
        }

        var codeText = Field(IcewsColumns.CameoCode);
        if (!IcewsCameoCode.TryRestore(codeText, cameo, out var code))
        {
            return ImportRecord.Bad(n, $"CAMEO Code '{codeText}' is not a code in the CAMEO catalogue, with or without a leading zero");
        }

        var source = actors.FromName(Field(IcewsColumns.SourceCountry)) ?? actors.FromName(Field(IcewsColumns.SourceName));
        var target = actors.FromName(Field(IcewsColumns.TargetCountry)) ?? actors.FromName(Field(IcewsColumns.TargetName));
        if (source is null || target is null)
        {
            var (side, name) = source is null
                ? ("Source", Field(IcewsColumns.SourceCountry) is { Length: > 0 } sc ? sc : Field(IcewsColumns.SourceName))
                : ("Target", Field(IcewsColumns.TargetCountry) is { Length: > 0 } tc ? tc : Field(IcewsColumns.TargetName));
            return ImportRecord.Skip(n, name.Length == 0
                ? $"no {side} Country: Orkhon's events have a source and a target"
                : $"{side} '{name}' is not a country or organisation Orkhon knows");
        }

        var place = string.Join(", ", new[] { Field(IcewsColumns.City), Field(IcewsColumns.Province), Field(IcewsColumns.Country) }.Where(p => p.Length > 0));
        var e = ImportedEvent.Create(DatasetIds.Icews(day, id), source, target, code, FuzzyDate.OfDay(day), place, url: null,
            note: "ICEWS event " + idText, title: Field(IcewsColumns.EventText));
        return ImportRecord.Of(n, e);
    }
}
