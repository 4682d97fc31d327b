using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Orkhon.Tests;

/// <summary>
/// The CPU time the calling thread has used (Linux <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>, nanosecond
/// resolution). Growth tests time single-threaded work with it rather than with a wall clock: on a loaded 2-core
/// machine the wall clock also counts the time other processes held the cores, which can double one measurement
/// and not the other. Elsewhere it falls back to the wall clock.
/// </summary>
internal static class ThreadCpuClock
{
    private const int ClockThreadCpuTime = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    // DllImport rather than LibraryImport: the struct is blittable, and the test project stays free of unsafe code.
    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    /// <summary>How long <paramref name="work"/> took: thread CPU time on Linux, wall time elsewhere.</summary>
    public static TimeSpan Measure(Action work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (!OperatingSystem.IsLinux())
        {
            var watch = Stopwatch.StartNew();
            work();
            return watch.Elapsed;
        }

        var before = Now();
        work();
        return Now() - before;
    }

    private static TimeSpan Now()
    {
        if (ClockGetTime(ClockThreadCpuTime, out var t) != 0)
        {
            throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");
        }

        return TimeSpan.FromTicks((t.Seconds * TimeSpan.TicksPerSecond) + (t.Nanoseconds / 100));
    }
}
