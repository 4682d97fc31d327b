using BenchmarkDotNet.Attributes;
using Orkhon.Extraction;

namespace Orkhon.Benchmarks;

/// <summary>
/// The whole extraction pipeline on real prose (the Brown corpus and nlp-corpus sentences, built by
/// bench/realistic-corpus.py) rather than generated news: most sentences hold no event, few name a date,
/// and sentences are longer. The file is named by ORKHON_PROSE (e.g. /work/bench-data/prose/corpus-10mb.txt);
/// each size is its first Size characters, cut at a paragraph break.
/// </summary>
[MemoryDiagnoser]
public class ProseExtractionBenchmarks
{
    private string _text = "";

    [Params(1_000_000, 4_000_000)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = ProseFile.FirstParagraphs(Size);
        _ = EventExtractor.Default; // load the reference data, lexicon and office-holders outside the measurement
    }

    [Benchmark(Description = "prose, document date given")]
    public int Dated() => EventExtractor.Default.Extract(_text, new DateOnly(2024, 9, 10)).Count;

    [Benchmark(Description = "prose, undated (anchor searched first)")]
    public int Undated() => EventExtractor.Default.Extract(_text, null).Count;
}
