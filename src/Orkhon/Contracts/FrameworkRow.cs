using System.Globalization;
using Orkhon.Analysis.Frameworks;

namespace Orkhon.Contracts;

/// <summary>One foreign-policy framework of <c>frameworks</c>, its pillars in priority order; <c>default</c> marks the country's latest.</summary>
public sealed record FrameworkRow(string Id, string Country, string Title, string? Document, string? Adopted, string SourceUrl, bool Default, IReadOnlyList<PillarRow> Pillars)
{
    /// <summary><c>policy-document</c> or <c>analyst-construct</c> (added after the fields above).</summary>
    public string? Provenance { get; init; }

    /// <summary>What was read and what is the project's own.</summary>
    public string? ProvenanceNote { get; init; }

    public static FrameworkRow From(PolicyFramework f, FrameworkCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(catalog);
        return new FrameworkRow(f.Id, f.Country, f.Title, f.Document, f.Adopted?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), f.SourceUrl,
            catalog.DefaultFor(f.Country) == f,
            [.. f.Pillars.Select(p => new PillarRow(p.Id, p.Name, p.Note, p.SourceUrl, [.. p.Members.Order(StringComparer.Ordinal)]))])
        {
            Provenance = FrameworkProvenances.Name(f.Provenance),
            ProvenanceNote = f.ProvenanceNote,
        };
    }
}

/// <summary>A pillar and its explicit member codes, sorted.</summary>
public sealed record PillarRow(string Id, string Name, string? Note, string? SourceUrl, IReadOnlyList<string> Members);
