using Orkhon.Knowledge;

namespace Orkhon.Analysis.Frameworks;

/// <summary>The frameworks shipped in <c>data/frameworks/</c>, loaded once. A country's default framework is its latest (by adoption date).</summary>
public sealed class FrameworkCatalog
{
    private static readonly Lazy<FrameworkCatalog> s_default = new(() => new FrameworkCatalog(
        EmbeddedData.Names("frameworks.").Select(n =>
        {
            using var reader = EmbeddedData.OpenText(n);
            return FrameworkLoader.Load(EmbeddedData.DisplayPath(n), reader.ReadToEnd(), ReferenceData.Default);
        }).ToList()));

    public FrameworkCatalog(IReadOnlyList<PolicyFramework> frameworks) => All = frameworks.OrderBy(f => f.Country, StringComparer.Ordinal).ThenBy(f => f.Adopted).ToList();

    public static FrameworkCatalog Default => s_default.Value;

    public IReadOnlyList<PolicyFramework> All { get; }

    public PolicyFramework? Find(string id) => All.FirstOrDefault(f => f.Id == id);

    public PolicyFramework? DefaultFor(string country) => All.Where(f => f.Country == country).MaxBy(f => f.Adopted);
}
