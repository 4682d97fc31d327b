using System.Text.Json;
using Orkhon.Domain;
using Orkhon.Knowledge;

namespace Orkhon.Contracts;

/// <summary>
/// The product's JSON form of a kept PLOVER record (<c>events --plover</c>), documented in <c>docs/formats.md</c>:
/// the event's field names where they mean the same, <c>plover</c>, <c>mode</c> and <c>contexts</c> where an
/// event has its CAMEO code. Optional values are written as null, never omitted.
/// </summary>
public static class PloverEventJson
{
    public static void Write(Utf8JsonWriter writer, PloverEvent e, ReferenceData reference)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(reference);
        writer.WriteStartObject();
        writer.WriteString("id", e.Id);
        writer.WriteString("date", e.Date?.ToString());
        writer.WriteString("source", e.Source);
        writer.WriteString("source_name", reference.NameOf(e.Source));
        writer.WriteString("target", e.Target);
        writer.WriteString("target_name", reference.NameOf(e.Target));
        writer.WriteString("plover", e.Type);
        writer.WriteString("mode", e.Mode);
        writer.WriteStartArray("contexts");
        foreach (var c in e.Contexts)
        {
            writer.WriteStringValue(c);
        }

        writer.WriteEndArray();
        writer.WriteString("text", e.Text);
        writer.WriteString("location", e.Location);
        writer.WriteString("origin", e.Origin.ToName());
        writer.WriteStartArray("sources");
        foreach (var v in e.Evidences)
        {
            writer.WriteStartObject();
            writer.WriteString("url", v.Url);
            writer.WriteString("text", v.Text);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
