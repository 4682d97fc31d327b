using Orkhon.Domain;
using Orkhon.Knowledge;
using Orkhon.Text;

namespace Orkhon.Extraction.Lexicon;

/// <summary>
/// The event phrases of <c>data/lexicon/events.tsv</c>, compiled for matching over tokens: each phrase
/// becomes a sequence of slots (sets of accepted word forms, or a gap, its length bounded by <see cref="ExtractionOptions.PhraseGap"/>), indexed by
/// the forms of its first word.
/// </summary>
public sealed partial class EventLexicon
{
    private static readonly Lazy<EventLexicon> s_default = new(() => Load(EmbeddedData.ReadTable(EmbeddedData.EventLexicon), CameoCatalog.Default));

    private readonly Dictionary<string, List<CompiledPhrase>> _byFirstWord;

    // The same index in a table for the look-up at every word, joined with the later words each form fills: the same keys,
    // comparison and lists, found faster, and a sentence's tokens are looked up once for both.
    private readonly FoldedWordTable<LexiconWord> _lookup;

    private EventLexicon(IReadOnlyList<LexiconEntry> entries, Dictionary<string, List<CompiledPhrase>> byFirstWord, IReadOnlyList<WordSet> laterWords,
        IReadOnlyDictionary<string, int> patternsByRoot)
    {
        Entries = entries;
        PatternsByRoot = patternsByRoot;
        _byFirstWord = byFirstWord;
        LaterWordCount = laterWords.Count;
        var fills = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (var id = 0; id < laterWords.Count; id++)
        {
            foreach (var form in laterWords[id].Words)
            {
                if (!fills.TryGetValue(form, out var ids))
                {
                    fills[form] = ids = [];
                }

                // A set ignoring case may hold one word in two cases ("Talks", "talks"): the id once.
                if (ids.Count == 0 || ids[^1] != id)
                {
                    ids.Add(id);
                }
            }
        }

        var words = new Dictionary<string, LexiconWord>(StringComparer.OrdinalIgnoreCase);
        foreach (var form in byFirstWord.Keys.Concat(fills.Keys))
        {
            if (!words.ContainsKey(form))
            {
                CompiledPhrase[] starting = byFirstWord.TryGetValue(form, out var filed) ? [.. filed] : [];
                words[form] = new LexiconWord(words.Count, starting, fills.TryGetValue(form, out var ids) ? [.. ids] : [],
                    [.. starting.Select(phrase => KeyLaterWord(phrase, laterWords))]);
            }
        }

        _lookup = new FoldedWordTable<LexiconWord>(words);
        WordCount = words.Count;
    }

    // The later word a phrase is first tested for (LexiconWord.StartingKeys), or -1 for a phrase with none: the first that is not
    // only function words ("visit" before "to" in "pay * visit to"), which fewer sentences hold after a given word, else the
    // first. Any choice gives the same matches; a rarer one turns more phrases away at one test.
    private static int KeyLaterWord(CompiledPhrase phrase, IReadOnlyList<WordSet> laterWords)
    {
        foreach (var id in phrase.LaterWordIds)
        {
            if (!laterWords[id].Words.All(Inflection.FunctionWords.Contains))
            {
                return id;
            }
        }

        return phrase.LaterWordIds.Length > 0 ? phrase.LaterWordIds[0] : -1;
    }

    public static EventLexicon Default => s_default.Value;

    public IReadOnlyList<LexiconEntry> Entries { get; }

    /// <summary>
    /// How many distinct phrases the compiled lexicon matches, per two-digit CAMEO root: a row with alternatives
    /// ("impose|slap * sanctions|tariffs on") counts each choice of content words once; inflections, numbers and
    /// alternative prepositions do not count, nor do object words (they constrain a phrase, they are not one).
    /// </summary>
    public IReadOnlyDictionary<string, int> PatternsByRoot { get; }

    public int PatternCount => PatternsByRoot.Values.Sum();

    /// <summary>
    /// Phrases that may start at a token with this text (case-insensitive). A span over the list built at load (never changed
    /// after): this runs at every word, and a list's enumerator through the interface would be allocated each time.
    /// </summary>
    public ReadOnlySpan<CompiledPhrase> StartingWith(ReadOnlySpan<char> word) =>
        _lookup.Find(word) is { } found ? found.Starting : [];

    /// <summary>What the lexicon knows of a word form (case-insensitive), or null for a word no phrase has.</summary>
    internal LexiconWord? Word(ReadOnlySpan<char> word) => _lookup.Find(word);

    /// <summary>How many word forms the look-up knows (<see cref="LexiconWord.Index"/> 0 to this, exclusive).</summary>
    internal int WordCount { get; }

    /// <summary>How many distinct later-word sets the phrases have (ids 0 to this, exclusive).</summary>
    internal int LaterWordCount { get; }

    /// <summary>Every word a phrase is filed under (the forms of its first slot).</summary>
    internal IEnumerable<string> FirstWords => _byFirstWord.Keys;
}
