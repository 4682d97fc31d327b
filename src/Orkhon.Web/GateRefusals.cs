using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Orkhon.Web;

/// <summary>
/// The answers of the endpoints that read a posted text through <see cref="ExtractionGate"/> (<c>/api/extract</c>,
/// <c>/api/check</c>) when the text is too long or the gate refuses it: one wording, so the two endpoints refuse alike.
/// </summary>
public static class GateRefusals
{
    /// <summary>413: the text is longer than <see cref="ServerOptions.MaxExtractChars"/>; <paramref name="advice"/> says what to do instead.</summary>
    public static ProblemHttpResult TooLong(int length, ServerOptions options, string title, string path, string advice)
    {
        ArgumentNullException.ThrowIfNull(options);
        return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: title,
            detail: $"The text has {length:N0} characters; {path} takes at most {options.MaxExtractChars:N0}. {advice}");
    }

    /// <summary>503 with Retry-After: no slot freed up in time, or the work overran the time budget.</summary>
    /// <param name="work">What the endpoint does, as a subject: "Extraction", "Checking".</param>
    /// <param name="sharedBy">Who shares the slots, for the busy message: "extracted", "extracted or checked".</param>
    public static ProblemHttpResult Refused(ExtractionGate.Outcome outcome, ServerOptions options, HttpResponse response, string work, string sharedBy)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.RetryAfter = "5";
        return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable,
            title: outcome == ExtractionGate.Outcome.Busy ? $"{work} is busy" : $"{work} took too long",
            detail: outcome == ExtractionGate.Outcome.Busy
                ? $"At most {options.MaxConcurrentExtractions} texts are {sharedBy} at once, and no slot freed up in time; try again shortly."
                : $"{work} did not finish within {options.ExtractTimeBudget.TotalSeconds:0} s; send a shorter text.");
    }
}
