using Orkhon.Text;

namespace Orkhon.Extraction.Lexicon;

/// <summary>
/// The event lexicon read over one sentence, one look-up per token: the phrases each token may start, and for each later word
/// of the lexicon's phrases (a fixed slot after the first) the last token that has it. A phrase matches its later words only at
/// tokens after its first (<see cref="CompiledPhrase"/>), so a phrase one of whose later words stands nowhere after its first
/// cannot match, and <see cref="TriggerFinder"/> skips it before its per-phrase tests: most phrases tried at a common first word
/// ("was", "would", "carry", "hold") lack one. The arrays are a thread's scratch, reused sentence after sentence.
/// </summary>
internal sealed class SentenceLexiconWords
{
    [ThreadStatic]
    private static SentenceLexiconWords? t_free;

    private LexiconWord?[] _atToken = new LexiconWord?[64];

    // By later-word id: the last token with the word, valid only where _seenIn holds the current sentence's number (so the
    // arrays are never cleared).
    private int[] _lastAt = [];
    private int[] _seenIn = [];
    private int _sentence;

    // By form (LexiconWord.Index): the sentence whose reading last met the form, so that its ids are written once a sentence.
    private int[] _formSeenIn = [];

    /// <summary>Reads the sentence; the caller hands the result back with <see cref="Release"/> when done.</summary>
    public static SentenceLexiconWords Read(EventLexicon lexicon, SentenceView view)
    {
        var words = t_free ?? new SentenceLexiconWords();
        t_free = null;
        words.Fill(lexicon, view);
        return words;
    }

    /// <summary>Gives the scratch back to the thread for its next sentence.</summary>
    public void Release() => t_free = this;

    private void Fill(EventLexicon lexicon, SentenceView view)
    {
        var (text, tokens) = (view.Text, view.Tokens);
        if (_atToken.Length < tokens.Count)
        {
            _atToken = new LexiconWord?[Math.Max(tokens.Count, _atToken.Length * 2)];
        }

        if (_lastAt.Length != lexicon.LaterWordCount || _formSeenIn.Length != lexicon.WordCount)
        {
            _lastAt = new int[lexicon.LaterWordCount];
            _seenIn = new int[lexicon.LaterWordCount];
            _formSeenIn = new int[lexicon.WordCount];
            _sentence = 0;
        }

        // A long-running process reads more sentences than the numbers hold: start the count again over cleared arrays.
        if (++_sentence == int.MaxValue)
        {
            Array.Clear(_seenIn);
            Array.Clear(_formSeenIn);
            _sentence = 1;
        }

        // From the last token back, so that the first token found to hold a later word is the last one that does: each id is
        // written once, and a form met again further back ("to" two or three times in most sentences; it fills some thirty
        // ids) has nothing left to write.
        for (var k = tokens.Count - 1; k >= 0; k--)
        {
            var word = lexicon.Word(tokens[k].In(text));
            _atToken[k] = word;
            if (word is null || word.Fills.Length == 0 || _formSeenIn[word.Index] == _sentence)
            {
                continue;
            }

            _formSeenIn[word.Index] = _sentence;
            foreach (var id in word.Fills)
            {
                if (_seenIn[id] != _sentence)
                {
                    _seenIn[id] = _sentence;
                    _lastAt[id] = k;
                }
            }
        }
    }

    /// <summary>The phrases that may start at token <paramref name="k"/>, as <see cref="EventLexicon.StartingWith"/> gives them.</summary>
    public ReadOnlySpan<CompiledPhrase> StartingAt(int k) => _atToken[k] is { } word ? word.Starting : [];

    /// <summary>
    /// The key later word of each phrase <see cref="StartingAt"/> gives, at the same place (<see cref="LexiconWord.StartingKeys"/>).
    /// </summary>
    public ReadOnlySpan<int> StartingKeysAt(int k) => _atToken[k] is { } word ? word.StartingKeys : [];

    /// <summary>
    /// Whether the later word <paramref name="id"/> stands at some token after <paramref name="start"/> (true for -1, no word):
    /// a phrase's key later word that does not cannot match there, as <see cref="LaterWordsFollow"/> would say.
    /// </summary>
    public bool KeyFollows(int id, int start) => id < 0 || (_seenIn[id] == _sentence && _lastAt[id] > start);

    /// <summary>Whether every later word of the phrase stands at some token after <paramref name="start"/>: false means it cannot match there.</summary>
    public bool LaterWordsFollow(CompiledPhrase phrase, int start)
    {
        foreach (var id in phrase.LaterWordIds)
        {
            if (_seenIn[id] != _sentence || _lastAt[id] <= start)
            {
                return false;
            }
        }

        return true;
    }
}
