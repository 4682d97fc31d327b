using System.Text.Json;
using Orkhon.Domain;
using Orkhon.Extraction;
using Orkhon.Knowledge;

namespace Orkhon.Contracts;

/// <summary>
/// The JSON form of one extracted event mention (<c>orkhon extract --format jsonl</c>), documented in
/// <c>docs/formats.md</c>: doc, source, source_role, target, target_role, cameo, date, sentence, start,
/// end are the contract; the rest adds detail.
/// </summary>
public static class EventMentionJson
{
    public static void Write(Utf8JsonWriter writer, string doc, EventMention e, CameoCatalog cameo)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(e);
        var type = cameo.Find(e.Cameo);
        writer.WriteStartObject();
        writer.WriteString("doc", doc);
        writer.WriteString("source", e.Source.Code);
        writer.WriteString("source_role", e.Source.Role?.ToName());
        writer.WriteString("target", e.Target.Code);
        writer.WriteString("target_role", e.Target.Role?.ToName());
        writer.WriteString("cameo", e.Cameo);
        writer.WriteString("cameo_name", type?.Name);
        writer.WriteString("plover", type?.PloverType);
        writer.WriteString("date", e.Date?.ToString());
        writer.WriteString("sentence", e.Sentence);
        writer.WriteNumber("start", e.SentenceStart);
        writer.WriteNumber("end", e.SentenceEnd);
        writer.WriteNumber("phrase_start", e.PhraseStart);
        writer.WriteNumber("phrase_end", e.PhraseEnd);
        writer.WriteString("lexicon", e.LexiconEntry);
        writer.WriteString("location", e.Location);
        writer.WriteNumber("confidence", e.Confidence);
        writer.WriteEndObject();
    }
}
