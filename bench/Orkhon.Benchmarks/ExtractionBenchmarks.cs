using BenchmarkDotNet.Attributes;
using Orkhon.Domain;
using Orkhon.Extraction;
using Orkhon.Extraction.Mentions;
using Orkhon.Extraction.Time;
using Orkhon.Text;

namespace Orkhon.Benchmarks;

/// <summary>
/// The extraction pipeline on generated news text, whole and stage by stage, at two input sizes so that
/// time and allocation per megabyte can be compared (they should stay the same: nothing is kept across
/// documents). Throughput in MB/s = size in MB / mean seconds.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private string _text = "";
    private List<Sentence> _sentences = null!;

    [Params(1_000_000, 4_000_000)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = TextNormaliser.Normalise(NewsCorpus.Generate(Size, seed: 11));
        _sentences = SentenceSplitter.Split(_text);
        _ = EventExtractor.Default; // load the reference data, lexicon and office-holders outside the measurement
    }

    [Benchmark(Description = "whole pipeline (EventExtractor.Extract)")]
    public int Pipeline() => EventExtractor.Default.Extract(_text, new DateOnly(2024, 9, 10)).Count;

    [Benchmark(Description = "stage: tokenize")]
    public int Tokenize()
    {
        var n = 0;
        var tokens = new List<Token>(64);
        foreach (var s in _sentences)
        {
            tokens.Clear();
            Tokenizer.Tokenize(_text, s.Start, s.End, tokens);
            n += tokens.Count;
        }

        return n;
    }

    [Benchmark(Description = "stage: time phrases")]
    public int Times()
    {
        var n = 0;
        var anchor = new TimeAnchor(new DateOnly(2024, 9, 10), null);
        foreach (var s in _sentences)
        {
            n += TemporalTagger.Tag(_text, s.Start, s.End, anchor).Count;
        }

        return n;
    }

    [Benchmark(Description = "stage: actor mentions")]
    public int Mentions()
    {
        var n = 0;
        var context = new MentionContext();
        foreach (var s in _sentences)
        {
            var tokens = Tokenizer.Tokenize(_text, s.Start, s.End);
            n += MentionFinder.Default.Find(_text, tokens, new bool[tokens.Count], new DateOnly(2024, 9, 10), context).Count;
        }

        return n;
    }
}
