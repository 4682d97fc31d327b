using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Orkhon.Claims;
using Orkhon.Contracts;

namespace Orkhon.Web.Apis;

/// <summary>Claims: the status claims of a posted text compared with the record, the JSON of <c>orkhon check --format json</c>.</summary>
public static class ClaimsApi
{
    public static IEndpointRouteBuilder MapClaimsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api").WithTags("Claims")
            .MapPost("/check", Check).WithSummary("The status claims of a text checked against the record (size, time and concurrency limited as /api/extract)");
        return app;
    }

    /// <summary>
    /// Anyone may call this, and checking a text extracts it, so it has the limits of <c>/api/extract</c>: the text's
    /// length (413), the number of claims in the answer (422), and the CPU through <see cref="ExtractionGate"/> (503).
    /// </summary>
    public static async Task<Results<Ok<CheckReport>, ValidationProblem, ProblemHttpResult>> Check(DocumentRequest request, ServerOptions options, ExtractionGate gate,
        HttpResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(gate);
        if (request?.Text is { } text && text.Length > options.MaxExtractChars)
        {
            return GateRefusals.TooLong(text.Length, options, "The text is too long to check", "/api/check", "Split it.");
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var (outcome, read) = await gate.RunAsync(() => ReadAndCheck(request, today), cancellationToken);
        if (outcome != ExtractionGate.Outcome.Done)
        {
            return GateRefusals.Refused(outcome, options, response, "Checking", "extracted or checked");
        }

        if (read.Problem is { } problem)
        {
            return problem;
        }

        if (read.Report!.Claims.Count > options.MaxExtractMentions)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The text holds too many claims",
                detail: $"The text holds {read.Report.Claims.Count:N0} claims; one answer carries at most {options.MaxExtractMentions:N0}. Split the text.");
        }

        return TypedResults.Ok(read.Report);
    }

    private static (ValidationProblem? Problem, CheckReport? Report) ReadAndCheck(DocumentRequest? request, DateOnly today)
    {
        if (DocumentsApi.Read(request, out var document) is { } problem)
        {
            return (problem, null);
        }

        var rows = ClaimChecker.Default.Check(document!, today).Select(f => ClaimRow.From(null, document!.Text, f, ClaimRecord.Default)).ToList();
        return (null, CheckReport.From(1, rows));
    }
}
