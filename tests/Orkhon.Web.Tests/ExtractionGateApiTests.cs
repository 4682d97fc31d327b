namespace Orkhon.Web.Tests;

/// <summary>The gate that bounds anonymous extraction: slots are held until the work ends, not until the caller gives up.</summary>
public sealed class ExtractionGateApiTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static ExtractionGate Gate(TimeSpan budget) =>
        new(new ServerOptions { DatabasePath = "unused", MaxConcurrentExtractions = 1, ExtractTimeBudget = budget });

    [Fact]
    public async Task RunAsync_QuickWork_IsDone()
    {
        var (outcome, value) = await Gate(TimeSpan.FromSeconds(30)).RunAsync(() => 42, Cancel);
        Assert.Equal(ExtractionGate.Outcome.Done, outcome);
        Assert.Equal(42, value);
    }

    [Fact]
    public async Task RunAsync_WorkOverBudget_KeepsItsSlotUntilItEnds()
    {
        var gate = Gate(TimeSpan.FromMilliseconds(200));
        using var release = new ManualResetEventSlim();
        var (first, _) = await gate.RunAsync(() => release.Wait(TimeSpan.FromMinutes(1)), Cancel);
        Assert.Equal(ExtractionGate.Outcome.OverBudget, first);

        // The first work still runs: the only slot is taken, so the next caller is turned away.
        var (second, _) = await gate.RunAsync(() => true, Cancel);
        Assert.Equal(ExtractionGate.Outcome.Busy, second);

        release.Set();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        ExtractionGate.Outcome third;
        do
        {
            (third, _) = await gate.RunAsync(() => true, Cancel);
        }
        while (third != ExtractionGate.Outcome.Done && DateTime.UtcNow < deadline);
        Assert.Equal(ExtractionGate.Outcome.Done, third);
    }

    [Fact]
    public async Task RunAsync_MoreCallersThanSlotsAndQueue_AreTurnedAwayAtOnce()
    {
        var gate = Gate(TimeSpan.FromSeconds(30));
        using var release = new ManualResetEventSlim();
        var waiting = Enumerable.Range(0, 1 + ServerOptions.MaxQueuedExtractions).Select(_ => gate.RunAsync(() => release.Wait(TimeSpan.FromMinutes(1)), Cancel)).ToList();
        var started = DateTime.UtcNow;
        var (extra, _) = await gate.RunAsync(() => true, Cancel);
        Assert.Equal(ExtractionGate.Outcome.Busy, extra);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10)); // refused, not queued for the 30 s budget
        release.Set();
        foreach (var (outcome, _) in await Task.WhenAll(waiting))
        {
            Assert.Equal(ExtractionGate.Outcome.Done, outcome);
        }
    }

    [Fact]
    public async Task RunAsync_FailingWork_SurfacesItsException()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => Gate(TimeSpan.FromSeconds(30)).RunAsync<int>(() => throw new InvalidOperationException("bug"), Cancel));
    }
}
