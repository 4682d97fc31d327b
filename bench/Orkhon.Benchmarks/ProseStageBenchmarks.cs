using BenchmarkDotNet.Attributes;
using Orkhon.Domain;
using Orkhon.Extraction;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Extraction.Time;
using Orkhon.Knowledge;
using Orkhon.Text;

namespace Orkhon.Benchmarks;

/// <summary>
/// Two stages of an undated document of real prose (ORKHON_PROSE, as <see cref="ProseExtractionBenchmarks"/>), each over every
/// sentence of the file's first Size characters: the search for the anchor date (every sentence with four digits tagged without
/// a day to count from), and the actor mentions of the whole document read with one context, so that the acronyms it defines
/// carry on as they do in the pipeline (each capitalised word after them is tried as an acronym's start); and the document's
/// time notes taken after every sentence (the narrative frame, the stays' lengths and arrival days), and the event lexicon read
/// over every sentence (each token looked up once), the passive phrases, and the readers of hyphenated words, over views built once;
/// and the readings gated by the sentence's words, over views made afresh.
/// </summary>
[MemoryDiagnoser]
public class ProseStageBenchmarks
{
    private static readonly DateOnly Day = new(2024, 9, 10);
    private string _text = "";
    private List<(int Start, int End)> _sentences = [];
    private List<SentenceView> _views = [];
    private List<List<Trigger>> _triggers = [];
    private List<(TimedTokens Timed, List<ActorMention> Mentions)> _read = [];

    [Params(1_000_000)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = TextNormaliser.Normalise(ProseFile.FirstParagraphs(Size));
        _sentences = SentenceSplitter.Bounds(_text);
        _ = MentionFinder.Default; // load the reference data and office-holders outside the measurement
        var context = new MentionContext();
        var anchor = new TimeAnchor(Day, null);
        _views = new List<SentenceView>(_sentences.Count);
        foreach (var sentence in _sentences)
        {
            var timed = TimedTokens.Tag(_text, sentence, anchor, null);
            var mentions = MentionFinder.Default.Find(_text, timed.Tokens, timed.Blocked, Day, context);
            context.Remember(mentions);
            _views.Add(new SentenceView(_text, sentence, timed, mentions, ExtractionOptions.Default));
            _read.Add((timed, mentions));
        }

        var triggers = new TriggerFinder(EventLexicon.Default);
        _triggers = [.. _views.Select(triggers.Find)];
    }

    // Most sentences of prose hold no time phrase: both notes skip those without scanning their tokens.
    [Benchmark(Description = "stage: narrative frame and stays noted after every sentence")]
    public int TimeNotesOfTheDocument()
    {
        var stays = new DocumentStays();
        FuzzyDate? frame = null;
        var framed = 0;
        foreach (var view in _views)
        {
            frame = NarrativeFrame.After(view.Clauses, frame);
            stays.Note(view.Clauses, view.Start);
            framed += frame is null ? 0 : 1;
        }

        return framed;
    }

    // Every token looked up in the event lexicon, and the later words it fills noted (nineteenth session: read from the last token
    // back, each form's later words written once a sentence; a missed ASCII word no longer asked of the frozen dictionary again).
    [Benchmark(Description = "stage: event lexicon read over every sentence")]
    public long LexiconWordsOfTheDocument() => LexiconStartsOf(_views);

    // One reading shared with SteadyTimes: the lexicon read of every sentence, summed so the work cannot be skipped.
    internal static long LexiconStartsOf(List<SentenceView> views)
    {
        long starting = 0;
        foreach (var view in views)
        {
            var words = SentenceLexiconWords.Read(EventLexicon.Default, view);
            for (var k = 0; k < view.Tokens.Count; k++)
            {
                starting += words.StartingAt(k).Length;
            }

            words.Release();
        }

        return starting;
    }

    // Twenty-first session: the passive phrases are looked for only after the sentence's first form of "be", and a sentence with
    // none is not scanned; the phrases of the lexicon's word order are found once, before the measurement, as the pipeline has them.
    // Twenty-third session: the phrases filed under a word are tried only when the sentence holds the later words the first
    // of them needs after it (the phrase loop tried 2.6 million phrases a pass over 10 MB, nine in ten lacking a later word).
    [Benchmark(Description = "stage: lexicon phrases over every sentence")]
    public long PhrasesOfTheDocument() => PhrasesOf(_views);

    // One reading shared with SteadyTimes: the phrases of every sentence (TriggerFinder.Find), counted so the work cannot be skipped.
    internal static long PhrasesOf(List<SentenceView> views)
    {
        var finder = new TriggerFinder(EventLexicon.Default);
        long found = 0;
        foreach (var view in views)
        {
            found += finder.Find(view).Count;
        }

        return found;
    }

    [Benchmark(Description = "stage: passive phrases over every sentence")]
    public long PassivePhrasesOfTheDocument() => PassivePhrasesOf(_views, _triggers);

    // One reading shared with SteadyTimes ("steady FILE passive N"): the passive phrases of every sentence
    // (PassivePhraseFinder.Find) beside the lexicon phrases found there before, so the stage is timed apart from the rest.
    internal static long PassivePhrasesOf(List<SentenceView> views, List<List<Trigger>> triggers)
    {
        long found = 0;
        for (var s = 0; s < views.Count; s++)
        {
            found += PassivePhraseFinder.Find(EventLexicon.Default, views[s], triggers[s]).Count;
        }

        return found;
    }

    // Twenty-first session: the readers of hyphenated words (a stay's length, "U.S.-brokered") skip a sentence whose text holds no
    // hyphen, found by one vectorised search per sentence. The clause view caches that search, so each sentence's is made afresh
    // here: the measurement holds the search as the pipeline pays it, once a sentence.
    [Benchmark(Description = "stage: gathering span and actor compounds over every sentence")]
    public int HyphenReadersOfTheDocument()
    {
        var found = 0;
        foreach (var view in _views)
        {
            var clauses = new ClauseView(view);
            found += GatheringSpans.Find(clauses) is null ? 0 : 1;
            found += ActorCompoundActs.Find(view, [], ReferenceData.Default.Gazetteer, null).Count;
        }

        return found;
    }

    // Twenty-second session: the stages that act only at a few words (a disaster, an analyst, "if", "joined", "visit", "pay")
    // skip a sentence whose words' bits (WordBits, read once a sentence on first use) meet none of theirs. Each sentence's view is
    // made afresh, so that the measurement holds the bits as the pipeline pays them.
    [Benchmark(Description = "stage: word-gated readings over every sentence")]
    public int WordGatedReadingsOfTheDocument()
    {
        var found = 0;
        var context = new MentionContext();
        for (var s = 0; s < _sentences.Count; s++)
        {
            var view = new SentenceView(_text, _sentences[s], _read[s].Timed, _read[s].Mentions, ExtractionOptions.Default);
            found += SpeculatorSpeech.GivesThemTheWord(view) ? 1 : 0;
            StrickenStates.Note(view, context, ReferenceData.Default);
            found += ConditionalThreats.Find(view, [], [], null).Count;
            found += JoinedStances.Find(view, [], context).Count;
            found += PlacelessVisits.Find(view, [], context, null).Count;
            found += ConsequenceThreats.Find(view, [], null).Count;
        }

        return found;
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
