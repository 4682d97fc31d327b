using System.Diagnostics;
using System.Globalization;
using Orkhon.Extraction;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Extraction.Time;
using Orkhon.Text;

namespace Orkhon.Benchmarks;

/// <summary>
/// One stage run over a whole file several times in one process, each pass timed by stopwatch, reporting the fastest
/// and the median pass. <see cref="StageTimes"/> times a single first pass, which on this runtime is mostly tiered JIT
/// compilation (a first pass of the date tagger costs several times a later one); the fastest later pass is the
/// steady cost per byte, and on a loaded machine the least disturbed one. Each pass is also timed in CPU time of the process
/// (all threads, the garbage collector's included): on a machine shared by many processes a pass waits for a core most of its
/// wall time, and only the CPU time stays comparable between runs.
/// </summary>
internal static class SteadyTimes
{
    public static void Run(string path, string stage, int passes)
    {
        var text = TextNormaliser.Normalise(File.ReadAllText(path));
        var bounds = SentenceSplitter.Bounds(text);
        var day = new DateOnly(2024, 9, 10);
        var anchor = new TimeAnchor(day, null);
        Func<long> pass = stage switch
        {
            "tag" => () =>
            {
                long n = 0;
                foreach (var (start, end) in bounds)
                {
                    n += TemporalTagger.Tag(text, start, end, anchor).Count;
                }

                return n;
            },
            "mentions" => MentionsPass(text, bounds, day, anchor),
            "lexicon" => LexiconPass(text, bounds, day, anchor),
            "phrases" => PhrasesPass(text, bounds, day, anchor),
            "passive" => PassivePass(text, bounds, day, anchor),
            "dated" => () => EventExtractor.Default.Extract(text, day).Count,
            "undated" => () => EventExtractor.Default.Extract(text, null).Count,
            _ => throw new ArgumentException($"unknown stage '{stage}' (tag, mentions, lexicon, phrases, passive, dated, undated)", nameof(stage)),
        };

        var seconds = new List<double>();
        var cpu = new List<double>();
        var process = Process.GetCurrentProcess();
        long found = 0;
        for (var k = 0; k < passes; k++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            found = pass();
            seconds.Add(clock.Elapsed.TotalSeconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalSeconds);
        }

        seconds.Sort();
        cpu.Sort();
        var mb = new FileInfo(path).Length / 1_000_000.0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Path.GetFileName(path)} {stage}: {passes} passes, {found} found; fastest {seconds[0]:F3} s ({mb / seconds[0]:F0} MB/s), median {seconds[seconds.Count / 2]:F3} s; CPU fastest {cpu[0]:F3} s ({mb / cpu[0]:F1} MB/s per core), median {cpu[cpu.Count / 2]:F3} s"));
    }

    // The actor mentions of every sentence (MentionFinder.Find), one context for the whole file as in one document, after the
    // time phrases of each sentence were tagged once, before the passes: the mention finder's own cost, without the tagger's.
    private static Func<long> MentionsPass(string text, List<(int Start, int End)> bounds, DateOnly day, TimeAnchor anchor)
    {
        var tagged = bounds.Select(sentence => TimedTokens.Tag(text, sentence, anchor, null)).ToList();
        return () =>
        {
            var context = new MentionContext();
            long n = 0;
            foreach (var timed in tagged)
            {
                var found = MentionFinder.Default.Find(text, timed.Tokens, timed.Blocked, day, context);
                context.Remember(found);
                n += found.Count;
            }

            return n;
        };
    }

    // The event lexicon read over every sentence (SentenceLexiconWords: one look-up per token, the later words each fills noted),
    // over views built before the passes. The views hold every sentence's tokens, times and mentions at once: give it a file of a
    // few megabytes.
    private static Func<long> LexiconPass(string text, List<(int Start, int End)> bounds, DateOnly day, TimeAnchor anchor)
    {
        var views = ViewsOf(text, bounds, day, anchor);
        return () => ProseStageBenchmarks.LexiconStartsOf(views);
    }

    // The lexicon's phrases found in every sentence (TriggerFinder.Find: the lexicon read, the phrases tried at each word, their
    // tests and matches), over views built before the passes, as for the lexicon pass.
    private static Func<long> PhrasesPass(string text, List<(int Start, int End)> bounds, DateOnly day, TimeAnchor anchor)
    {
        var views = ViewsOf(text, bounds, day, anchor);
        return () => ProseStageBenchmarks.PhrasesOf(views);
    }

    // The passive phrases of every sentence (PassivePhraseFinder.Find), beside the lexicon phrases found there, both found before
    // the passes over views built as for the lexicon pass.
    private static Func<long> PassivePass(string text, List<(int Start, int End)> bounds, DateOnly day, TimeAnchor anchor)
    {
        var views = ViewsOf(text, bounds, day, anchor);
        var finder = new TriggerFinder(EventLexicon.Default);
        var triggers = views.Select(finder.Find).ToList();
        return () => ProseStageBenchmarks.PassivePhrasesOf(views, triggers);
    }

    private static List<SentenceView> ViewsOf(string text, List<(int Start, int End)> bounds, DateOnly day, TimeAnchor anchor)
    {
        var context = new MentionContext();
        var views = new List<SentenceView>(bounds.Count);
        foreach (var sentence in bounds)
        {
            var timed = TimedTokens.Tag(text, sentence, anchor, null);
            var found = MentionFinder.Default.Find(text, timed.Tokens, timed.Blocked, day, context);
            context.Remember(found);
            views.Add(new SentenceView(text, sentence, timed, found, ExtractionOptions.Default));
        }

        return views;
    }
}
