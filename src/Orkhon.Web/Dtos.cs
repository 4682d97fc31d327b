using Orkhon.Domain;
using Orkhon.Extraction;
using Orkhon.Knowledge;

namespace Orkhon.Web;

/// <summary>An event as the API returns it: the same fields as the CLI's JSON (docs/formats.md).</summary>
public sealed record EventDto(
    string Id, string? Date, string Source, string SourceName, string? SourceRole, string Target, string TargetName, string? TargetRole,
    string Cameo, string? CameoName, string? Root, int? QuadClass, double? Goldstein, string? Plover, string? Kind, string? Title,
    string? Location, string Origin, double Confidence, IReadOnlyList<SourceDto> Sources)
{
    public static EventDto From(Event e, ReferenceData reference, CameoCatalog cameo)
    {
        ArgumentNullException.ThrowIfNull(e);
        var type = cameo.Find(e.Cameo);
        return new EventDto(e.Id, e.Date?.ToString(), e.Source.Code, reference.NameOf(e.Source.Code), e.Source.Role?.ToName(), e.Target.Code,
            reference.NameOf(e.Target.Code), e.Target.Role?.ToName(), e.Cameo, type?.Name, type?.Root, (int?)type?.QuadClass, type?.Goldstein, type?.PloverType,
            e.Kind?.ToName(), e.Title, e.Location, e.Origin.ToName(), e.Confidence,
            [.. e.Evidences.Select(SourceDto.From)]);
    }
}

/// <summary>One evidence of an event: a document's sentence (document, span, sentence) or a cited source (URL, note as the sentence).</summary>
public sealed record SourceDto(string? Url, string? Document, int? Start, int? End, string? Sentence)
{
    public static SourceDto From(Evidence v) => v is DocumentEvidence d
        ? new SourceDto(d.Url, d.DocumentId, d.Start, d.End, d.Sentence)
        : new SourceDto(v.Url, null, null, null, v.Text);
}

/// <summary>A page of events: <see cref="Count"/> items from <see cref="Offset"/>, of <see cref="Total"/> events the filters select.</summary>
public sealed record EventPage(int Offset, int Limit, int Count, IReadOnlyList<EventDto> Items, int Total);

/// <summary>An event mention found in posted text (not yet stored).</summary>
public sealed record MentionDto(string Source, string? SourceRole, string Target, string? TargetRole, string Cameo, string? CameoName, string? Date,
    string Sentence, int Start, int End, int PhraseStart, int PhraseEnd, string Lexicon, double Confidence)
{
    public static MentionDto From(EventMention m, CameoCatalog cameo) => new(m.Source.Code, m.Source.Role?.ToName(), m.Target.Code, m.Target.Role?.ToName(),
        m.Cameo, cameo.Find(m.Cameo)?.Name, m.Date?.ToString(), m.Sentence, m.SentenceStart, m.SentenceEnd, m.PhraseStart, m.PhraseEnd, m.LexiconEntry, m.Confidence);
}

/// <summary>A posted document: its text (plain, Markdown or HTML) and optional metadata.</summary>
public sealed record DocumentRequest(string Text, string? Format, string? Title, string? Url, string? Date);

/// <param name="ContradictedClaims">The document's status claims that the record contradicts, as <c>POST /api/check</c> gives them (empty when it was already stored).</param>
public sealed record DocumentResult(string Document, bool Added, string? Title, int Sentences, IReadOnlyList<MentionDto> Mentions, IReadOnlyList<EventDto> Events,
    IReadOnlyList<Orkhon.Contracts.ClaimRow> ContradictedClaims);

public sealed record ExtractResult(string Text, IReadOnlyList<MentionDto> Mentions);

public sealed record SentenceDto(int Ordinal, int Start, int End, string Text);

public sealed record DocumentDto(string Id, string? Title, string? Url, string? Published, string Text, IReadOnlyList<SentenceDto> Sentences);

public sealed record SearchHitDto(string Document, string? Title, int Start, int End, string Text);

/// <summary>
/// A page of kept PLOVER records (<c>/api/plover-events</c>): <see cref="EventPage"/>'s shape, each item the
/// record's JSON of <c>orkhon events --plover --format json</c> (docs/formats.md).
/// </summary>
public sealed record PloverEventPage(int Offset, int Limit, int Count, IReadOnlyList<System.Text.Json.JsonElement> Items, int Total);
