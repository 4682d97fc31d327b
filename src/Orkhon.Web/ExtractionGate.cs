using System.Diagnostics;

namespace Orkhon.Web;

/// <summary>
/// Bounds the CPU that anonymous extraction can take: a fixed number of slots, a short queue, and a time
/// budget per caller. Extraction is synchronous and cannot be interrupted, so a caller whose budget runs out
/// is answered at once while its work finishes in the background <em>still holding its slot</em>: the
/// server never runs more than <see cref="ServerOptions.MaxConcurrentExtractions"/> extractions, however
/// many callers give up or retry. Each one is bounded in turn by the text size limit.
/// </summary>
public sealed class ExtractionGate
{
    private readonly SemaphoreSlim _slots;
    private readonly int _capacity;
    private readonly TimeSpan _budget;
    private int _admitted;

    public ExtractionGate(ServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxConcurrentExtractions, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.ExtractTimeBudget, TimeSpan.Zero);
        _slots = new SemaphoreSlim(options.MaxConcurrentExtractions, options.MaxConcurrentExtractions);
        _capacity = options.MaxConcurrentExtractions + ServerOptions.MaxQueuedExtractions;
        _budget = options.ExtractTimeBudget;
    }

    /// <summary>What became of a call.</summary>
    public enum Outcome
    {
        Done,

        /// <summary>Every slot and queue place was taken, or no slot freed up within the budget.</summary>
        Busy,

        /// <summary>The work started but did not finish within the budget (it completes in the background).</summary>
        OverBudget,
    }

    public async Task<(Outcome Outcome, T? Value)> RunAsync<T>(Func<T> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (Interlocked.Increment(ref _admitted) > _capacity)
        {
            Interlocked.Decrement(ref _admitted);
            return (Outcome.Busy, default);
        }

        var started = Stopwatch.GetTimestamp();
        bool acquired;
        try
        {
            acquired = await _slots.WaitAsync(_budget, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Interlocked.Decrement(ref _admitted);
            throw;
        }

        if (!acquired)
        {
            Interlocked.Decrement(ref _admitted);
            return (Outcome.Busy, default);
        }

        // The slot is released when the work ends, not when the caller stops waiting.
        var task = Task.Run(work, CancellationToken.None);
        // (SemaphoreSlim is never disposed: without its wait handle it holds nothing to free, and a late
        // release after shutdown must not throw.)
        _ = task.ContinueWith(t =>
        {
            _ = t.Exception; // observed: a caller that gave up is not told, and the failure is not rethrown later
            _slots.Release();
            Interlocked.Decrement(ref _admitted);
        }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

        var left = _budget - Stopwatch.GetElapsedTime(started);
        try
        {
            return (Outcome.Done, await task.WaitAsync(left > TimeSpan.Zero ? left : TimeSpan.Zero, cancellationToken));
        }
        catch (TimeoutException)
        {
            return (Outcome.OverBudget, default);
        }
    }
}
