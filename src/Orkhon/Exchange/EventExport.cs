using System.Text;
using Orkhon.Contracts;
using Orkhon.Domain;
using Orkhon.Knowledge;

namespace Orkhon.Exchange;

/// <summary>Writes events in any <see cref="ExchangeFormat"/>: the one entry point behind <c>orkhon export</c>.</summary>
public static class EventExport
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Why a format other than PLOVER leaves a kept PLOVER record out.</summary>
    public const string NoCameoCode = "a PLOVER record with no one CAMEO code: only 'export plover' writes it";

    /// <param name="headline">The timeline's title (TimelineJS only).</param>
    /// <param name="plover">Kept PLOVER records (<see cref="PloverEvent"/>): written after the events by the PLOVER format, left out (and named) by the others, which hold CAMEO codes.</param>
    public static ExportResult Write(ExchangeFormat format, Stream output, IReadOnlyList<Event> events, ReferenceData reference, CameoCatalog cameo, string headline = "Orkhon events", IReadOnlyList<PloverEvent>? plover = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(events);
        plover ??= [];
        if (format == ExchangeFormat.Plover)
        {
            var writer = new PloverWriter(reference, cameo);
            var written = writer.Write(output, events);
            var kept = writer.Write(output, plover);
            return new ExportResult(written.Written + kept.Written, [.. written.Omitted, .. kept.Omitted]);
        }

        var result = WriteEvents(format, output, events, reference, cameo, headline);
        return plover.Count == 0 ? result : result with { Omitted = [.. result.Omitted, .. plover.Select(p => (p.Id, NoCameoCode))] };
    }

    private static ExportResult WriteEvents(ExchangeFormat format, Stream output, IReadOnlyList<Event> events, ReferenceData reference, CameoCatalog cameo, string headline)
    {
        switch (format)
        {
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
