using System.Collections.Frozen;
using Orkhon.Domain;
using Orkhon.Knowledge;

namespace Orkhon.Extraction.Mentions;

/// <summary>
/// Words that turn a nationality or a country into an acting part of a state ("president", "foreign
/// minister", "troops", "delegation") and the role they give. A nationality without one of them
/// ("a Chinese tour group", "Kazakh scientists") is not an actor.
/// </summary>
public static class RoleWords
{
    /// <summary>Phrases of one to four words, lower case.</summary>
    private static readonly FrozenDictionary<string, ActorRole> s_roles = new Dictionary<string, ActorRole>
    {
        ["president"] = ActorRole.HeadOfState, ["presidents"] = ActorRole.HeadOfState, ["head of state"] = ActorRole.HeadOfState,
        ["king"] = ActorRole.HeadOfState, ["emperor"] = ActorRole.HeadOfState, ["leader"] = ActorRole.HeadOfState, ["leaders"] = ActorRole.HeadOfState,
        ["chairman"] = ActorRole.HeadOfState, ["supreme leader"] = ActorRole.HeadOfState,
        ["prime minister"] = ActorRole.HeadOfGovernment, ["premier"] = ActorRole.HeadOfGovernment, ["chancellor"] = ActorRole.HeadOfGovernment,
        ["head of government"] = ActorRole.HeadOfGovernment, ["prime ministers"] = ActorRole.HeadOfGovernment,
        ["foreign minister"] = ActorRole.ForeignMinistry, ["foreign ministers"] = ActorRole.ForeignMinistry, ["foreign ministry"] = ActorRole.ForeignMinistry,
        ["secretary of state"] = ActorRole.ForeignMinistry, ["foreign secretary"] = ActorRole.ForeignMinistry, ["minister of foreign affairs"] = ActorRole.ForeignMinistry,
        ["ministry of foreign affairs"] = ActorRole.ForeignMinistry, ["foreign affairs minister"] = ActorRole.ForeignMinistry, ["diplomats"] = ActorRole.ForeignMinistry,
        ["diplomat"] = ActorRole.ForeignMinistry, ["ambassador"] = ActorRole.ForeignMinistry, ["envoy"] = ActorRole.ForeignMinistry, ["embassy"] = ActorRole.ForeignMinistry,
        ["troops"] = ActorRole.Military, ["forces"] = ActorRole.Military, ["army"] = ActorRole.Military, ["military"] = ActorRole.Military, ["navy"] = ActorRole.Military,
        ["soldiers"] = ActorRole.Military, ["border guards"] = ActorRole.Military, ["peacekeepers"] = ActorRole.Military, ["units"] = ActorRole.Military,
        ["defence minister"] = ActorRole.Military, ["defense minister"] = ActorRole.Military, ["defence ministry"] = ActorRole.Military, ["defense ministry"] = ActorRole.Military,
        ["defense secretary"] = ActorRole.Military, ["defence secretary"] = ActorRole.Military, ["air force"] = ActorRole.Military, ["armed forces"] = ActorRole.Military,
        ["parliament"] = ActorRole.Legislature, ["lawmakers"] = ActorRole.Legislature, ["legislators"] = ActorRole.Legislature, ["parliamentary delegation"] = ActorRole.Legislature,
        ["speaker"] = ActorRole.Legislature, ["parliamentarians"] = ActorRole.Legislature, ["mps"] = ActorRole.Legislature,
        ["government"] = ActorRole.Government, ["governments"] = ActorRole.Government, ["officials"] = ActorRole.Government, ["authorities"] = ActorRole.Government,
        ["delegation"] = ActorRole.Government, ["side"] = ActorRole.Government, ["minister"] = ActorRole.Government, ["ministers"] = ActorRole.Government,
        ["counterpart"] = ActorRole.Government, ["counterparts"] = ActorRole.Government, ["administration"] = ActorRole.Government, ["cabinet"] = ActorRole.Government,
        ["state"] = ActorRole.Government, ["vice president"] = ActorRole.Government, ["deputy prime minister"] = ActorRole.Government, ["spokesman"] = ActorRole.Government,
        ["spokeswoman"] = ActorRole.Government, ["spokesperson"] = ActorRole.Government, ["commission"] = ActorRole.Government, ["ministry"] = ActorRole.Government,
        ["deputy foreign minister"] = ActorRole.ForeignMinistry, ["state secretary"] = ActorRole.ForeignMinistry, ["central bank"] = ActorRole.Business,
        ["delegations"] = ActorRole.Government, ["navies"] = ActorRole.Military, ["armies"] = ActorRole.Military, ["ambassadors"] = ActorRole.ForeignMinistry,
        ["envoys"] = ActorRole.ForeignMinistry, ["ministries"] = ActorRole.Government, ["coast guard"] = ActorRole.Military, ["special forces"] = ActorRole.Military,
        ["secretary-general"] = ActorRole.Government, ["secretary general"] = ActorRole.Government, ["president's office"] = ActorRole.HeadOfState,
        ["presidential office"] = ActorRole.HeadOfState, ["emperor and empress"] = ActorRole.HeadOfState, ["monarch"] = ActorRole.HeadOfState,
        ["intelligence"] = ActorRole.Military, ["development agency"] = ActorRole.Government, ["authorities'"] = ActorRole.Government, ["regulators"] = ActorRole.Government,
        ["guards"] = ActorRole.Military, ["warships"] = ActorRole.Military, ["aircraft"] = ActorRole.Military, ["jets"] = ActorRole.Military,
        ["warplanes"] = ActorRole.Military, ["artillery"] = ActorRole.Military, ["drones"] = ActorRole.Military, ["vessels"] = ActorRole.Military, ["officers"] = ActorRole.Military,
        ["prosecutors"] = ActorRole.Government, ["courts"] = ActorRole.Government, ["court"] = ActorRole.Government,
        ["companies"] = ActorRole.Business, ["company"] = ActorRole.Business, ["firms"] = ActorRole.Business, ["investors"] = ActorRole.Business,
        // Offices and bodies wire copy names by title ("Pakistan's foreign office", "the Turkish charge d'affaires", "the Indiana governor").
        ["foreign office"] = ActorRole.ForeignMinistry, ["charge d'affaires"] = ActorRole.ForeignMinistry, ["chargé d'affaires"] = ActorRole.ForeignMinistry,
        ["top diplomat"] = ActorRole.ForeignMinistry, ["foreign policy chief"] = ActorRole.ForeignMinistry, ["consulate"] = ActorRole.ForeignMinistry,
        ["consul"] = ActorRole.ForeignMinistry, ["consul general"] = ActorRole.ForeignMinistry, ["special envoy"] = ActorRole.ForeignMinistry,
        ["soldier"] = ActorRole.Military, ["warship"] = ActorRole.Military, ["border guard"] = ActorRole.Military, ["coast guards"] = ActorRole.Military,
        ["national guard"] = ActorRole.Military, ["military chief"] = ActorRole.Military, ["army chief"] = ActorRole.Military, ["defence chief"] = ActorRole.Military,
        ["defense chief"] = ActorRole.Military, ["military district"] = ActorRole.Military, ["agents"] = ActorRole.Military, ["security service"] = ActorRole.Military,
        ["security services"] = ActorRole.Military, ["intelligence service"] = ActorRole.Military, ["ministry of defence"] = ActorRole.Military,
        ["ministry of defense"] = ActorRole.Military, ["defence ministers"] = ActorRole.Military, ["defense ministers"] = ActorRole.Military,
        ["governor"] = ActorRole.Government, ["governors"] = ActorRole.Government, ["mayor"] = ActorRole.Government, ["vice-president"] = ActorRole.Government,
        ["vice premier"] = ActorRole.Government,
        ["provincial government"] = ActorRole.Government, ["regional government"] = ActorRole.Government, ["judge"] = ActorRole.Government, ["judges"] = ActorRole.Government,
        // Sector ministries and law officers wire copy names by title ("China's commerce ministry", "the ICC's prosecutor").
        ["commerce ministry"] = ActorRole.Government, ["commerce minister"] = ActorRole.Government, ["commerce ministers"] = ActorRole.Government,
        ["trade ministry"] = ActorRole.Government, ["trade minister"] = ActorRole.Government, ["trade ministers"] = ActorRole.Government,
        ["finance ministry"] = ActorRole.Government, ["finance minister"] = ActorRole.Government, ["finance ministers"] = ActorRole.Government,
        ["economy ministry"] = ActorRole.Government, ["economy minister"] = ActorRole.Government, ["economy ministers"] = ActorRole.Government,
        ["economic ministry"] = ActorRole.Government, ["economic minister"] = ActorRole.Government, ["economic ministers"] = ActorRole.Government,
        ["interior ministry"] = ActorRole.Government, ["interior minister"] = ActorRole.Government, ["interior ministers"] = ActorRole.Government,
        ["justice ministry"] = ActorRole.Government, ["justice minister"] = ActorRole.Government, ["justice ministers"] = ActorRole.Government,
        ["energy ministry"] = ActorRole.Government, ["energy minister"] = ActorRole.Government, ["energy ministers"] = ActorRole.Government,
        ["health ministry"] = ActorRole.Government, ["health minister"] = ActorRole.Government, ["health ministers"] = ActorRole.Government,
        ["agriculture ministry"] = ActorRole.Government, ["agriculture minister"] = ActorRole.Government,
        ["agriculture ministers"] = ActorRole.Government, ["industry ministry"] = ActorRole.Government, ["industry minister"] = ActorRole.Government,
        ["industry ministers"] = ActorRole.Government, ["transport ministry"] = ActorRole.Government, ["transport minister"] = ActorRole.Government,
        ["transport ministers"] = ActorRole.Government, ["emergencies ministry"] = ActorRole.Government,
        ["emergencies minister"] = ActorRole.Government, ["emergencies ministers"] = ActorRole.Government,
        ["foreign trade ministry"] = ActorRole.Government, ["foreign trade minister"] = ActorRole.Government,
        ["foreign trade ministers"] = ActorRole.Government, ["ministry of commerce"] = ActorRole.Government,
        ["minister of commerce"] = ActorRole.Government, ["ministry of trade"] = ActorRole.Government, ["minister of trade"] = ActorRole.Government,
        ["ministry of finance"] = ActorRole.Government, ["minister of finance"] = ActorRole.Government,
        ["ministry of economy"] = ActorRole.Government, ["minister of economy"] = ActorRole.Government,
        ["ministry of interior"] = ActorRole.Government, ["minister of interior"] = ActorRole.Government,
        ["ministry of justice"] = ActorRole.Government, ["minister of justice"] = ActorRole.Government,
        ["ministry of energy"] = ActorRole.Government, ["minister of energy"] = ActorRole.Government, ["ministry of health"] = ActorRole.Government,
        ["minister of health"] = ActorRole.Government, ["ministry of agriculture"] = ActorRole.Government,
        ["minister of agriculture"] = ActorRole.Government, ["ministry of industry"] = ActorRole.Government,
        ["minister of industry"] = ActorRole.Government, ["ministry of transport"] = ActorRole.Government,
        ["minister of transport"] = ActorRole.Government, ["prosecutor"] = ActorRole.Government, ["prosecutor general"] = ActorRole.Government,
        ["prosecutor's office"] = ActorRole.Government, ["attorney general"] = ActorRole.Government,
        ["national security adviser"] = ActorRole.Government, ["trade representative"] = ActorRole.Government,
        ["vice foreign minister"] = ActorRole.ForeignMinistry, ["deputy foreign ministers"] = ActorRole.ForeignMinistry,
        ["first deputy prime minister"] = ActorRole.Government,
        // Titles that differ by country: India's external affairs ministry, Britain's home secretary, Japan's Self-Defense Forces.
        ["external affairs minister"] = ActorRole.ForeignMinistry, ["external affairs ministry"] = ActorRole.ForeignMinistry, ["ministry of external affairs"] = ActorRole.ForeignMinistry,
        ["home secretary"] = ActorRole.Government, ["home office"] = ActorRole.Government, ["home minister"] = ActorRole.Government, ["home ministry"] = ActorRole.Government,
        ["unification ministry"] = ActorRole.Government, ["unification minister"] = ActorRole.Government, ["security council secretary"] = ActorRole.Government,
        ["self-defense forces"] = ActorRole.Military, ["self-defence forces"] = ActorRole.Military, ["border service"] = ActorRole.Military,
        ["foreign intelligence service"] = ActorRole.Military,
        ["customs"] = ActorRole.Government, ["customs officials"] = ActorRole.Government, ["negotiators"] = ActorRole.Government, ["negotiator"] = ActorRole.Government,
    }.Concat(GroupNouns(EmbeddedData.ReadTable(EmbeddedData.GroupNouns))).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Rows of <c>data/lexicon/groups.tsv</c>: group nouns with their sector role ("militias" → rebels, CAMEO REB).
    /// </summary>
    public static IEnumerable<KeyValuePair<string, ActorRole>> GroupNouns(TsvTable table)
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
                errors.Add(new DataFileError(table.Name, row.Line, $"a group noun has one to {MaxWords} words: '{row[phrase]}'"));
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
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_firstWordLookup = s_firstWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool TryGet(ReadOnlySpan<char> phrase, out ActorRole role) => s_lookup.TryGetValue(phrase, out role);

    /// <summary>Whether a role phrase may start with this word (a cheap test before building phrases).</summary>
    public static bool MayStart(ReadOnlySpan<char> word) => s_firstWordLookup.Contains(word);

    /// <summary>
    /// Business actors are not the state: "Mongolian companies signed…" is not Mongolia signing. Armed groups,
    /// the opposition, police and refugees act under their country's code with their sector, as CAMEO codes
    /// SDNREB or GEOOPP, so they may be sources.
    /// </summary>
    public static bool IsStateRole(ActorRole role) => role is not (ActorRole.Business or ActorRole.Media or ActorRole.CivilSociety);

    /// <summary>
    /// Group nouns that take the country of a place right after them: "protesters in Tbilisi", "rebels in
    /// Sudan". Refugees and troops are left out: those in a country mostly come from another.
    /// </summary>
    public static bool IsLocatedGroup(ActorRole role) => role is ActorRole.Rebels or ActorRole.Opposition or ActorRole.Police;
}
