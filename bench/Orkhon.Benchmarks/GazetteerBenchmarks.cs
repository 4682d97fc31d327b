using BenchmarkDotNet.Attributes;
using Orkhon.Knowledge;

namespace Orkhon.Benchmarks;

/// <summary>Name lookups per second in the actor gazetteer, hits and misses mixed as in running text.</summary>
[MemoryDiagnoser]
public class GazetteerBenchmarks
{
    private static readonly string[] s_words =
        ["Mongolia", "Kyrgyz", "the", "Ulaanbaatar", "president", "SCO", "visited", "Moscow", "agreement", "Uzbek", "Washington", "talks"];

    private ActorGazetteer _gazetteer = null!;

    [GlobalSetup]
    public void Setup() => _gazetteer = ReferenceData.Default.Gazetteer;

    [Benchmark(OperationsPerInvoke = 1200)]
    public int Lookup()
    {
        var hits = 0;
        for (var i = 0; i < 100; i++)
        {
            foreach (var word in s_words)
            {
                if (_gazetteer.TryResolve(word.AsSpan(), out _))
                {
                    hits++;
                }
            }
        }

        return hits;
    }
}
