using System.Collections.Frozen;
using Orkhon.Knowledge;
using Orkhon.Text;

namespace Orkhon.Extraction.Mentions;

/// <summary>
/// Fixed groups of states news names as one ("the three Baltic states", "both Koreas", "Gulf Arab states"), from
/// <c>data/lexicon/collectives.tsv</c>: every member acts. A number before the phrase that is not the number of members
/// ("the two Gulf states") leaves the phrase to the references back, which take the states named before.
/// </summary>
public static class StateCollectives
{
    private static readonly FrozenDictionary<string, string[]> s_groups = Load(EmbeddedData.ReadTable(EmbeddedData.StateCollectives));
    private static readonly FrozenDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> s_lookup = s_groups.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string> s_firstWords = s_groups.Keys.Select(k => k.Split(' ')[0]).ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_firstWordLookup = s_firstWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, int> s_numbers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["both"] = 2, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["2"] = 2, ["3"] = 3, ["4"] = 4, ["5"] = 5, ["6"] = 6, ["7"] = 7,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> s_numberLookup = s_numbers.GetAlternateLookup<ReadOnlySpan<char>>();

    public const int MaxWords = 4;

    /// <summary>
    /// Whether <see cref="Match"/> can read anything from a token with this word: "the"/"all", a stated number or a phrase's
    /// first word, the tests <see cref="Match"/> makes of its first token, no more.
    /// </summary>
    internal static bool MayStart(ReadOnlySpan<char> word) =>
        word is "the" or "The" or "all" or "All" || s_numberLookup.ContainsKey(word) || s_firstWordLookup.Contains(word);

    /// <summary>The words <see cref="MayStart"/> accepts, some of them only in the case written here.</summary>
    internal static IEnumerable<string> StartWords => ["the", "all", .. s_numbers.Keys, .. s_firstWords];

    /// <summary>The groups as rows: phrase → member codes.</summary>
    public static IReadOnlyDictionary<string, string[]> All => s_groups;

    /// <summary>Rows of a collectives table (<c>phrase</c>, <c>members</c>); a bad phrase or member list is an error naming the row.</summary>
    public static FrozenDictionary<string, string[]> Load(TsvTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var (phrase, members) = (table.ColumnIndex("phrase"), table.ColumnIndex("members"));
        var groups = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var errors = new List<DataFileError>();
        foreach (var row in table.Rows)
        {
            var codes = row[members].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var words = row[phrase].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (words is < 1 or > MaxWords || !char.IsUpper(row[phrase][0]))
            {
                errors.Add(new DataFileError(table.Name, row.Line, $"a group is one to {MaxWords} words, capitalised: '{row[phrase]}'"));
            }
            else if (codes.Length < 2 || codes.Any(c => c.Length != 3 || !c.All(char.IsAsciiLetterUpper)) || codes.Distinct().Count() != codes.Length)
            {
                errors.Add(new DataFileError(table.Name, row.Line, $"members are two or more distinct ISO 3166-1 alpha-3 codes: '{row[members]}'"));
            }
            else if (!groups.TryAdd(row[phrase], codes))
            {
                errors.Add(new DataFileError(table.Name, row.Line, $"group listed twice: '{row[phrase]}'"));
            }
        }

        return errors.Count > 0 ? throw new DataFileException(errors) : groups.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>
    /// The group at token <paramref name="i"/>: "[the] [number|both] PHRASE". Returns the index after it and the members, or
    /// null when there is none or when a stated number differs from the group's size.
    /// </summary>
    internal static (int End, string[] Members)? Match(string text, List<Token> tokens, bool[] blocked, int i, PhraseBuffer buffer)
    {
        var k = i;
        if (tokens[k].In(text) is "the" or "The" or "all" or "All")
        {
            k++;
        }

        int? stated = null;
        if (k < tokens.Count && s_numberLookup.TryGetValue(tokens[k].In(text), out var number))
        {
            stated = number;
            k++;
        }

        if (k >= tokens.Count || tokens[k].Kind != TokenKind.Word || !s_firstWordLookup.Contains(tokens[k].In(text)))
        {
            return null;
        }

        // Read from the phrase itself ("the two Gulf states" reached at "Gulf"): the number before it still counts.
        if (stated is null && k > 0 && s_numberLookup.TryGetValue(tokens[k - 1].In(text), out var before))
        {
            stated = before;
        }

        if (buffer.Longest(text, tokens, blocked, k, MaxWords, s_lookup) is not { } group)
        {
            return null;
        }

        return stated is { } count && count != group.Value.Length ? null : (k + group.Length, group.Value);
    }
}
