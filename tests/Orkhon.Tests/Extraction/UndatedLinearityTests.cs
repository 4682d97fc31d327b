using System.Text;
using Orkhon.Extraction;
using Orkhon.Extraction.Time;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A document without a date is anchored on the latest date its own text gives, found by tagging the whole
/// text at once. That pass was quadratic in the number of time phrases (each new phrase was checked
/// against every earlier one, and "since" was searched for in everything before it): 25 MB took 315 s.
/// These tests time the same work on N and 8N characters: linear growth gives a ratio near 8, quadratic
/// near 64. The limit of 20 leaves room for a busy machine; each size is timed in the thread's CPU time
/// (<see cref="ThreadCpuClock"/>: a wall clock counted the time other processes held the cores, and reached a
/// ratio of 24.7 at load average 38), several times after a full garbage collection, the fastest run kept, and
/// the class runs alone (<see cref="TimingCollection"/>).
/// </summary>
[Collection(TimingCollection.Name)]
public sealed class UndatedLinearityTests
{
    private const int Growth = 8;
    private const double MaxRatio = 20;
    private const int Trials = 5;

    // Sentences dense in time phrases, the worst case for the old pass, mixed with the kind news text has.
    private static readonly string[] s_sentences =
    [
        "Mongolia signed a treaty with Japan on 3 May 2021 and has traded since 2020. ",
        "Talks resumed in early September, after the 1990s reforms and the May 2019 visit. ",
        "The ministers met on June 12, 2022, then again in 2023 and 2024, respectively. ",
        "Kazakhstan hosted the summit last year, two weeks ago, and on Tuesday. ",
        "Relations began in the late 1980s; the trade agreement came in July 2023. ",
    ];

    private static string Text(int length)
    {
        var b = new StringBuilder(length + 100);
        for (var i = 0; b.Length < length; i++)
        {
            b.Append(s_sentences[i % s_sentences.Length]);
        }

        return b.ToString(0, length);
    }

    private static TimeSpan Fastest(Action work)
    {
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < Trials; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var spent = ThreadCpuClock.Measure(work);
            best = spent < best ? spent : best;
        }

        return best;
    }

    private static void AssertLinear(int n, Action<string> work)
    {
        var small = Text(n);
        var large = Text(Growth * n);
        work(small); // warm up: JIT and regex construction are not part of the growth
        var smallTime = Fastest(() => work(small));
        var largeTime = Fastest(() => work(large));
        Assert.True(smallTime > TimeSpan.FromMilliseconds(1), $"the clock measured {smallTime.TotalMilliseconds:F3} ms for {n:N0} chars: too little to compare");
        var ratio = largeTime.TotalMilliseconds / smallTime.TotalMilliseconds;
        TestContext.Current.TestOutputHelper?.WriteLine($"{n:N0} chars {smallTime.TotalMilliseconds:F1} ms, {Growth * n:N0} chars {largeTime.TotalMilliseconds:F1} ms: ratio {ratio:F1}");
        Assert.True(ratio < MaxRatio, $"{n:N0} chars took {smallTime.TotalMilliseconds:F1} ms, {Growth * n:N0} chars {largeTime.TotalMilliseconds:F1} ms: ratio {ratio:F1} (linear ≈ {Growth}, quadratic ≈ {Growth * Growth})");
    }

    [Fact]
    public void LatestExplicitDate_EightTimesTheText_TakesAboutEightTimesAsLong() =>
        AssertLinear(100_000, text => TemporalTagger.LatestExplicitDate(text, 0, text.Length));

    [Fact]
    public void Tag_OneLongRunOfDates_TakesAboutEightTimesAsLong() =>
        AssertLinear(100_000, text => TemporalTagger.Tag(text, 0, text.Length, new TimeAnchor(new DateOnly(2024, 5, 1), null)));

    [Fact]
    public void Extract_UndatedDocument_TakesAboutEightTimesAsLong() =>
        AssertLinear(50_000, text => EventExtractor.Default.Extract(text));
}
