using System.Collections.Frozen;
using BenchmarkDotNet.Attributes;
using Orkhon.Extraction.Lexicon;
using Orkhon.Text;

namespace Orkhon.Benchmarks;

/// <summary>
/// The look-up every token of a sentence makes in the event lexicon (<see cref="SentenceLexiconWords"/>): every word token of
/// the first Size characters of real prose (ORKHON_PROSE, as <see cref="ProseExtractionBenchmarks"/>) looked up, ignoring
/// case, among the lexicon's first words, in a frozen dictionary (the baseline, what the lexicon used before) and in a
/// <see cref="FoldedWordTable{TValue}"/> of the same keys; and the lexicon's own look-up.
/// </summary>
[MemoryDiagnoser]
public class WordTableBenchmarks
{
    private string _text = "";
    private List<Token> _words = [];
    private FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _frozen;
    private FoldedWordTable<string> _table = null!;

    [Params(1_000_000)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = TextNormaliser.Normalise(ProseFile.FirstParagraphs(Size));
        foreach (var (start, end) in SentenceSplitter.Bounds(_text))
        {
            _words.AddRange(Tokenizer.Tokenize(_text, start, end).Where(t => t.Kind == TokenKind.Word));
        }

        var keys = EventLexicon.Default.FirstWords.ToDictionary(w => w, w => w, StringComparer.OrdinalIgnoreCase);
        _frozen = keys.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _table = new FoldedWordTable<string>(keys);
    }

    [Benchmark(Baseline = true, Description = "lexicon's first words, frozen dictionary ignoring case")]
    public int Frozen()
    {
        var found = 0;
        foreach (var t in _words)
        {
            found += _frozen.TryGetValue(t.In(_text), out _) ? 1 : 0;
        }

        return found;
    }

    [Benchmark(Description = "lexicon's first words, FoldedWordTable")]
    public int Folded()
    {
        var found = 0;
        foreach (var t in _words)
        {
            found += _table.Find(t.In(_text)) is null ? 0 : 1;
        }

        return found;
    }

    [Benchmark(Description = "stage: every token in the event lexicon (EventLexicon.Word)")]
    public int LexiconWords()
    {
        var found = 0;
        foreach (var t in _words)
        {
            found += EventLexicon.Default.Word(t.In(_text)) is null ? 0 : 1;
        }

        return found;
    }
}
