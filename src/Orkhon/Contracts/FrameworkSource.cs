using Orkhon.Analysis.Frameworks;

namespace Orkhon.Contracts;

/// <summary>
/// <c>framework_provenance</c>: where the pillars a result was measured by come from, printed beside every
/// result that uses a framework. <c>kind</c> is <c>policy-document</c> (an adopted concept) or
/// <c>analyst-construct</c> (no adopted document states these pillars; <c>mongolia-2023</c> is one).
/// </summary>
public sealed record FrameworkSource(string Framework, string Kind, string Title, string? Document, string SourceUrl, string? Note)
{
    public static FrameworkSource From(PolicyFramework framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        return new FrameworkSource(framework.Id, FrameworkProvenances.Name(framework.Provenance), framework.Title, framework.Document, framework.SourceUrl, framework.ProvenanceNote);
    }

    /// <summary>One line for a table's footer: "Framework mongolia-2023: analyst's construct — … Source: URL".</summary>
    public string Footer() =>
        $"Framework {Framework}: {FrameworkProvenances.Describe(FrameworkProvenances.TryParse(Kind, out var p) ? p : FrameworkProvenance.Unstated)}"
        + $" — {Title}{(Document is null ? "" : " (" + Document + ")")}. {(Note is null ? "" : Note + " ")}Source: {SourceUrl}";
}
