using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Orkhon.Domain;
using Orkhon.Extraction;
using Orkhon.Ingestion;
using Orkhon.Knowledge;
using Orkhon.Reading;
using Orkhon.Storage;

namespace Orkhon.Web.Apis;

/// <summary>Documents: read posted text (plain, Markdown or HTML), extract its events, store them; read one back.</summary>
public static class DocumentsApi
{
    public static IEndpointRouteBuilder MapDocumentsApi(this IEndpointRouteBuilder app, WriteAccess writes)
    {
        var api = app.MapGroup("/api").WithTags("Documents");
        api.MapPost("/documents", PostDocument).AddEndpointFilter(writes)
            .WithSummary("Store a document and the events found in it (bearer token required)");
        api.MapPost("/extract", Extract).WithSummary("The events found in a text, without storing anything (size, time and concurrency limited)");
        api.MapGet("/documents/{id}", GetDocument).WithSummary("A stored document with its sentences");
        return app;
    }

    /// <summary>
    /// Anyone may call this, so its cost is bounded: the text's length (413), the number of mentions in the
    /// answer (422), and the CPU through <see cref="ExtractionGate"/> (503 when busy or over the time budget).
    /// </summary>
    public static async Task<Results<Ok<ExtractResult>, ValidationProblem, ProblemHttpResult>> Extract(DocumentRequest request, ServerOptions options, ExtractionGate gate,
        HttpResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(gate);
        if (request?.Text is { } text && text.Length > options.MaxExtractChars)
        {
            return GateRefusals.TooLong(text.Length, options, "The text is too long to extract from", "/api/extract", "Split it, or store it with POST /api/documents.");
        }

        // Reading counts as much as extracting (an HTML parse is the costlier half on hostile markup), so both run inside the gate.
        var (outcome, read) = await gate.RunAsync(() => ReadAndExtract(request), cancellationToken);
        if (outcome != ExtractionGate.Outcome.Done)
        {
            return GateRefusals.Refused(outcome, options, response, "Extraction", "extracted");
        }

        if (read.Problem is { } problem)
        {
            return problem;
        }

        var (document, mentions) = (read.Document!, read.Mentions!);
        if (mentions.Count > options.MaxExtractMentions)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The text holds too many event mentions",
                detail: $"The text holds {mentions.Count:N0} event mentions; one answer carries at most {options.MaxExtractMentions:N0}. Split the text.");
        }

        return TypedResults.Ok(new ExtractResult(document.Text, [.. mentions.Select(m => MentionDto.From(m, CameoCatalog.Default))]));
    }

    public static Results<Ok<DocumentResult>, Created<DocumentResult>, ValidationProblem> PostDocument(DocumentRequest request, StoreAccess access)
    {
        ArgumentNullException.ThrowIfNull(access);
        if (Read(request, out var document) is { } problem)
        {
            return problem;
        }

        var store = access.Writer;
        var ingest = IngestPipeline.Default.Ingest(document!, store);
        var added = ingest.Outcome == DocumentOutcome.Added;

        // Already stored: nothing was extracted (the cheap check comes first), so the answer names the stored sentences only.
        var sentences = added ? ingest.Sentences : store.GetSentences(ingest.DocumentId!).Count;
        var stored = ingest.Events.Select(e => store.GetEvent(e.Id)).OfType<Event>().Select(e => EventDto.From(e, ReferenceData.Default, CameoCatalog.Default)).ToList();
        var result = new DocumentResult(ingest.DocumentId!, added, document!.Title, sentences, [.. ingest.Mentions.Select(m => MentionDto.From(m, CameoCatalog.Default))], stored,
            ingest.ContradictedClaims);
        return added ? TypedResults.Created($"/api/documents/{document.Id}", result) : TypedResults.Ok(result);
    }

    public static Results<Ok<DocumentDto>, ProblemHttpResult> GetDocument(string id, StoreAccess access)
    {
        ArgumentNullException.ThrowIfNull(access);
        if (access.Store.GetDocument(id) is not { } d)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such document", detail: $"No document has the id '{id}'.");
        }

        var sentences = access.Store.GetSentences(id).Select(s => new SentenceDto(s.Ordinal, s.Start, s.End, s.Text)).ToList();
        return TypedResults.Ok(new DocumentDto(d.Id, d.Title, d.Url, d.Published?.ToString(), d.Text, sentences));
    }

    private static (ValidationProblem? Problem, Document? Document, List<EventMention>? Mentions) ReadAndExtract(DocumentRequest? request) =>
        Read(request, out var document) is { } problem ? (problem, null, null) : (null, document, EventExtractor.Default.Extract(document!));

    internal static ValidationProblem? Read(DocumentRequest? request, out Document? document)
    {
        document = null;
        if (request is null || string.IsNullOrWhiteSpace(request.Text))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = ["the document's text is required"] });
        }

        var format = request.Format?.ToLowerInvariant() switch
        {
            null or "" or "text" or "txt" => DocumentFormat.PlainText,
            "markdown" or "md" => DocumentFormat.Markdown,
            "html" => DocumentFormat.Html,
            _ => (DocumentFormat?)null,
        };
        FuzzyDate? date = null;
        var errors = new Dictionary<string, string[]>();
        if (format is null)
        {
            errors["format"] = ["one of text, markdown, html"];
        }

        if (request.Date is { Length: > 0 } d)
        {
            if (QueryDates.TryParse(d, out var parsed))
            {
                date = parsed;
            }
            else
            {
                errors["date"] = [$"'{d}' is not an ISO 8601 date"];
            }
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var result = DocumentReader.ReadText(request.Text, format!.Value, request.Title ?? "(posted)", new ReadOptions { Title = request.Title, Url = request.Url, PublishedDate = date });
        if (result.Document is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = [result.Problem!.Message] });
        }

        document = result.Document with { Path = null };
        return null;
    }
}
