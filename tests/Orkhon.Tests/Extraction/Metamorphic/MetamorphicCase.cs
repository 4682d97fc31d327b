namespace Orkhon.Tests.Extraction.Metamorphic;

/// <summary>
/// One retelling of a base: its transform ("T5"), its variant ("T5b"), the text, and the events it must give. A silent case
/// (negation, cancellation, hypothesis, a passive without its agent) must give no event at all. An event of one of the
/// <see cref="ToleratedRoots"/> is neither kept nor false.
/// </summary>
internal sealed record MetamorphicCase(string BaseId, string Transform, string Variant, string Text, IReadOnlyList<string> Expected)
{
    public IReadOnlyList<string> ToleratedRoots { get; init; } = [];

    public bool IsSilent => Expected.Count == 0;

    public string Key => $"{BaseId} {Variant}";
}
