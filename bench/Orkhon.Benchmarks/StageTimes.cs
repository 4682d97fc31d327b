using System.Diagnostics;
using System.Globalization;
using Orkhon.Extraction;
using Orkhon.Extraction.Mentions;
using Orkhon.Extraction.Time;
using Orkhon.Reading;
using Orkhon.Text;

namespace Orkhon.Benchmarks;

/// <summary>
/// A stopwatch breakdown of the extraction pipeline by stage on one file (read, normalise, split, tokenize,
/// time phrases, actor mentions, whole pipeline), after one warm-up pass over the file's first megabyte so
/// that the JIT has compiled the hot paths. Each stage runs alone over every sentence; the pipeline's own
/// figure includes the stages it repeats. Times are the process's CPU time (user + sys, all threads), not
/// wall time, so that a loaded machine does not inflate them. Prints a Markdown table.
/// </summary>
internal static class StageTimes
{
    public static void Run(string path)
    {
        var bytes = new FileInfo(path).Length;
        var mb = bytes / 1_000_000.0;
        var warm = File.ReadAllText(path);
        EventExtractor.Default.Extract(warm[..Math.Min(warm.Length, 1_000_000)], new DateOnly(2024, 9, 10));
        warm = null;
        GC.Collect();

        var rows = new List<(string Stage, double Seconds, long Allocated)>();
        var clock = new CpuClock();
        var read = DocumentReader.ReadFile(path, new ReadOptions { MaxFileBytes = long.MaxValue });
        var text = read.Document!.Text;
        rows.Add(("read and decode (DocumentReader.ReadFile)", clock.Seconds, clock.Allocated));

        clock.Restart();
        var normalised = TextNormaliser.Normalise(text);
        rows.Add(("normalise (TextNormaliser)", clock.Seconds, clock.Allocated));

        clock.Restart();
        var bounds = SentenceSplitter.Bounds(normalised);
        rows.Add(("split (SentenceSplitter.Bounds)", clock.Seconds, clock.Allocated));

        clock.Restart();
        var tokens = new List<Token>(256);
        long tokenCount = 0;
        foreach (var (start, end) in bounds)
        {
            tokens.Clear();
            Tokenizer.Tokenize(normalised, start, end, tokens);
            tokenCount += tokens.Count;
        }

        rows.Add(("tokenize", clock.Seconds, clock.Allocated));

        clock.Restart();
        var anchor = new TimeAnchor(new DateOnly(2024, 9, 10), null);
        long times = 0;
        foreach (var (start, end) in bounds)
        {
            times += TemporalTagger.Tag(normalised, start, end, anchor).Count;
        }

        rows.Add(("time phrases (TemporalTagger.Tag)", clock.Seconds, clock.Allocated));

        clock.Restart();
        foreach (var (start, end) in bounds)
        {
            _ = TemporalTagger.LatestExplicitDate(normalised, start, end);
        }

        rows.Add(("anchor search of an undated document (LatestExplicitDate)", clock.Seconds, clock.Allocated));

        clock.Restart();
        var context = new MentionContext();
        long mentions = 0;
        foreach (var (start, end) in bounds)
        {
            var sentenceTokens = Tokenizer.Tokenize(normalised, start, end);
            mentions += MentionFinder.Default.Find(normalised, sentenceTokens, new bool[sentenceTokens.Count], new DateOnly(2024, 9, 10), context).Count;
        }

        rows.Add(("tokenize + actor mentions (MentionFinder.Find)", clock.Seconds, clock.Allocated));

        clock.Restart();
        var events = EventExtractor.Default.Extract(text, null).Count;
        rows.Add(("whole pipeline, undated (EventExtractor.Extract)", clock.Seconds, clock.Allocated));

        clock.Restart();
        var dated = EventExtractor.Default.Extract(text, new DateOnly(2024, 9, 10)).Count;
        rows.Add(("whole pipeline, dated", clock.Seconds, clock.Allocated));

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Path.GetFileName(path)}: {mb:F1} MB, {bounds.Count} sentences, {tokenCount} tokens, {times} time phrases, {mentions} actor mentions, {events} events undated, {dated} dated"));
        Console.WriteLine();
        Console.WriteLine("| stage | CPU seconds | MB/s per core | bytes allocated per input byte |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var (stage, seconds, allocated) in rows)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {stage} | {seconds:F3} | {mb / seconds:F0} | {(double)allocated / bytes:F1} |"));
        }
    }

    /// <summary>CPU time of this process, and bytes allocated on the managed heap, since the last restart.</summary>
    private sealed class CpuClock
    {
        private TimeSpan _start = Now;
        private long _allocatedAtStart = GC.GetTotalAllocatedBytes(precise: true);

        private static TimeSpan Now => Process.GetCurrentProcess().TotalProcessorTime;

        public double Seconds => (Now - _start).TotalSeconds;

        // Allocation drives the collector's share of the time, which the profile shows outside our own methods.
        public long Allocated => GC.GetTotalAllocatedBytes(precise: true) - _allocatedAtStart;

        public void Restart()
        {
            _start = Now;
            _allocatedAtStart = GC.GetTotalAllocatedBytes(precise: true);
        }
    }
}
