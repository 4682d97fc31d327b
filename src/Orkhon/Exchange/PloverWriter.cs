using System.Text.Json;
using Orkhon.Contracts;
using Orkhon.Domain;
using Orkhon.Knowledge;

namespace Orkhon.Exchange;

/// <summary>
/// Writes events as PLOVER records, one JSON object per line: PLOVER's own fields (<c>id</c>, <c>date</c>,
/// <c>source</c>, <c>target</c>, <c>event</c>, <c>eventText</c>, <c>text</c>, <c>eventLoc</c>) and Orkhon's
/// <c>cameo</c> and <c>evidence</c> (address, words and, for a document's sentence, its character span).
/// </summary>
public sealed class PloverWriter(ReferenceData reference, CameoCatalog cameo)
{
    public ExportResult Write(Stream output, IEnumerable<Event> events)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(events);
        var written = 0;
        using var w = new Utf8JsonWriter(output, EventJson.WriterOptions(indented: false));
        foreach (var e in events)
        {
            var type = cameo.Find(e.Cameo);
            w.WriteStartObject();
            w.WriteString(PloverFields.Id, e.Id.StartsWith(DatasetIds.PloverPrefix, StringComparison.Ordinal) ? e.Id[DatasetIds.PloverPrefix.Length..] : e.Id);
            w.WriteString(PloverFields.Date, e.Date?.ToString());
            Actor(w, PloverFields.Source, e.Source.Code);
            Actor(w, PloverFields.Target, e.Target.Code);
            w.WriteString(PloverFields.Event, type?.PloverType);
            w.WriteString(PloverFields.EventText, type?.Name);
            w.WriteString(PloverFields.Text, e.Title);
            if (e.Location is not null)
            {
                w.WriteStartObject(PloverFields.EventLoc);
                w.WriteString(PloverFields.Name, e.Location);
                w.WriteEndObject();
            }

            w.WriteString(PloverFields.Cameo, e.Cameo.Value);
            w.WriteStartArray(PloverFields.Evidence);
            foreach (var v in e.Evidences)
            {
                w.WriteStartObject();
                w.WriteString(PloverFields.Url, v.Url);
                w.WriteString(PloverFields.Text, v.Text);
                if (v is DocumentEvidence d)
                {
                    w.WriteString(PloverFields.Document, d.DocumentId);
                    w.WriteNumber(PloverFields.Start, d.Start);
                    w.WriteNumber(PloverFields.End, d.End);
                }

                w.WriteEndObject();
            }

            EndLine(w, output);
            written++;
        }

        return new ExportResult(written, []);
    }

    /// <summary>
    /// Writes kept PLOVER records (<see cref="PloverEvent"/>) as they came: type, <c>mode</c> and <c>context</c>
    /// (a string when one, a list when several), no <c>cameo</c>. Reading the file gives each record back.
    /// </summary>
    public ExportResult Write(Stream output, IEnumerable<PloverEvent> records)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(records);
        var written = 0;
        using var w = new Utf8JsonWriter(output, EventJson.WriterOptions(indented: false));
        foreach (var e in records)
        {
            w.WriteStartObject();
            w.WriteString(PloverFields.Id, e.Id.StartsWith(DatasetIds.PloverPrefix, StringComparison.Ordinal) ? e.Id[DatasetIds.PloverPrefix.Length..] : e.Id);
            w.WriteString(PloverFields.Date, e.Date?.ToString());
            Actor(w, PloverFields.Source, e.Source);
            Actor(w, PloverFields.Target, e.Target);
            w.WriteString(PloverFields.Event, e.Type);
            w.WriteString(PloverFields.Mode, e.Mode);
            if (e.Contexts.Count == 1)
            {
                w.WriteString(PloverFields.Context, e.Contexts[0]);
            }
            else if (e.Contexts.Count > 1)
            {
                w.WriteStartArray(PloverFields.Context);
                foreach (var c in e.Contexts)
                {
                    w.WriteStringValue(c);
                }

                w.WriteEndArray();
            }

            w.WriteString(PloverFields.Text, e.Text);
            if (e.Location is not null)
            {
                w.WriteStartObject(PloverFields.EventLoc);
                w.WriteString(PloverFields.Name, e.Location);
                w.WriteEndObject();
            }

            w.WriteStartArray(PloverFields.Evidence);
            foreach (var v in e.Evidences)
            {
                w.WriteStartObject();
                w.WriteString(PloverFields.Url, v.Url);
                w.WriteString(PloverFields.Text, v.Text);
                w.WriteEndObject();
            }

            EndLine(w, output);
            written++;
        }

        return new ExportResult(written, []);
    }

    /// <summary>Closes a record's evidence list and the record, and ends its line: one JSON object per line.</summary>
    private static void EndLine(Utf8JsonWriter w, Stream output)
    {
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        output.WriteByte((byte)'\n');
        w.Reset();
    }

    private void Actor(Utf8JsonWriter w, string field, string code)
    {
        w.WriteStartArray(field);
        w.WriteStartObject();
        w.WriteString(PloverFields.ActorText, reference.NameOf(code));
        w.WriteString(PloverFields.Code, code);
        w.WriteEndObject();
        w.WriteEndArray();
    }
}
