using System.Text;
using Orkhon.Contracts;
using Orkhon.Domain;
using Orkhon.Knowledge;

namespace Orkhon.Exchange;

/// <summary>Writes events in any <see cref="ExchangeFormat"/>: the one entry point behind <c>orkhon export</c>.</summary>
public static class EventExport
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="headline">The timeline's title (TimelineJS only).</param>
    public static ExportResult Write(ExchangeFormat format, Stream output, IReadOnlyList<Event> events, ReferenceData reference, CameoCatalog cameo, string headline = "Orkhon events")
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(events);
        switch (format)
        {
            case ExchangeFormat.Plover:
                return new PloverWriter(reference, cameo).Write(output, events);
            case ExchangeFormat.Timeline:
                return new TimelineJsWriter(reference, cameo).Write(output, events, headline);
            case ExchangeFormat.Jsonl:
                foreach (var e in events)
                {
                    using (var w = new System.Text.Json.Utf8JsonWriter(output, EventJson.WriterOptions(indented: false)))
                    {
                        EventJson.Write(w, e, reference, cameo);
                    }

                    output.WriteByte((byte)'\n');
                }

                return new ExportResult(events.Count, []);
        }

        using var text = new StreamWriter(output, s_utf8, bufferSize: 1 << 16, leaveOpen: true);
        var result = format switch
        {
            ExchangeFormat.Gdelt => new GdeltEventWriter(reference, cameo).Write(text, events),
            ExchangeFormat.Icews => new IcewsWriter(reference, cameo).Write(text, events),
            ExchangeFormat.Csv => WriteCsv(text, events, reference, cameo),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown exchange format."),
        };
        text.Flush();
        return result;
    }

    private static ExportResult WriteCsv(TextWriter text, IReadOnlyList<Event> events, ReferenceData reference, CameoCatalog cameo)
    {
        EventCsv.Write(text, events, reference, cameo);
        return new ExportResult(events.Count, []);
    }
}
