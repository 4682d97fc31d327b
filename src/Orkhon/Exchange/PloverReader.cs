using System.Text.Json;
using Orkhon.Domain;
using Orkhon.Knowledge;

namespace Orkhon.Exchange;

/// <summary>
/// Reads PLOVER/POLECAT records, one JSON object per line, or POLECAT's tab-separated release. The CAMEO code is Orkhon's <c>cameo</c> field when
/// present, else the one CAMEO code its type, mode and contexts give (<see cref="PloverMapping"/>). A record
/// they give none is read as a <see cref="PloverEvent"/>, kept in PLOVER's terms.
/// </summary>
public sealed class PloverReader(DatasetActors actors, CameoCatalog cameo, PloverMapping mapping) : IDatasetReader
{
    /// <summary>Deepest JSON nesting accepted in a record (a PLOVER record nests three levels).</summary>
    public const int MaxDepth = 16;

    private static readonly JsonDocumentOptions s_options = new() { MaxDepth = MaxDepth };
    private readonly PolecatTsvReader _tsv = new(actors, mapping);

    public static PloverReader Default { get; } = new(DatasetActors.Default, CameoCatalog.Default, PloverMapping.Default);

    /// <summary>
    /// Reads JSON lines, or POLECAT's tab-separated release (<see cref="PolecatTsvReader"/>) when the first
    /// line that holds something is a tab-separated header row rather than a JSON object: users hold both forms of the same
    /// data and should not have to tell them apart.
    /// </summary>
    public IEnumerable<ImportRecord> Read(LineSource lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        using var rows = lines.NonBlankLines().GetEnumerator();
        if (!rows.MoveNext())
        {
            yield break;
        }

        var first = rows.Current;
        var all = Resume(first, rows);
        var records = IsHeaderRow(first) ? _tsv.Read(all) : Json(all);
        foreach (var record in records)
        {
            yield return record;
        }
    }

    // A header row has tabs between its names; a line that is not one is read as JSON and, if it is not, reported so.
    private static bool IsHeaderRow((long Line, string Text, string? Error) first) =>
        first.Error is null && first.Text.Contains('\t', StringComparison.Ordinal) && !first.Text.TrimStart().StartsWith('{');

    private static IEnumerable<(long Line, string Text, string? Error)> Resume((long, string, string?) first, IEnumerator<(long Line, string Text, string? Error)> rest)
    {
        yield return first;
        while (rest.MoveNext())
        {
            yield return rest.Current;
        }
    }

    private IEnumerable<ImportRecord> Json(IEnumerable<(long Line, string Text, string? Error)> lines)
    {
        foreach (var (number, line, error) in lines)
        {
            if (error is not null)
            {
                yield return ImportRecord.Fatal(number, error);
                yield break;
            }

            yield return LineSource.TooLong(number, line) ?? Parse(number, line);
        }
    }

    private ImportRecord Parse(long n, string line)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line, s_options);
        }
        catch (JsonException e)
        {
            return ImportRecord.Bad(n, "not a JSON object: " + e.Message);
        }

        using (json)
        {
            return Read(n, json.RootElement);
        }
    }

    // One record: an event when it has a CAMEO code (its own, or mapped from its PLOVER type), a PLOVER record kept as
    // it is when no one code fits, else a bad row or a skipped one.
    private ImportRecord Read(long n, JsonElement r)
    {
        if (r.ValueKind != JsonValueKind.Object)
        {
            return ImportRecord.Bad(n, "not a JSON object");
        }

        if (Text(r, PloverFields.Id) is not { Length: > 0 } id)
        {
            return ImportRecord.Bad(n, "no 'id'");
        }

        FuzzyDate? date = null;
        if (Text(r, PloverFields.Date) is { Length: > 0 } dateText)
        {
            if (!FuzzyDate.TryParse(dateText, out var d))
            {
                return ImportRecord.Bad(n, $"date '{dateText}' is not an ISO 8601 date");
            }

            date = d;
        }

        var type = Text(r, PloverFields.Event);
        var mode = Text(r, PloverFields.Mode) is { } m && !string.IsNullOrWhiteSpace(m) ? m.Trim().ToLowerInvariant() : null;
        var contexts = Contexts(r);
        var (refused, code, kept) = CodeOf(n, r, type, mode, contexts);
        if (refused is { } refusal)
        {
            return refusal;
        }

        var source = Actor(r, PloverFields.Source);
        var target = Actor(r, PloverFields.Target);
        if (source is null || target is null)
        {
            var side = source is null ? PloverFields.Source : PloverFields.Target;
            return ImportRecord.Skip(n, $"no {side} actor with a code Orkhon knows");
        }

        string? location = r.TryGetProperty(PloverFields.EventLoc, out var loc) && loc.ValueKind == JsonValueKind.Object ? Text(loc, PloverFields.Name) : null;
        if (kept)
        {
            var text = Text(r, PloverFields.Text);
            return ImportRecord.Of(n, new PloverEvent(DatasetIds.Plover(id), type!, mode, contexts, source, target, date,
                string.IsNullOrWhiteSpace(location) ? null : location, string.IsNullOrWhiteSpace(text) ? null : text, Evidences(r)));
        }

        var e = ImportedEvent.Create(DatasetIds.Plover(id), source, target, code, date, location, url: null, note: "PLOVER record " + id, title: Text(r, PloverFields.Text));
        return ImportRecord.Of(n, e with { Evidences = Evidences(r) });
    }

    /// <summary>
    /// The record's CAMEO code: its own when it gives one, else its PLOVER type's by the mapping; Kept when no one code
    /// fits, so the record is kept as PLOVER codes it. Refused, when not null, is the record's bad or skipped row.
    /// </summary>
    private (ImportRecord? Refused, CameoCode Code, bool Kept) CodeOf(long n, JsonElement r, string? type, string? mode, List<string> contexts)
    {
        if (Text(r, PloverFields.Cameo) is { Length: > 0 } cameoText)
        {
            return !CameoCode.TryParse(cameoText, out var code) || !cameo.Contains(code)
                ? (ImportRecord.Bad(n, $"cameo '{cameoText}' is not in the CAMEO catalogue"), default, false)
                : (null, code, false);
        }

        if (type is null)
        {
            return (ImportRecord.Bad(n, "no 'event' (the PLOVER event type)"), default, false);
        }

        if (!mapping.IsType(type))
        {
            // PLOVER's own files hold DOCUMENT records (notes about the file), which are no events.
            return (ImportRecord.Skip(n, $"'{type}' is not a PLOVER event type"), default, false);
        }

        // No one CAMEO code: the record is kept as PLOVER codes it, not dropped.
        var kept = !mapping.TryToCameo(type, mode, contexts, out var mapped);
        return (null, mapped, kept);
    }

    private string? Actor(JsonElement record, string field)
    {
        if (!record.TryGetProperty(field, out var value))
        {
            return null;
        }

        // PLOVER writes a list of actors, or a bare code, or "" for none; the first known one acts.
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return actors.FromCode(value.GetString());
            case JsonValueKind.Array:
                foreach (var a in value.EnumerateArray())
                {
                    var code = a.ValueKind == JsonValueKind.String ? a.GetString() : a.ValueKind == JsonValueKind.Object ? Text(a, PloverFields.Code) : null;
                    if (actors.FromCode(code) is { } known)
                    {
                        return known;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    // PLOVER writes one context as a string, several as a list; a string may hold several, separated by ';' or ','.
    private static List<string> Contexts(JsonElement record)
    {
        var list = new List<string>();
        if (!record.TryGetProperty(PloverFields.Context, out var value))
        {
            return list;
        }

        IEnumerable<string?> items = value.ValueKind switch
        {
            JsonValueKind.String => [value.GetString()],
            JsonValueKind.Array => value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()),
            _ => [],
        };
        foreach (var item in items)
        {
            list.AddRange(SplitContexts(item));
        }

        return list;
    }

    /// <summary>The contexts in <paramref name="text"/>, lower case, separated by <c>;</c> or <c>,</c>.</summary>
    internal static IEnumerable<string> SplitContexts(string? text) =>
        (text ?? "").Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => c.ToLowerInvariant());

    private static List<SourceEvidence> Evidences(JsonElement record)
    {
        // A document's sentence is stored evidence only through ingest (its document lives in the store);
        // an imported one keeps the address and the words, as a source.
        var list = new List<SourceEvidence>();
        if (record.TryGetProperty(PloverFields.Evidence, out var evidence) && evidence.ValueKind == JsonValueKind.Array)
        {
            foreach (var v in evidence.EnumerateArray())
            {
                if (v.ValueKind == JsonValueKind.Object && Text(v, PloverFields.Url) is { Length: > 0 } url)
                {
                    list.Add(Evidence.FromSource(url, Text(v, PloverFields.Text)));
                }
            }
        }

        return list;
    }

    private static string? Text(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
