using Orkhon.Domain;

namespace Orkhon.Exchange;

/// <summary>What a reader made of one line: an event, a PLOVER record with no one CAMEO code, evidence for an event already imported, a skipped row, a bad row, or a file that cannot be read further.</summary>
public readonly record struct ImportRecord(long Line, ImportRecordKind Kind, Event? Event, string? Reason, string? EventId = null, Evidence? Evidence = null, PloverEvent? Plover = null)
{
    /// <summary>A PLOVER record kept in PLOVER's terms, since its type, mode and contexts give no one CAMEO code.</summary>
    public static ImportRecord Of(long line, PloverEvent plover) => new(line, ImportRecordKind.Plover, null, null, Plover: plover);

    /// <summary>A source for the stored event <paramref name="eventId"/> (a GDELT mention of a GDELT event).</summary>
    public static ImportRecord SourceFor(long line, string eventId, Evidence evidence) => new(line, ImportRecordKind.Evidence, null, null, eventId, evidence);

    public static ImportRecord Of(long line, Event e) => new(line, ImportRecordKind.Event, e, null);

    public static ImportRecord Bad(long line, string reason) => new(line, ImportRecordKind.Bad, null, reason);

    public static ImportRecord Skip(long line, string reason) => new(line, ImportRecordKind.Skipped, null, reason);

    /// <summary>The rest of the file cannot be read (invalid UTF-8, a truncated archive): the reader stops after it.</summary>
    public static ImportRecord Fatal(long line, string reason) => new(line, ImportRecordKind.FileFailed, null, reason);
}

/// <summary>The kinds of <see cref="ImportRecord"/>.</summary>
public enum ImportRecordKind
{
    Event,
    Plover,
    Evidence,
    Skipped,
    Bad,
    FileFailed,
}
