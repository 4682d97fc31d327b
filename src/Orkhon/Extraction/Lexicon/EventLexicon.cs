using System.Collections.Frozen;
using Orkhon.Domain;
using Orkhon.Knowledge;
using Orkhon.Text;

namespace Orkhon.Extraction.Lexicon;

/// <summary>
/// The event phrases of <c>data/lexicon/events.tsv</c>, compiled for matching over tokens: each phrase
/// becomes a sequence of slots (sets of accepted word forms, or a gap, its length bounded by <see cref="ExtractionOptions.PhraseGap"/>), indexed by
/// the forms of its first word.
/// </summary>
public sealed class EventLexicon
{
    private static readonly Lazy<EventLexicon> s_default = new(() => Load(EmbeddedData.ReadTable(EmbeddedData.EventLexicon), CameoCatalog.Default));

    private readonly Dictionary<string, List<CompiledPhrase>> _byFirstWord;

    // The same index frozen for the look-up at every word, joined with the later words each form fills: the same keys,
    // comparison and lists, found faster, and a sentence's tokens are looked up once for both.
    private readonly FrozenDictionary<string, LexiconWord>.AlternateLookup<ReadOnlySpan<char>> _lookup;

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
                words[form] = new LexiconWord(byFirstWord.TryGetValue(form, out var starting) ? [.. starting] : [], fills.TryGetValue(form, out var ids) ? [.. ids] : []);
            }
        }

        _lookup = words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
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
        _lookup.TryGetValue(word, out var found) ? found.Starting : [];

    /// <summary>What the lexicon knows of a word form (case-insensitive), or null for a word no phrase has.</summary>
    internal LexiconWord? Word(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var found) ? found : null;

    /// <summary>How many distinct later-word sets the phrases have (ids 0 to this, exclusive).</summary>
    internal int LaterWordCount { get; }

    /// <summary>Every word a phrase is filed under (the forms of its first slot).</summary>
    internal IEnumerable<string> FirstWords => _byFirstWord.Keys;

    public static EventLexicon Load(TsvTable table, CameoCatalog cameo)
    {
        int id = table.ColumnIndex("id"), code = table.ColumnIndex("cameo"), frame = table.ColumnIndex("frame"), phrase = table.ColumnIndex("phrase"),
            obj = table.ColumnIndex("object"), example = table.ColumnIndex("example");
        var errors = new List<DataFileError>();
        var entries = new List<LexiconEntry>();
        var index = new Dictionary<string, List<CompiledPhrase>>(StringComparer.OrdinalIgnoreCase);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var patterns = new HashSet<(string Root, string Pattern)>();
        // Rows repeat slot words ("to", "talks", "visit"): the forms of each distinct word, as a first verb or as any other word,
        // are built into a word set once and shared (a word set is never changed after it is built). Half the sets, and of
        // the start-up's time, the part spent building them and their inflections.
        var formSets = new Dictionary<(string Word, bool VerbForms), WordSet>();
        // Each distinct set of a later word (a slot after the first) numbered once, for SentenceLexiconWords.
        var laterWords = new List<WordSet>();
        var laterWordIds = new Dictionary<WordSet, int>(ReferenceEqualityComparer.Instance);
        foreach (var row in table.Rows)
        {
            if (!ids.Add(row[id]))
            {
                errors.Add(new DataFileError(table.Name, row.Line, $"duplicate id '{row[id]}'"));
            }

            var knownCode = CameoCode.TryParse(row[code], out var entryCode) && cameo.Contains(entryCode);
            if (!knownCode)
            {
                errors.Add(new DataFileError(table.Name, row.Line, $"'{row[code]}' is not a CAMEO code"));
            }

            EventFrame? parsedFrame = row[frame] switch
            {
                "agent-theme" => EventFrame.AgentTheme,
                "theme-agent" => EventFrame.ThemeAgent,
                "symmetric" => EventFrame.Symmetric,
                "visit" => EventFrame.Visit,
                "attend" => EventFrame.Attend,
                "host" => EventFrame.Host,
                _ => null,
            };
            if (parsedFrame is null)
            {
                errors.Add(new DataFileError(table.Name, row.Line, $"unknown frame '{row[frame]}'"));
            }

            if (row[example].Length == 0)
            {
                errors.Add(new DataFileError(table.Name, row.Line, $"entry '{row[id]}' has no example sentence"));
            }

            var text = row[phrase];
            var isNoun = text.StartsWith("n:", StringComparison.Ordinal);
            var words = (isNoun ? text[2..] : text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0 || words[0] == "*")
            {
                errors.Add(new DataFileError(table.Name, row.Line, $"phrase '{text}' must start with a word"));
                continue;
            }

            // The entry holds a validated CameoCode: a row whose code failed is reported above and goes no further.
            if (!knownCode)
            {
                continue;
            }

            var objects = row.List(obj).SelectMany(o => o.Split('|', StringSplitOptions.RemoveEmptyEntries)).ToList();
            var entry = new LexiconEntry(row[id], entryCode, parsedFrame ?? EventFrame.AgentTheme, text, isNoun,
                objects.Where(o => !o.StartsWith('!') && o is not ("actor" or "place" or "organisation" or "body-subject" or "joint" or "named-national" or "state-people" or "state-officials")).SelectMany(Inflection.NounForms).Distinct(StringComparer.Ordinal).ToList(),
                objects.Where(o => o.StartsWith('!') && o != "!actor").Select(o => o[1..]).ToList(),
                objects.Contains("actor") || objects.Contains("place") || objects.Contains("organisation"), objects.Contains("!actor"), row[example], row.Line)
            {
                AcceptsPlaceObject = objects.Contains("place"),
                RequiresOrganisationObject = objects.Contains("organisation"),
                RequiresBodySubject = objects.Contains("body-subject"),
                RequiresJointSubject = objects.Contains("joint"),
                RequiresNamedNational = objects.Contains("named-national"),
                RequiresPeopleObject = objects.Contains("state-people") || objects.Contains("state-officials"),
                RequiresOfficialsOnly = objects.Contains("state-officials"),
            };
            entries.Add(entry);

            var slots = new List<PhraseSlot?>();
            for (var w = 0; w < words.Length; w++)
            {
                if (words[w] == "*")
                {
                    slots.Add(null);
                    continue;
                }

                var lowered = words[w].ToLowerInvariant();
                var lemmas = lowered.Split('|', StringSplitOptions.RemoveEmptyEntries);
                // The first word of a verb phrase takes every verb form; any other word (a noun's head included) both numbers.
                var verbForms = w == 0 && !isNoun;
                if (!formSets.TryGetValue((lowered, verbForms), out var formSet))
                {
                    Func<string, IReadOnlyList<string>> forms = verbForms ? Inflection.Forms : Inflection.PhraseWordForms;
                    formSets[(lowered, verbForms)] = formSet = new WordSet(lemmas.SelectMany(forms));
                }

                slots.Add(new PhraseSlot(lemmas, formSet));
            }

            var participles = isNoun ? [] : words[0].ToLowerInvariant().Split('|').SelectMany(Inflection.Participles).ToList();
            var later = new List<int>();
            for (var w = 1; w < slots.Count; w++)
            {
                if (slots[w] is { } slot)
                {
                    if (!laterWordIds.TryGetValue(slot.FormSet, out var laterId))
                    {
                        laterWordIds[slot.FormSet] = laterId = laterWords.Count;
                        laterWords.Add(slot.FormSet);
                    }

                    if (!later.Contains(laterId))
                    {
                        later.Add(laterId);
                    }
                }
            }

            var compiled = new CompiledPhrase(entry, slots, participles) { LaterWordIds = [.. later] };
            foreach (var pattern in Patterns(slots, isNoun))
            {
                patterns.Add((entryCode.Root.Value, pattern));
            }

            foreach (var first in slots[0]!.Forms)
            {
                if (!index.TryGetValue(first, out var list))
                {
                    index[first] = list = [];
                }

                list.Add(compiled);
            }
        }

        if (errors.Count > 0)
        {
            throw new DataFileException(errors);
        }

        // Longer phrases first, so "pay * visit to" wins over a bare verb at the same position; at equal length a row
        // that requires object words goes before one that does not ("accuse" + "espionage" before bare "accuse"),
        // then file order, so that the outcome never depends on the sort.
        foreach (var list in index.Values)
        {
            list.Sort((a, b) =>
            {
                var bySlots = b.Slots.Count.CompareTo(a.Slots.Count);
                if (bySlots != 0)
                {
                    return bySlots;
                }

                var byObjects = (b.Entry.RequiredObjects.Count > 0).CompareTo(a.Entry.RequiredObjects.Count > 0);
                return byObjects != 0 ? byObjects : a.Entry.Line.CompareTo(b.Entry.Line);
            });
        }

        var byRoot = patterns.GroupBy(p => p.Root, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new EventLexicon(entries, index, laterWords, byRoot);
    }

    // The distinct word sequences a phrase matches, one per choice of lemma in each slot: "launch|mount * offensive|assault
    // against" gives four. Inflections, both numbers and function words ("against|into") make no pattern of their own.
    private static IEnumerable<string> Patterns(List<PhraseSlot?> slots, bool isNoun)
    {
        IEnumerable<string> sequences = [isNoun ? "n:" : ""];
        for (var s = 0; s < slots.Count; s++)
        {
            if (slots[s] is not { } slot)
            {
                sequences = sequences.Select(q => q + " *");
                continue;
            }

            var content = slot.Lemmas.Where(l => s == 0 || !Inflection.FunctionWords.Contains(l))
                .Select(l => s == 0 && !isNoun ? l : Inflection.NounLemma(l)).Distinct(StringComparer.Ordinal).ToList();
            if (content.Count == 0)
            {
                // A function-word slot ("to", "with|against") is written as one, whatever its alternatives.
                content = [slot.Lemmas[0]];
            }

            sequences = sequences.SelectMany(q => content.Select(l => q + " " + l)).ToList();
        }

        return sequences;
    }
}
