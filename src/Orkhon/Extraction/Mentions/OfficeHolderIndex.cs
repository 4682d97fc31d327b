using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.CompilerServices;
using Orkhon.Domain;
using Orkhon.Knowledge;
using Orkhon.Text;

namespace Orkhon.Extraction.Mentions;

/// <summary>
/// Heads of state and government, foreign ministers and heads of organisations with their terms, so a
/// name in a text ("Putin", "Blinken", "Khurelsukh") resolves to a country and a role at the event's date.
/// Names are indexed in full, in each listed alternate form, and by surname.
/// </summary>
public sealed class OfficeHolderIndex
{
    private static readonly Lazy<OfficeHolderIndex> s_default = new(() => Load(EmbeddedData.ReadTable(EmbeddedData.OfficeHolders), ReferenceData.Default,
        SharedNames(EmbeddedData.ReadTable(EmbeddedData.SharedNames))));

    // The names ignoring case (the same answers as the dictionary they were gathered in), asked at every length of every
    // capitalised candidate (MentionFinder.MatchPerson): one pass over the name instead of the dictionary's folding hash.
    private readonly FoldedWordTable<List<OfficeTerm>> _byName;

    private OfficeHolderIndex(Dictionary<string, List<OfficeTerm>> byName, int terms)
    {
        _byName = new FoldedWordTable<List<OfficeTerm>>(byName);
        Terms = terms;
        MaxWords = byName.Keys.Max(k => k.Count(c => c == ' ') + 1);
        _firstWords = new WordSet(byName.Keys.Select(k => k.Split(' ')[0]));
        var mostWords = new Dictionary<string, StrongBox<int>>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in byName.Keys)
        {
            var words = key.Split(' ');
            if (!mostWords.TryGetValue(words[0], out var most))
            {
                mostWords[words[0]] = most = new StrongBox<int>(0);
            }

            most.Value = Math.Max(most.Value, words.Length);
        }

        _mostWordsFrom = new FoldedWordTable<StrongBox<int>>(mostWords);
    }

    // By the first word of a name (split at spaces, ignoring case): the most words of any name starting with it.
    private readonly FoldedWordTable<StrongBox<int>> _mostWordsFrom;

    /// <summary>
    /// The most words (split at single spaces) of an indexed name whose first word is <paramref name="firstWord"/>, 0 when none
    /// starts with it: a phrase starting with that word and holding more words names nobody the index knows.
    /// </summary>
    public int MaxWordsFrom(ReadOnlySpan<char> firstWord) => _mostWordsFrom.Find(firstWord) is { } most ? most.Value : 0;

    // Asked at every capitalised candidate: a WordSet's pre-tests and folded table answer as a frozen set ignoring case does, more cheaply.
    private readonly WordSet _firstWords;

    /// <summary>Whether some indexed name starts with this word (diacritics folded).</summary>
    public bool MayStart(ReadOnlySpan<char> word) => _firstWords.Contains(word);

    public static OfficeHolderIndex Default => s_default.Value;

    public int Terms { get; }

    /// <summary>The longest indexed name in words.</summary>
    public int MaxWords { get; }

    public bool IsKnownName(ReadOnlySpan<char> name) => TryTerms(name, out _);

    /// <summary>All terms of the people a name may denote.</summary>
    public IReadOnlyList<OfficeTerm> TermsOf(ReadOnlySpan<char> name) => TryTerms(name, out var list) ? list : [];

    // The table's names are folded ("Plenkovic"); a caller may pass the name as written ("Plenković").
    private bool TryTerms(ReadOnlySpan<char> name, out List<OfficeTerm> terms)
    {
        var found = _byName.Find(name) ?? (System.Text.Ascii.IsValid(name) ? null : _byName.Find(Fold(name.ToString())));
        terms = found!;
        return found is not null;
    }

    /// <summary>
    /// The office a name held at <paramref name="date"/>. With several holders in office then, the
    /// highest office wins (head of state, then government, then foreign minister); with no date, the name
    /// resolves only when all its terms belong to one country. Null when nobody of that name held office then.
    /// </summary>
    public OfficeTerm? Resolve(ReadOnlySpan<char> name, DateOnly? date)
    {
        if (!TryTerms(name, out var terms))
        {
            return null;
        }

        if (date is { } day)
        {
            OfficeTerm? best = null;
            foreach (var t in terms)
            {
                if (t.Covers(day) && (best is null || Rank(t.Role) < Rank(best.Role)))
                {
                    best = t;
                }
            }

            return best;
        }

        var country = terms[0].Country;
        foreach (var t in terms)
        {
            if (t.Country != country)
            {
                return null;
            }
        }

        return terms.MaxBy(t => t.From);
    }

    private static readonly FrozenSet<string> s_familyNameFirst = FrozenSet.Create(StringComparer.Ordinal, "CHN", "TWN", "HKG", "MAC", "KOR", "PRK");

    // Ethiopian and Eritrean names have no surname: the second word is the father's given name ("Abiy Ahmed", "Demeke
    // Mekonnen"), and news calls the person by the first ("Abiy"). Such rows are found by the forms they list.
    private static readonly FrozenSet<string> s_fatherNameLast = FrozenSet.Create(StringComparer.Ordinal, "ETH", "ERI");

    private static int Rank(ActorRole role) => role switch
    {
        ActorRole.HeadOfState => 0,
        ActorRole.HeadOfGovernment => 1,
        ActorRole.ForeignMinistry => 2,
        _ => 3,
    };

    // Words inside an Arabic name that make what follows a father's or a dynasty's name, not a surname: "Mohammed bin
    // Salman", "Tamim bin Hamad Al Thani" ("Al" only after the first word: "Al Gore" is a given name).
    private static readonly FrozenSet<string> s_lineageWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "bin", "ibn", "bint", "Al");

    /// <summary>The names of <c>data/reference/shared-names.tsv</c>, folded: words many people bear, never a surname alone.</summary>
    public static IReadOnlySet<string> SharedNames(TsvTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var name = table.ColumnIndex("name");
        return table.Rows.Select(r => Fold(r[name])).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    public static OfficeHolderIndex Load(TsvTable table, ReferenceData reference) => Load(table, reference, FrozenSet<string>.Empty);

    /// <param name="sharedNames">
    /// Given names and surnames many people bear ("Abbas", "Ahmed", "Traore"): a name ending in one is indexed only in the
    /// forms its row lists, never by that last word alone.
    /// </param>
    public static OfficeHolderIndex Load(TsvTable table, ReferenceData reference, IReadOnlySet<string> sharedNames)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(sharedNames);
        int country = table.ColumnIndex("country"), role = table.ColumnIndex("role"), title = table.ColumnIndex("title"), name = table.ColumnIndex("name"),
            alts = table.ColumnIndex("alt_names"), from = table.ColumnIndex("from"), to = table.ColumnIndex("to");
        var errors = new List<DataFileError>();
        var byName = new Dictionary<string, List<OfficeTerm>>(StringComparer.OrdinalIgnoreCase);
        var count = 0;
        foreach (var row in table.Rows)
        {
            if (reference.FindActor(row[country]) is null)
            {
                errors.Add(new DataFileError(table.Name, row.Line, $"unknown country or organisation '{row[country]}'"));
                continue;
            }

            // Some terms are known only to the month or year: the term is taken at its widest.
            if (!FuzzyDate.TryParse(row[from], out var startDate) || startDate.IsSpan)
            {
                errors.Add(new DataFileError(table.Name, row.Line, $"'from' is not a date: '{row[from]}'"));
                continue;
            }

            // One role vocabulary for every file (ActorRoles); an unknown role is an error, not a silent "government".
            if (!ActorRoles.TryParse(row[role], out var actorRole))
            {
                errors.Add(new DataFileError(table.Name, row.Line, $"role '{row[role]}' is not one of {string.Join(", ", ActorRoles.Names)}"));
                continue;
            }

            DateOnly? end = null;
            if (row.Optional(to) is { } toText)
            {
                if (!FuzzyDate.TryParse(toText, out var e) || e.IsSpan)
                {
                    errors.Add(new DataFileError(table.Name, row.Line, $"'to' is not a date: '{toText}'"));
                    continue;
                }

                end = e.Latest;
            }

            var term = new OfficeTerm(row[country], actorRole, row[title], row[name], startDate.Earliest, end);
            count++;
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { Fold(row[name]) };
            foreach (var alt in row.List(alts))
            {
                names.Add(Fold(alt));
            }

            // Surnames: the last word of a Western-order name ("Blinken"), when it is a real name. Chinese and Korean
            // names put the family name first: their last word is a given name ("Dong Jun", "Han Zheng"), so such
            // rows are found by the forms they list.
            // Arabic names with "bin" or a dynasty's "Al" end in a father's or a house's name ("Mohammed bin Salman", "Al Thani"),
            // and a name many people bear ("Mahmoud Abbas", "Ibrahim Traore") would stand for anyone: only the listed forms count.
            foreach (var n in s_familyNameFirst.Contains(row[country]) || s_fatherNameLast.Contains(row[country]) ? [] : names.ToList())
            {
                var words = n.Split(' ');
                var last = words[^1];
                if (last.Length >= 3 && char.IsUpper(last[0]) && !last.EndsWith('.')
                    && !sharedNames.Contains(last) && !words.Skip(1).Any(s_lineageWords.Contains))
                {
                    names.Add(last);
                }
            }

            foreach (var n in names)
            {
                if (!byName.TryGetValue(n, out var list))
                {
                    byName[n] = list = [];
                }

                list.Add(term);
            }
        }

        return errors.Count > 0 ? throw new DataFileException(errors) : new OfficeHolderIndex(byName, count);
    }

    /// <summary>Names are matched without diacritics ("Batmönkh" = "Batmonkh", "Erdoğan" = "Erdogan").</summary>
    public static string Fold(string name)
    {
        // Plain ASCII has no marks to drop and no curly apostrophe: most names, read at every start-up, skip the two normalisations.
        if (System.Text.Ascii.IsValid(name))
        {
            return name;
        }

        // Letters with marks fold by table (invariant globalisation decomposes nothing); marks written apart are dropped.
        // Unicode normalisation refuses a lone surrogate; such a word is no one's name, so it only has to fold without throwing.
        var chars = LatinLetterFolds.Fold(TextNormaliser.WithoutLoneSurrogates(name))
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray();
        return new string(chars).Replace('\u2019', '\'');
    }
}
