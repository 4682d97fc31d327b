using System.Collections.Frozen;
using BenchmarkDotNet.Attributes;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Knowledge;
using Orkhon.Text;

namespace Orkhon.Benchmarks;

/// <summary>
/// The look-up every token of a sentence makes in the event lexicon (<see cref="SentenceLexiconWords"/>): every word token of
/// the first Size characters of real prose (ORKHON_PROSE, as <see cref="ProseExtractionBenchmarks"/>) looked up, ignoring
/// case, among the lexicon's first words, in a frozen dictionary (the baseline, what the lexicon used before) and in a
/// <see cref="FoldedWordTable{TValue}"/> of the same keys; and the lexicon's own look-up. Beside them the same keys as a
/// <see cref="WordSet"/> (since the twentieth session a set ignoring case is looked up in a folded table after its pre-tests)
/// against a frozen set ignoring case, and the gazetteer's first-word tests that the mention finder makes at each capitalised
/// word (<see cref="ActorGazetteer.MayStart"/>, <see cref="ActorGazetteer.MaxTokensFrom"/>), and the office-holder index's
/// (<see cref="OfficeHolderIndex.MayStart"/>, <see cref="OfficeHolderIndex.MaxWordsFrom"/>, <see cref="OfficeHolderIndex.IsKnownName"/>),
/// since the twenty-fourth session all in folded tables read four characters at a time.
/// </summary>
[MemoryDiagnoser]
public class WordTableBenchmarks
{
    private string _text = "";
    private List<Token> _words = [];
    private FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _frozen;
    private FoldedWordTable<string> _table = null!;
    private FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _frozenSet;
    private WordSet _wordSet = null!;

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
        _frozenSet = keys.Keys.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _wordSet = new WordSet(keys.Keys);
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

    [Benchmark(Description = "lexicon's first words, frozen set ignoring case")]
    public int FrozenSet()
    {
        var found = 0;
        foreach (var t in _words)
        {
            found += _frozenSet.Contains(t.In(_text)) ? 1 : 0;
        }

        return found;
    }

    [Benchmark(Description = "lexicon's first words, WordSet (pre-tests, then a folded table)")]
    public int WordSetContains()
    {
        var found = 0;
        foreach (var t in _words)
        {
            found += _wordSet.Contains(t.In(_text)) ? 1 : 0;
        }

        return found;
    }

    [Benchmark(Description = "stage: the gazetteer's first-word tests at every capitalised word")]
    public int GazetteerFirstWords()
    {
        var gazetteer = ReferenceData.Default.Gazetteer;
        var found = 0;
        foreach (var t in _words)
        {
            var word = t.In(_text);
            if (char.IsUpper(word[0]) && gazetteer.MayStart(word))
            {
                found += gazetteer.MaxTokensFrom(word);
            }
        }

        return found;
    }

    [Benchmark(Description = "stage: the office-holder index's look-ups at every capitalised word (first word, reach, name)")]
    public int PeopleFirstWords()
    {
        var people = OfficeHolderIndex.Default;
        var found = 0;
        foreach (var t in _words)
        {
            var word = t.In(_text);
            if (char.IsUpper(word[0]) && people.MayStart(word))
            {
                found += people.MaxWordsFrom(word) + (people.IsKnownName(word) ? 1 : 0);
            }
        }

        return found;
    }
}
