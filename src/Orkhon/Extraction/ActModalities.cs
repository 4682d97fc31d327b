using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// The modality each phrase of one sentence was read with, for the subject it was read for. A chain of trip purposes
/// ("travelled to Astana to visit Tokayev to attend the summit to sign …") reads the trip before every infinitive, which
/// reads its own trip in turn: remembered, each phrase is read once per subject, and a sentence costs linear time in its
/// phrases instead of quadratic (issue 9).
/// </summary>
internal sealed class ActModalities
{
    // Made on the first phrase read: most sentences hold no phrase, and every sentence has a view.
    private Dictionary<int, (List<Trigger> Triggers, IReadOnlyList<ActorMention> Subject, ClauseModality Modality)>? _read;

    // The sentence-wide facts every phrase's reading asks, found once per sentence: asked again from each phrase, a long
    // sentence of many phrases would be read in time that grows with its square.
    private bool? _hasCondition;
    private int? _speculationAttribution;
    private List<int>? _sentenceWideCues;
    private int[]? _withoutOrBreakBefore;
    private (int[] Start, bool[] ClosedByQuestionMark)? _parts;
    private (int[] LastSpeech, bool[] FormerBefore)? _formerSpeakers;

    /// <summary>
    /// Whether the whole sentence is told by the analysts or commentators of the sentence before ("…, they said."): none of
    /// its acts is told as done (see <see cref="SpeculatorSpeech"/>).
    /// </summary>
    public bool ToldBySpeculators { get; set; }

    /// <summary>The modality phrase <paramref name="index"/> of <paramref name="triggers"/> was read with for an equal subject, if it was.</summary>
    public bool TryGet(List<Trigger> triggers, int index, IReadOnlyList<ActorMention> subject, out ClauseModality modality)
    {
        // The phrase list is the sentence's own and is not changed while its phrases are classified; a different list (or an
        // unequal subject) is read afresh rather than trusted.
        if (_read is not null && _read.TryGetValue(index, out var read) && ReferenceEquals(read.Triggers, triggers)
            && (ReferenceEquals(read.Subject, subject) || read.Subject.SequenceEqual(subject)))
        {
            modality = read.Modality;
            return true;
        }

        modality = default;
        return false;
    }

    /// <summary>Remembers the modality phrase <paramref name="index"/> was read with for <paramref name="subject"/> (the latest subject wins).</summary>
    public void Add(List<Trigger> triggers, int index, IReadOnlyList<ActorMention> subject, ClauseModality modality) =>
        (_read ??= [])[index] = (triggers, subject, modality);

    /// <summary>
    /// Where the sentence's last attribution to analysts or commentators opens (<see cref="TrailingSpeculation"/>), or -1, found
    /// the first time it is asked.
    /// </summary>
    public int SpeculationAttribution(SentenceView view) => _speculationAttribution ??= TrailingSpeculation.LastAttribution(view);

    /// <summary>
    /// For each token, the last verb of reported speech before it, and for each token whether a former office-holder is named
    /// before it within its clause (<see cref="FormerSpeakers"/>), read by <paramref name="read"/> the first time it is asked.
    /// </summary>
    public (int[] LastSpeech, bool[] FormerBefore) FormerSpeakers(SentenceView view, Func<SentenceView, (int[], bool[])> read) => _formerSpeakers ??= read(view);

    /// <summary>Whether a condition cue stands anywhere in the sentence, read by <paramref name="read"/> the first time it is asked.</summary>
    public bool HasCondition(string text, List<Token> tokens, Func<string, List<Token>, bool> read) => _hasCondition ??= read(text, tokens);

    /// <summary>
    /// Where the sentence's sentence-wide cues stand ("if", "unless", "whether", …: <see cref="ModalityCues.SentenceWideLookup"/>),
    /// in order, found the first time it is asked.
    /// </summary>
    public List<int> SentenceWideCues(string text, List<Token> tokens)
    {
        if (_sentenceWideCues is null)
        {
            _sentenceWideCues = [];
            for (var k = FrontedPhraseEnd(text, tokens) + 1; k < tokens.Count; k++)
            {
                if (ModalityCues.SentenceWideLookup.Contains(tokens[k].In(text)))
                {
                    _sentenceWideCues.Add(k);
                }
            }
        }

        return _sentenceWideCues;
    }

    // "After weeks of speculation, Germany expelled two diplomats", "Amid rumours of a rift, Xi met Putin": a phrase opened by
    // a fronted preposition ends at its first comma, and the rumour or speculation it names is its own, not the main clause's.
    // Returns that comma, or -1 when the sentence opens otherwise.
    private static int FrontedPhraseEnd(string text, List<Token> tokens)
    {
        if (tokens.Count == 0 || !ModalityCues.FrontedLookup.Contains(tokens[0].In(text)))
        {
            return -1;
        }

        for (var k = 1; k < tokens.Count; k++)
        {
            if (tokens[k].In(text) is ",")
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// For each token, the nearest token before it that is a clause break (",", ";", ":") or "without"; -1 where there is none.
    /// </summary>
    public int[] WithoutOrBreakBefore(string text, List<Token> tokens)
    {
        if (_withoutOrBreakBefore is null)
        {
            _withoutOrBreakBefore = new int[tokens.Count + 1];
            var last = -1;
            for (var k = 0; k < tokens.Count; k++)
            {
                _withoutOrBreakBefore[k] = last;
                if (tokens[k].In(text) is "," or ";" or ":" or "without" or "Without")
                {
                    last = k;
                }
            }

            _withoutOrBreakBefore[tokens.Count] = last;
        }

        return _withoutOrBreakBefore;
    }

    /// <summary>
    /// For each token, where the part of the text it stands in begins (after the last ".", "!" or "?" before it), and whether
    /// the first of those at or after it is a "?": a sentence may hold two ("Will China invade Taiwan? Analysts are divided.").
    /// </summary>
    public (int[] Start, bool[] ClosedByQuestionMark) Parts(string text, List<Token> tokens)
    {
        if (_parts is null)
        {
            var start = new int[tokens.Count];
            var closed = new bool[tokens.Count];
            for (var k = 0; k < tokens.Count; k++)
            {
                start[k] = k == 0 ? 0 : tokens[k - 1].In(text) is "?" or "." or "!" ? k : start[k - 1];
            }

            var closedHere = false;
            for (var k = tokens.Count - 1; k >= 0; k--)
            {
                var w = tokens[k].In(text);
                closedHere = w is "." or "!" or "?" ? w is "?" : closedHere;
                closed[k] = closedHere;
            }

            _parts = (start, closed);
        }

        return _parts.Value;
    }
}
