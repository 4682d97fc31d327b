using System.Collections.Frozen;
using Orkhon.Domain;
using Orkhon.Knowledge;
using Orkhon.Text;

namespace Orkhon.Extraction.Mentions;

/// <summary>
/// Words that turn a nationality or a country into an acting part of a state ("president", "foreign
/// minister", "troops", "delegation") and the role they give. A nationality without one of them
/// ("a Chinese tour group", "Kazakh scientists") is not an actor.
/// </summary>
public static class RoleWords
{
    /// <summary>
    /// Phrases of one to four words, lower case: offices and bodies (<c>data/lexicon/role-words.tsv</c>) and group nouns
    /// (<c>data/lexicon/groups.tsv</c>). A phrase in both files is an error, so that no row silently overrides another.
    /// </summary>
    private static readonly FrozenDictionary<string, ActorRole> s_roles = Merge(
        Rows(EmbeddedData.ReadTable(EmbeddedData.RoleWords)).Concat(Rows(EmbeddedData.ReadTable(EmbeddedData.GroupNouns))));

    private static FrozenDictionary<string, ActorRole> Merge(IEnumerable<KeyValuePair<string, ActorRole>> rows)
    {
        var roles = new Dictionary<string, ActorRole>(StringComparer.OrdinalIgnoreCase);
        var twice = new List<string>();
        foreach (var (phrase, role) in rows)
        {
            if (!roles.TryAdd(phrase, role))
            {
                twice.Add(phrase);
            }
        }

        return twice.Count > 0
            ? throw new InvalidOperationException($"Role phrases listed twice in role-words.tsv and groups.tsv: {string.Join(", ", twice)}.")
            : roles.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Rows of <c>data/lexicon/role-words.tsv</c> or <c>data/lexicon/groups.tsv</c>: phrases with their role and the CAMEO
    /// sector it stands for ("foreign ministry" → foreign_ministry, GOV; "militias" → rebels, REB).
    /// </summary>
    public static IEnumerable<KeyValuePair<string, ActorRole>> Rows(TsvTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var phrase = table.ColumnIndex("phrase");
        var role = table.ColumnIndex("role");
        var sector = table.ColumnIndex("sector");
        var errors = new List<DataFileError>();
        var rows = new List<KeyValuePair<string, ActorRole>>();
        foreach (var row in table.Rows)
        {
            var words = row[phrase].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (!ActorRoles.TryParse(row[role], out var r))
            {
                errors.Add(new DataFileError(table.Name, row.Line, $"unknown role '{row[role]}' (one of {string.Join(", ", ActorRoles.Names)})"));
            }
            else if (row[sector] is not { Length: 3 } code || !code.All(char.IsAsciiLetterUpper))
            {
                errors.Add(new DataFileError(table.Name, row.Line, $"the sector is a three-letter CAMEO agent code: '{row[sector]}'"));
            }
            else if (words is < 1 or > MaxWords)
            {
                errors.Add(new DataFileError(table.Name, row.Line, $"a role phrase has one to {MaxWords} words: '{row[phrase]}'"));
            }
            else
            {
                rows.Add(new(row[phrase], r));
            }
        }

        return errors.Count > 0 ? throw new DataFileException(errors) : rows;
    }

    // Business words name an actor only when spelled out; they never turn a state into a government act.
    public const int MaxWords = 4;

    private static readonly FrozenDictionary<string, ActorRole>.AlternateLookup<ReadOnlySpan<char>> s_lookup = s_roles.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> s_firstWords = s_roles.Keys.Select(k => k.Split(' ')[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    // Asked at most tokens: a WordSet's pre-tests and folded table answer as the frozen set does, more cheaply.
    private static readonly WordSet s_firstWordLookup = new(s_firstWords);

    public static bool TryGet(ReadOnlySpan<char> phrase, out ActorRole role) => s_lookup.TryGetValue(phrase, out role);

    /// <summary>Whether a role phrase may start with this word (a cheap test before building phrases).</summary>
    public static bool MayStart(ReadOnlySpan<char> word) => s_firstWordLookup.Contains(word);

    /// <summary>The words <see cref="MayStart"/> accepts.</summary>
    internal static IEnumerable<string> FirstWords => s_firstWords;

    /// <summary>
    /// Business actors are not the state: "Mongolian companies signed…" is not Mongolia signing, and civilians and the
    /// media are what acts are aimed at ("detained two Japanese nationals"). Armed groups, the opposition, police, courts and refugees act under their country's code with their sector, as CAMEO codes
    /// SDNREB or GEOOPP, so they may be sources.
    /// </summary>
    public static bool IsStateRole(ActorRole role) => role is not (ActorRole.Business or ActorRole.Media or ActorRole.CivilSociety or ActorRole.Civilians);

    /// <summary>
    /// Group nouns that take the country of a place right after them: "protesters in Tbilisi", "rebels in
    /// Sudan". Refugees and troops are left out: those in a country mostly come from another.
    /// </summary>
    public static bool IsLocatedGroup(ActorRole role) => role is ActorRole.Rebels or ActorRole.Opposition or ActorRole.Police;
}
