using Orkhon.Domain;

namespace Orkhon.Storage;

/// <summary>
/// Reading back the text a store wrote for an event's coded fields; a value this version never writes is
/// reported as damaged data rather than guessed at.
/// </summary>
internal static class StoredValues
{
    public static EventOrigin Origin(string text) =>
        EventOrigins.TryParse(text, out var origin) ? origin : throw new InvalidDataException($"unknown event origin '{text}' in the database");

    public static CameoCode Cameo(string text) =>
        CameoCode.TryParse(text, out var code) ? code : throw new InvalidDataException($"'{text}' in the database is not a CAMEO code");

    public static EventKind? Kind(string? text) =>
        text is null ? null : EventKinds.TryParse(text, out var kind) ? kind : throw new InvalidDataException($"unknown event kind '{text}' in the database");

    public static ActorRole? Role(string? text) => ActorRoles.TryParse(text, out var role) ? role : null;

    /// <summary>The evidence's key, unique per event: a document span, or a cited URL.</summary>
    public static string EvidenceKey(Evidence evidence) => evidence switch
    {
        DocumentEvidence d => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"doc:{d.DocumentId}:{d.Start}:{d.End}"),
        SourceEvidence s => "url:" + s.Url,
        _ => throw new ArgumentException($"unknown evidence type {evidence.GetType().Name}", nameof(evidence)),
    };
}
