using BenchmarkDotNet.Attributes;
using Orkhon.Text;

namespace Orkhon.Benchmarks;

/// <summary>Sentence splitting throughput on 1 MB of generated news text (MB/s = 1 / mean seconds).</summary>
[MemoryDiagnoser]
public class SentenceSplitterBenchmarks
{
    private string _text = "";

    [GlobalSetup]
    public void Setup() => _text = NewsCorpus.Generate(1_000_000);

    [Benchmark(Baseline = true, Description = "naive split on '. '")]
    public int NaiveSplit() => _text.Split(". ").Length;

    [Benchmark(Description = "SentenceSplitter.Split")]
    public int Split() => SentenceSplitter.Split(_text).Count;
}
