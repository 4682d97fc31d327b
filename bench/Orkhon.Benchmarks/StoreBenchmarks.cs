using BenchmarkDotNet.Attributes;
using Orkhon.Domain;
using Orkhon.Storage;
using Orkhon.Text;

namespace Orkhon.Benchmarks;

/// <summary>Bulk insert: one 1 MB document with its ~14,000 sentences (and their FTS5 index) in one transaction.</summary>
public class StoreBenchmarks
{
    private string _dir = "";
    private Document _document = null!;
    private List<Sentence> _sentences = null!;
    private int _round;

    [GlobalSetup]
    public void Setup()
    {
        _dir = Directory.CreateTempSubdirectory("orkhon-bench").FullName;
        var text = NewsCorpus.Generate(1_000_000);
        _document = Document.Create(text);
        _sentences = SentenceSplitter.Split(text);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_dir, recursive: true);

    [Benchmark]
    public IngestOutcome AddDocument()
    {
        using var store = SqliteEventStore.Open(Path.Combine(_dir, $"b{_round++}.db"));
        return store.AddDocument(_document, _sentences);
    }
}
