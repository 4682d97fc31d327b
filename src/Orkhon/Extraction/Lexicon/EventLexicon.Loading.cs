using Orkhon.Domain;
using Orkhon.Knowledge;
using Orkhon.Text;

namespace Orkhon.Extraction.Lexicon;

// Building the lexicon from its table: each row is checked and made an entry, its phrase compiled into slots of word forms and
// filed under the forms of its first word. Every bad row is reported at once, with its line, so one fix-up round mends them all.
public sealed partial class EventLexicon
{
    public static EventLexicon Load(TsvTable table, CameoCatalog cameo)
    {
        var columns = new Columns(table);
        var errors = new List<DataFileError>();
        var entries = new List<LexiconEntry>();
        var index = new Dictionary<string, List<CompiledPhrase>>(StringComparer.OrdinalIgnoreCase);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var patterns = new HashSet<(string Root, string Pattern)>();
        var compiler = new SlotCompiler();
        foreach (var row in table.Rows)
        {
            if (ReadEntry(table.Name, row, columns, cameo, ids, errors) is not { } read)
            {
                continue;
            }

            var (entry, words) = read;
            entries.Add(entry);
            var slots = compiler.Compile(words, entry.IsNoun);
            var participles = entry.IsNoun ? [] : words[0].ToLowerInvariant().Split('|').SelectMany(Inflection.Participles).ToList();
            var compiled = new CompiledPhrase(entry, slots, participles) { LaterWordIds = compiler.LaterWordIds(slots) };
            foreach (var pattern in Patterns(slots, entry.IsNoun))
            {
                patterns.Add((entry.Cameo.Root.Value, pattern));
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

        foreach (var list in index.Values)
        {
            list.Sort(ByPrecedence);
        }

        var byRoot = patterns.GroupBy(p => p.Root, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new EventLexicon(entries, index, compiler.LaterWords, byRoot);
    }

    // Object words that set a condition on the row ("actor", "body-subject" …) instead of naming a word the object must be.
    private static readonly HashSet<string> s_controlObjectWords = new(StringComparer.Ordinal)
    {
        "actor", "actor-to", "place", "state-place", "organisation", "body-subject", "military-subject", "joint", "named-national",
        "state-people", "state-officials", "lone-act", "named-state",
    };

    // The columns of the table, found once by name.
    private readonly record struct Columns(int Id, int Code, int Frame, int Phrase, int Object, int Example)
    {
        public Columns(TsvTable table)
            : this(table.ColumnIndex("id"), table.ColumnIndex("cameo"), table.ColumnIndex("frame"), table.ColumnIndex("phrase"),
                table.ColumnIndex("object"), table.ColumnIndex("example"))
        {
        }
    }

    // A row checked and made an entry with its phrase's words, or null when it cannot be compiled. Every fault of the row is
    // added to the errors, even of a row that goes no further, so that the load names them all.
    private static (LexiconEntry Entry, string[] Words)? ReadEntry(string tableName, TsvRow row, Columns columns, CameoCatalog cameo,
        HashSet<string> ids, List<DataFileError> errors)
    {
        if (!ids.Add(row[columns.Id]))
        {
            errors.Add(new DataFileError(tableName, row.Line, $"duplicate id '{row[columns.Id]}'"));
        }

        var knownCode = CameoCode.TryParse(row[columns.Code], out var entryCode) && cameo.Contains(entryCode);
        if (!knownCode)
        {
            errors.Add(new DataFileError(tableName, row.Line, $"'{row[columns.Code]}' is not a CAMEO code"));
        }

        var frame = ParseFrame(row[columns.Frame]);
        if (frame is null)
        {
            errors.Add(new DataFileError(tableName, row.Line, $"unknown frame '{row[columns.Frame]}'"));
        }

        if (row[columns.Example].Length == 0)
        {
            errors.Add(new DataFileError(tableName, row.Line, $"entry '{row[columns.Id]}' has no example sentence"));
        }

        var text = row[columns.Phrase];
        var isNoun = text.StartsWith("n:", StringComparison.Ordinal);
        var words = (isNoun ? text[2..] : text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words[0] == "*")
        {
            errors.Add(new DataFileError(tableName, row.Line, $"phrase '{text}' must start with a word"));
            return null;
        }

        // The entry holds a validated CameoCode: a row whose code failed is reported above and goes no further.
        if (!knownCode)
        {
            return null;
        }

        var objects = row.List(columns.Object).SelectMany(o => o.Split('|', StringSplitOptions.RemoveEmptyEntries)).ToList();
        var entry = new LexiconEntry(row[columns.Id], entryCode, frame ?? EventFrame.AgentTheme, text, isNoun,
            objects.Where(o => !o.StartsWith('!') && !s_controlObjectWords.Contains(o)).SelectMany(Inflection.NounForms).Distinct(StringComparer.Ordinal).ToList(),
            objects.Where(o => o.StartsWith('!') && o != "!actor").Select(o => o[1..]).ToList(),
            objects.Contains("actor") || objects.Contains("actor-to") || objects.Contains("place") || objects.Contains("state-place") || objects.Contains("organisation") || objects.Contains("named-state"), objects.Contains("!actor"), row[columns.Example], row.Line)
        {
            AcceptsPlaceObject = objects.Contains("place"),
            AcceptsStatePlaceObject = objects.Contains("state-place"),
            ForbidsSharedAct = objects.Contains("lone-act"),
            RequiresOrganisationObject = objects.Contains("organisation"),
            RequiresNamedStateObject = objects.Contains("named-state"),
            RequiresBodySubject = objects.Contains("body-subject"),
            RequiresMilitarySubject = objects.Contains("military-subject"),
            RequiresInfinitiveAfterObject = objects.Contains("actor-to"),
            RequiresJointSubject = objects.Contains("joint"),
            RequiresNamedNational = objects.Contains("named-national"),
            RequiresPeopleObject = objects.Contains("state-people") || objects.Contains("state-officials"),
            RequiresOfficialsOnly = objects.Contains("state-officials"),
        };
        return (entry, words);
    }

    private static EventFrame? ParseFrame(string frame) => frame switch
    {
        "agent-theme" => EventFrame.AgentTheme,
        "theme-agent" => EventFrame.ThemeAgent,
        "symmetric" => EventFrame.Symmetric,
        "visit" => EventFrame.Visit,
        "attend" => EventFrame.Attend,
        "host" => EventFrame.Host,
        _ => null,
    };

    // Longer phrases first, so "pay * visit to" wins over a bare verb at the same position; at equal length a row that requires
    // object words goes before one that does not ("accuse" + "espionage" before bare "accuse"), then file order, so that the
    // outcome never depends on the sort.
    private static int ByPrecedence(CompiledPhrase a, CompiledPhrase b)
    {
        var bySlots = b.Slots.Count.CompareTo(a.Slots.Count);
        if (bySlots != 0)
        {
            return bySlots;
        }

        var byObjects = (b.Entry.RequiredObjects.Count > 0).CompareTo(a.Entry.RequiredObjects.Count > 0);
        return byObjects != 0 ? byObjects : a.Entry.Line.CompareTo(b.Entry.Line);
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

    // Turns a row's words into slots. Rows repeat slot words ("to", "talks", "visit"): the forms of each distinct word, as a first
    // verb or as any other word, are built into a word set once and shared (a word set is never changed after it is built). Half
    // the sets, and of the start-up's time, the part spent building them and their inflections.
    private sealed class SlotCompiler
    {
        private readonly Dictionary<(string Word, bool VerbForms), WordSet> _formSets = [];
        private readonly Dictionary<WordSet, int> _laterWordIds = new(ReferenceEqualityComparer.Instance);

        // Each distinct set of a later word (a slot after the first) numbered once, for SentenceLexiconWords.
        public List<WordSet> LaterWords { get; } = [];

        // A gap ("*") is a null slot.
        public List<PhraseSlot?> Compile(string[] words, bool isNoun)
        {
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
                if (!_formSets.TryGetValue((lowered, verbForms), out var formSet))
                {
                    Func<string, IReadOnlyList<string>> forms = verbForms ? Inflection.Forms : Inflection.PhraseWordForms;
                    _formSets[(lowered, verbForms)] = formSet = new WordSet(lemmas.SelectMany(forms));
                }

                slots.Add(new PhraseSlot(lemmas, formSet));
            }

            return slots;
        }

        // The ids of the phrase's later-word sets, each once, numbering a set the first time any phrase has it.
        public int[] LaterWordIds(List<PhraseSlot?> slots)
        {
            var later = new List<int>();
            for (var w = 1; w < slots.Count; w++)
            {
                if (slots[w] is { } slot)
                {
                    if (!_laterWordIds.TryGetValue(slot.FormSet, out var laterId))
                    {
                        _laterWordIds[slot.FormSet] = laterId = LaterWords.Count;
                        LaterWords.Add(slot.FormSet);
                    }

                    if (!later.Contains(laterId))
                    {
                        later.Add(laterId);
                    }
                }
            }

            return [.. later];
        }
    }
}
