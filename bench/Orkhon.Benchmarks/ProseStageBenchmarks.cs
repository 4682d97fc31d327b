using BenchmarkDotNet.Attributes;
using Orkhon.Extraction.Mentions;
using Orkhon.Extraction.Time;
using Orkhon.Text;

namespace Orkhon.Benchmarks;

/// <summary>
/// Two stages of an undated document of real prose (ORKHON_PROSE, as <see cref="ProseExtractionBenchmarks"/>), each over every
/// sentence of the file's first Size characters: the search for the anchor date (every sentence with four digits tagged without
/// a day to count from), and the actor mentions of the whole document read with one context, so that the acronyms it defines
/// carry on as they do in the pipeline (each capitalised word after them is tried as an acronym's start).
/// </summary>
[MemoryDiagnoser]
public class ProseStageBenchmarks
{
    private static readonly DateOnly Day = new(2024, 9, 10);
    private string _text = "";
    private List<(int Start, int End)> _sentences = [];

    [Params(1_000_000)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = TextNormaliser.Normalise(ProseFile.FirstParagraphs(Size));
        _sentences = SentenceSplitter.Bounds(_text);
        _ = MentionFinder.Default; // load the reference data and office-holders outside the measurement
    }

    [Benchmark(Description = "stage: anchor search of an undated document")]
    public int AnchorSearch()
    {
        var found = 0;
        foreach (var (start, end) in _sentences)
        {
            found += TemporalTagger.LatestExplicitDate(_text, start, end) is null ? 0 : 1;
        }

        return found;
    }

    [Benchmark(Description = "stage: actor mentions, one context for the document")]
    public int MentionsOfTheDocument()
    {
        var context = new MentionContext();
        var found = 0;
        foreach (var (start, end) in _sentences)
        {
            var tokens = Tokenizer.Tokenize(_text, start, end);
            var mentions = MentionFinder.Default.Find(_text, tokens, new bool[tokens.Count], Day, context);
            context.Remember(mentions);
            found += mentions.Count;
        }

        return found;
    }
}
