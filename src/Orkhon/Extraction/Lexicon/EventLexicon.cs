using Orkhon.Domain;
using Orkhon.Knowledge;
using Orkhon.Text;

namespace Orkhon.Extraction.Lexicon;

/// <summary>
/// The event phrases of <c>data/lexicon/events.tsv</c>, compiled for matching over tokens: each phrase
/// becomes a sequence of slots (sets of accepted word forms, or a gap of up to three words), indexed by
/// the forms of its first word.
/// </summary>
public sealed class EventLexicon
{
    public const int MaxGap = 4;

    private static readonly Lazy<EventLexicon> s_default = new(() => Load(EmbeddedData.ReadTable(EmbeddedData.EventLexicon), CameoCatalog.Default));

    private readonly Dictionary<string, List<CompiledPhrase>> _byFirstWord;
    private readonly Dictionary<string, List<CompiledPhrase>>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private EventLexicon(IReadOnlyList<LexiconEntry> entries, Dictionary<string, List<CompiledPhrase>> byFirstWord)
    {
        Entries = entries;
        _byFirstWord = byFirstWord;
        _lookup = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static EventLexicon Default => s_default.Value;

    public IReadOnlyList<LexiconEntry> Entries { get; }

    /// <summary>Phrases that may start at a token with this text (case-insensitive).</summary>
    public IReadOnlyList<CompiledPhrase> StartingWith(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var list) ? list : [];

    public static EventLexicon Load(TsvTable table, CameoCatalog cameo)
    {
        int id = table.ColumnIndex("id"), code = table.ColumnIndex("cameo"), frame = table.ColumnIndex("frame"), phrase = table.ColumnIndex("phrase"),
            obj = table.ColumnIndex("object"), example = table.ColumnIndex("example");
        var errors = new List<DataFileError>();
        var entries = new List<LexiconEntry>();
        var index = new Dictionary<string, List<CompiledPhrase>>(StringComparer.OrdinalIgnoreCase);
        var ids = new HashSet<string>(StringComparer.Ordinal);
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
                objects.Where(o => !o.StartsWith('!') && o != "actor").SelectMany(Inflection.NounForms).Distinct(StringComparer.Ordinal).ToList(),
                objects.Where(o => o.StartsWith('!') && o != "!actor").Select(o => o[1..]).ToList(),
                objects.Contains("actor"), objects.Contains("!actor"), row[example], row.Line);
            entries.Add(entry);

            var slots = new List<string[]?>();
            for (var w = 0; w < words.Length; w++)
            {
                if (words[w] == "*")
                {
                    slots.Add(null);
                }
                else if (w == 0 && !isNoun)
                {
                    slots.Add([.. words[0].ToLowerInvariant().Split('|').SelectMany(Inflection.Forms)]);
                }
                else
                {
                    slots.Add(words[w].Split('|'));
                }
            }

            var participles = isNoun ? [] : words[0].ToLowerInvariant().Split('|').SelectMany(Inflection.Participles).ToList();
            var compiled = new CompiledPhrase(entry, slots, participles);
            foreach (var first in slots[0]!)
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

        // Longer phrases first, so "pay * visit to" wins over a bare verb at the same position.
        foreach (var list in index.Values)
        {
            list.Sort((a, b) => b.Slots.Count.CompareTo(a.Slots.Count));
        }

        return new EventLexicon(entries, index);
    }
}
