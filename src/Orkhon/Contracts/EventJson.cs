using System.Text.Json;
using Orkhon.Domain;
using Orkhon.Knowledge;

namespace Orkhon.Contracts;

/// <summary>
/// The product's JSON form of an event, documented in <c>docs/formats.md</c>. Field names are
/// snake_case and stable: other tools read them. Optional values are written as null, never omitted.
/// </summary>
public static class EventJson
{
    /// <summary>Writer options for all JSON the product prints: readable non-ASCII and apostrophes, no HTML-safe escaping (the output is data, not markup).</summary>
    public static JsonWriterOptions WriterOptions(bool indented) => new()
    {
        Indented = indented,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(Utf8JsonWriter writer, Event e, ReferenceData reference, CameoCatalog cameo)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(e);
        var type = cameo.Find(e.Cameo);
        writer.WriteStartObject();
        writer.WriteString("id", e.Id);
        writer.WriteString("date", e.Date?.ToString());
        writer.WriteString("source", e.Source.Code);
        writer.WriteString("source_name", reference.NameOf(e.Source.Code));
        writer.WriteString("source_role", e.Source.Role?.ToName());
        writer.WriteString("target", e.Target.Code);
        writer.WriteString("target_name", reference.NameOf(e.Target.Code));
        writer.WriteString("target_role", e.Target.Role?.ToName());
        writer.WriteString("cameo", e.Cameo);
        writer.WriteString("cameo_name", type?.Name);
        writer.WriteString("root", type?.Root);
        if (type is null)
        {
            writer.WriteNull("quad_class");
            writer.WriteNull("goldstein");
        }
        else
        {
            writer.WriteNumber("quad_class", (int)type.QuadClass);
            writer.WriteNumber("goldstein", type.Goldstein);
        }

        writer.WriteString("plover", type?.PloverType);
        writer.WriteString("kind", e.Kind?.ToName());
        writer.WriteString("title", e.Title);
        writer.WriteString("location", e.Location);
        writer.WriteString("origin", e.Origin.ToName());
        writer.WriteNumber("confidence", e.Confidence);
        writer.WriteStartArray("sources");
        foreach (var v in e.Evidences)
        {
            writer.WriteStartObject();
            var d = v as DocumentEvidence;
            writer.WriteString("url", v.Url);
            writer.WriteString("document", d?.DocumentId);
            writer.WriteNumberOrNull("start", d?.Start);
            writer.WriteNumberOrNull("end", d?.End);
            writer.WriteString("sentence", v.Text);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
