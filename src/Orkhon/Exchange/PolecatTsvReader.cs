using System.Globalization;
using Orkhon.Domain;
using Orkhon.Knowledge;

namespace Orkhon.Exchange;

/// <summary>
/// Reads POLECAT's tab-separated release (the weekly and yearly files): a header row, then one event a row.
/// The event type, mode and contexts are PLOVER's and become CAMEO through <see cref="PloverMapping"/> when
/// they give one code; any other row is kept as a <see cref="PloverEvent"/>, as in the JSON form. The id is the Event ID
/// under the PLOVER prefix, so the same event read from either form is one event.
/// </summary>
public sealed class PolecatTsvReader(DatasetActors actors, PloverMapping mapping)
{
    public static PolecatTsvReader Default { get; } = new(DatasetActors.Default, PloverMapping.Default);

    /// <summary>Reads a file from its header row on.</summary>
    public IEnumerable<ImportRecord> Read(LineSource lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return Read(lines.NonBlankLines());
    }

    /// <summary>Reads <paramref name="lines"/>, the first of which is the header row (for <see cref="PloverReader"/>, which has looked at it).</summary>
    internal IEnumerable<ImportRecord> Read(IEnumerable<(long Line, string Text, string? Error)> lines)
    {
        Dictionary<string, int>? columns = null;
        var width = 0;
        foreach (var (number, line, error) in lines)
        {
            if (error is not null)
            {
                yield return ImportRecord.Fatal(number, error);
                yield break;
            }

            if (columns is null)
            {
                columns = Header(line, out width, out var missing);
                if (missing is not null)
                {
                    yield return ImportRecord.Fatal(number, missing);
                    yield break;
                }

                continue;
            }

            yield return LineSource.TooLong(number, line) ?? Parse(number, line, columns, width);
        }
    }

    private static Dictionary<string, int> Header(string line, out int width, out string? problem)
    {
        var names = line.Split('\t');
        width = names.Length;
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Length; i++)
        {
            columns.TryAdd(names[i].Trim(), i);
        }

        var missing = PolecatColumns.Required.Where(c => !columns.ContainsKey(c)).ToList();
        problem = missing.Count == 0 ? null : $"the header row lacks the POLECAT column(s) {string.Join(", ", missing.Select(m => $"'{m}'"))}";
        return columns;
    }

    private ImportRecord Parse(long n, string line, Dictionary<string, int> columns, int width)
    {
        var f = line.Split('\t');
        if (f.Length != width)
        {
            return ImportRecord.Bad(n, $"{f.Length} columns, the header has {width}");
        }

        string Field(string name) => columns.TryGetValue(name, out var i) ? f[i].Trim() : "";

        var id = Field(PolecatColumns.EventId);
        if (id.Length == 0)
        {
            return ImportRecord.Bad(n, "no Event ID");
        }

        var dateText = Field(PolecatColumns.EventDate);
        if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return ImportRecord.Bad(n, $"Event Date '{dateText}' is not a day (YYYY-MM-DD)");
        }

        var typeText = Field(PolecatColumns.EventType);
        var type = typeText.ToUpperInvariant();
        if (!mapping.IsType(type))
        {
            return ImportRecord.Bad(n, $"Event Type '{typeText}' is not a PLOVER event type");
        }

        var modeText = Field(PolecatColumns.EventMode);
        var mode = modeText.Length == 0 ? null : modeText.ToLowerInvariant();
        var contexts = PloverReader.SplitContexts(Field(PolecatColumns.Contexts)).ToList();
        var kept = !mapping.TryToCameo(type, mode, contexts, out var code);

        var source = Actor(Field(PolecatColumns.ActorCountry), Field(PolecatColumns.ActorName));
        var target = Actor(Field(PolecatColumns.RecipientCountry), Field(PolecatColumns.RecipientName));
        if (source is null || target is null)
        {
            var (side, country) = source is null ? ("Actor", Field(PolecatColumns.ActorCountry)) : ("Recipient", Field(PolecatColumns.RecipientCountry));
            return ImportRecord.Skip(n, country.Length == 0
                ? $"no {side} Country: Orkhon's events have a source and a target"
                : $"{side} Country '{country}' is not a country or organisation Orkhon knows");
        }

        var place = Field(PolecatColumns.Placename);
        if (kept)
        {
            // No one CAMEO code: kept as PLOVER codes it, not dropped.
            return ImportRecord.Of(n, new PloverEvent(DatasetIds.Plover(id), type, mode, contexts, source, target, FuzzyDate.OfDay(day),
                place.Length == 0 ? null : place, Text: null, Evidences: []));
        }

        var e = ImportedEvent.Create(DatasetIds.Plover(id), source, target, code, FuzzyDate.OfDay(day), place.Length == 0 ? null : place,
            url: null, note: "POLECAT event " + id, title: null);
        return ImportRecord.Of(n, e);
    }

    // POLECAT writes countries as ISO 3166 alpha-3 codes; a name is accepted too, then the actor's own name.
    private string? Actor(string country, string name) =>
        actors.FromCode(country) ?? actors.FromName(country) ?? (country.Length == 0 ? actors.FromName(name) : null);
}
