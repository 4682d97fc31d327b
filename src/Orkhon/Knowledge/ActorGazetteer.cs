using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Orkhon.Domain;
using Orkhon.Text;

namespace Orkhon.Knowledge;

/// <summary>
/// Every name a text may use for a state or organisation — short and official names, alternate
/// spellings, adjectives, demonyms, capitals used as metonyms, acronyms — mapped to the actor code.
/// Lookup is case-insensitive, except for all-capital acronyms of up to five letters, which match only
/// in capitals so that "US" does not fire on "us".
/// </summary>
public sealed class ActorGazetteer
{
    private readonly FrozenDictionary<string, GazetteerEntry> _folded;
    private readonly FrozenDictionary<string, GazetteerEntry> _exact;
    private readonly FrozenDictionary<string, GazetteerEntry>.AlternateLookup<ReadOnlySpan<char>> _foldedSpans;
    private readonly FrozenDictionary<string, GazetteerEntry>.AlternateLookup<ReadOnlySpan<char>> _exactSpans;

    private ActorGazetteer(Dictionary<string, GazetteerEntry> folded, Dictionary<string, GazetteerEntry> exact)
    {
        _folded = folded.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _exact = exact.ToFrozenDictionary(StringComparer.Ordinal);
        _foldedSpans = _folded.GetAlternateLookup<ReadOnlySpan<char>>();
        _exactSpans = _exact.GetAlternateLookup<ReadOnlySpan<char>>();
        MaxNameLength = folded.Keys.Concat(exact.Keys).Max(k => k.Length);
        MaxWords = folded.Keys.Concat(exact.Keys).Max(k => k.Count(c => c == ' ') + 1);
        // Each name tokenised once, as the extractor sees names ("People's" is two tokens, "Hong Kong, China" four), for the
        // most tokens of any name, the first tokens ("People's Republic of China" starts with "People") and the longest name
        // behind each first token: a lookup that starts at "Islamic" need not try twelve tokens when no name starting with it
        // has more than four. Names that begin with "the " count from the word after it too.
        var longest = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var maxTokens = 0;
        void Note(string name, int start)
        {
            var tokens = Tokenizer.Tokenize(name, start, name.Length);
            var first = tokens.Count > 0 ? name[tokens[0].Start..tokens[0].End] : name[start..];
            longest[first] = Math.Max(longest.GetValueOrDefault(first), tokens.Count);
            maxTokens = start == 0 ? Math.Max(maxTokens, tokens.Count) : maxTokens;
        }

        foreach (var k in folded.Keys)
        {
            Note(k, 0);
            if (k.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
            {
                Note(k, 4);
            }
        }

        foreach (var k in exact.Keys)
        {
            Note(k, 0);
        }

        MaxTokens = maxTokens;
        _firstWords = new WordSet(longest.Keys);
        _longestFrom = new FoldedWordTable<StrongBox<int>>(longest.ToDictionary(p => p.Key, p => new StrongBox<int>(p.Value), StringComparer.OrdinalIgnoreCase));
    }

    // Asked at most tokens: a WordSet's pre-tests and folded table answer as a frozen set ignoring case does, more cheaply.
    private readonly WordSet _firstWords;
    // The same answers as a frozen dictionary ignoring case, in one pass over the word (asked at every capitalised candidate).
    private readonly FoldedWordTable<StrongBox<int>> _longestFrom;

    /// <summary>Whether some name starts with this word: a cheap test before trying multi-word phrases.</summary>
    public bool MayStart(ReadOnlySpan<char> word) => _firstWords.Contains(word);

    /// <summary>
    /// The most tokens a name starting with this token has (as the extractor counts them, like <see cref="MaxTokens"/>), 0 when
    /// no name starts with it: phrases longer than that, starting there, name nothing.
    /// </summary>
    public int MaxTokensFrom(ReadOnlySpan<char> firstToken) => _longestFrom.Find(firstToken) is { } n ? n.Value : 0;

    /// <summary>Number of distinct names indexed.</summary>
    public int Count => _folded.Count + _exact.Count;

    public int MaxNameLength { get; }

    /// <summary>The most words any name has ("Democratic People's Republic of Korea").</summary>
    public int MaxWords { get; }

    /// <summary>The most tokens any name has ("Hong Kong Special Administrative Region of the People's Republic of China": 12).</summary>
    public int MaxTokens { get; }

    /// <summary>Finds the actor a name denotes, with the form of the name (name, adjective, capital…).</summary>
    public bool TryResolve(ReadOnlySpan<char> name, out GazetteerEntry entry)
    {
        name = name.Trim();
        if (name.Length > MaxNameLength + 4)
        {
            entry = null!;
            return false;
        }

        if (name.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            name = name[4..];
        }

        if (_exactSpans.TryGetValue(name, out entry!))
        {
            return true;
        }

        return _foldedSpans.TryGetValue(name, out entry!);
    }

    public GazetteerEntry? Resolve(string name) => TryResolve(name, out var entry) ? entry : null;

    /// <summary>The files the names come from, for messages.</summary>
    internal sealed record Files(string Countries, string Organisations, string Agencies, string Places);

    internal static ActorGazetteer Build(IReadOnlyList<Country> countries, IReadOnlyList<Organisation> organisations, IReadOnlyList<Agency> agencies, IReadOnlyList<Place> places,
        Files files, List<DataFileError> errors)
    {
        var index = new NameIndex(countries, files, errors);
        // Historical states (SUN, YUG…) share capitals and names with their successors: the successor
        // keeps the name, so current states are indexed first and a historical state never overrides them.
        foreach (var c in countries.OrderBy(c => index.IsHistorical(c.Code)))
        {
            index.AddCountry(c);
        }

        foreach (var o in organisations)
        {
            index.AddOrganisation(o);
        }

        foreach (var a in agencies)
        {
            index.Add(a.Name, a.Country, NameForm.Agency, files.Agencies, a.Role);
            foreach (var n in a.AltNames)
            {
                index.Add(n, a.Country, NameForm.Agency, files.Agencies, a.Role);
            }
        }

        // Places come last and must not take a name a state, capital, organisation or agency already has: the
        // data file leaves out such names ("Georgia", "Victoria"), and a clash here is reported, not resolved.
        foreach (var p in places)
        {
            index.Add(p.Name, p.Country, NameForm.Place, files.Places);
        }

        return new ActorGazetteer(index.Folded, index.Exact);
    }

    /// <summary>The names being gathered for <see cref="Build"/>, with the rules that settle a name two actors claim.</summary>
    private sealed class NameIndex(IReadOnlyList<Country> countries, Files files, List<DataFileError> errors)
    {
        private readonly HashSet<string> _historical = countries.Where(c => c.Status == "historical").Select(c => c.Code).ToHashSet(StringComparer.Ordinal);

        public Dictionary<string, GazetteerEntry> Folded { get; } = new(StringComparer.OrdinalIgnoreCase);

        public Dictionary<string, GazetteerEntry> Exact { get; } = new(StringComparer.Ordinal);

        public bool IsHistorical(string code) => _historical.Contains(code);

        public void AddCountry(Country c)
        {
            var file = files.Countries;
            // Alpha-3 codes are not indexed as names: prose writes "USA" (an alias) but "NAM" means the
            // Non-Aligned Movement, not Namibia.
            Add(c.Name, c.Code, NameForm.Name, file);
            Add(c.OfficialName, c.Code, NameForm.Name, file);
            foreach (var n in c.AltNames)
            {
                Add(n, c.Code, NameForm.Name, file);
            }

            foreach (var n in c.Adjectives)
            {
                Add(n, c.Code, NameForm.Adjective, file);
            }

            foreach (var n in c.Demonyms)
            {
                Add(n, c.Code, NameForm.Demonym, file);
            }

            if (c.Capital is { } capital)
            {
                Add(capital, c.Code, NameForm.Capital, file);
            }

            foreach (var n in c.CapitalAlts)
            {
                Add(n, c.Code, NameForm.Capital, file);
            }
        }

        public void AddOrganisation(Organisation o)
        {
            Add(o.Code, o.Code, NameForm.Code, files.Organisations);
            Add(o.Name, o.Code, NameForm.Name, files.Organisations);
            foreach (var n in o.AltNames)
            {
                Add(n, o.Code, NameForm.Name, files.Organisations);
            }
        }

        public void Add(string name, string code, NameForm form, string file, ActorRole? role = null)
        {
            name = name.Trim();
            if (name.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
            {
                name = name[4..];
            }

            if (name.Length == 0)
            {
                return;
            }

            var target = IsAcronym(name) ? Exact : Folded;
            if (target.TryGetValue(name, out var existing) && existing.Form == NameForm.Capital && form == NameForm.Name && file == files.Organisations)
            {
                // A city that seats an organisation names the organisation when used as an actor: "Brussels" is the EU.
                target[name] = new GazetteerEntry(code, form);
                return;
            }

            if (target.TryGetValue(name, out existing))
            {
                // The same word may be a country's name and its adjective ("Mongolian" as adjective and
                // demonym); a clash between two different actors is a data error.
                if (existing.Code != code && !_historical.Contains(code))
                {
                    errors.Add(new DataFileError(file, 0, $"the name '{name}' is used for both {existing.Code} and {code}"));
                }

                return;
            }

            target[name] = new GazetteerEntry(code, form, role);
        }
    }

    private static bool IsAcronym(string name)
    {
        if (name.Length > 5)
        {
            return false;
        }

        var letters = 0;
        foreach (var ch in name)
        {
            if (char.IsLower(ch))
            {
                return false;
            }

            if (char.IsLetter(ch))
            {
                letters++;
            }
        }

        return letters > 0;
    }
}
