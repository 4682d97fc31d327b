namespace Orkhon.Tests;

/// <summary>
/// Tests that compare timings (N against 8N input, one store against another) run in this collection,
/// which xunit runs alone, after the parallel ones: other tests on the same two cores would otherwise
/// slow one measurement and not the other.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "Timing";
}
