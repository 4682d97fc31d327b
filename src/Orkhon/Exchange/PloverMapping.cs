using System.Collections.Frozen;
using Orkhon.Domain;
using Orkhon.Knowledge;

namespace Orkhon.Exchange;

/// <summary>
/// PLOVER records back to CAMEO. CAMEO→PLOVER is many to one, so a record goes back by everything it says:
/// its type, its mode and, where they decide, its contexts. The CAMEO codes that could have given the record
/// are those of its type (the catalogue's PLOVER column) whose mode in the conversion table
/// (<see cref="PloverModeTable"/>) is the record's; the record becomes the most specific code they all share
/// (ACCUSE + investigate: 090–094, so 09; ACCUSE + allege: 1121–1125, 114, 115, so 11). When they share no
/// root, the record's contexts keep only the codes whose table contexts include one of them (or that have
/// none, or are not listed); if one of them has such a context and they share a root, that decides. Otherwise there is no one CAMEO code and the record is kept
/// in PLOVER's terms (<see cref="PloverEvent"/>).
/// </summary>
/// <remarks>
/// A code of the type that the table does not list (CAMEO 02, appeals, which PLOVER folds into REQUEST) has
/// no known mode: it could have given a record of any mode, so it always stays a candidate. That is why no
/// REQUEST record has one CAMEO code: appeals (02) and demands (10) share every mode. A record without a
/// mode could have any, as could one whose mode no listed code of its type has. A root
/// (two digits) stands for its family and is not a candidate itself.
/// </remarks>
public sealed class PloverMapping
{
    private readonly FrozenDictionary<string, Candidate[]> _byType;
    private readonly CameoCatalog _catalog;

    public PloverMapping(CameoCatalog catalog, PloverModeTable modes)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(modes);
        _catalog = catalog;
        var listed = modes.Rows.ToDictionary(r => r.Code.Value, StringComparer.Ordinal);
        var byType = new Dictionary<string, List<Candidate>>(StringComparer.Ordinal);
        foreach (var t in catalog.All)
        {
            if (t.PloverType is not { } type || t.Code.Length == 2)
            {
                continue;
            }

            // The table's mode only where the table and the catalogue agree on the type; else it is unknown.
            var row = listed.GetValueOrDefault(t.Code);
            var candidate = row is not null && row.Type == type
                ? new Candidate(t.CameoCode, row.Mode, row.Contexts)
                : new Candidate(t.CameoCode, null, null);
            if (!byType.TryGetValue(type, out var list))
            {
                byType[type] = list = [];
            }

            list.Add(candidate);
        }

        _byType = byType.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    public static PloverMapping Default { get; } = new(CameoCatalog.Default, PloverModeTable.Default);

    /// <summary>The PLOVER types that go back to one CAMEO code whatever their mode, with that code: for the docs and tests.</summary>
    public IEnumerable<(string Type, CameoCode Code)> WholeTypes =>
        _byType.Keys.Order(StringComparer.Ordinal)
            .Select(type => (type, code: TryToCameo(type, null, [], out var code) ? code : default))
            .Where(p => p.code != default);

    /// <summary>Whether <paramref name="ploverType"/> (upper case) is a PLOVER event type: one the catalogue gives some CAMEO code.</summary>
    public bool IsType(string ploverType) => _byType.ContainsKey(ploverType);

    /// <summary>
    /// The one CAMEO code of a PLOVER record, when its type (upper case, as PLOVER writes it), mode (any case;
    /// null or empty when it has none) and contexts determine one.
    /// </summary>
    public bool TryToCameo(string ploverType, string? mode, IReadOnlyCollection<string> contexts, out CameoCode code)
    {
        ArgumentNullException.ThrowIfNull(ploverType);
        ArgumentNullException.ThrowIfNull(contexts);
        code = default;
        if (!_byType.TryGetValue(ploverType, out var all))
        {
            return false;
        }

        // A mode no listed code of the type has (a later PLOVER's, a typing error) says nothing about which
        // code it is: read as no mode, so the type alone decides, and the codes of unknown mode (CAMEO 02
        // for REQUEST) never take a record by being the only ones left.
        var wanted = string.IsNullOrWhiteSpace(mode) ? null : mode.Trim().ToLowerInvariant();
        if (wanted is not null && !all.Any(c => c.Mode == wanted))
        {
            wanted = null;
        }

        var byMode = all.Where(c => wanted is null || c.Mode is null || c.Mode == wanted).ToList();
        if (byMode.Count == 0)
        {
            return false;
        }

        if (SharedCode(byMode) is { } shared)
        {
            code = shared;
            return true;
        }

        if (contexts.Count == 0)
        {
            return false;
        }

        var asked = contexts.Select(c => c.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var byContext = byMode.Where(c => c.Contexts is null || c.Contexts.Count == 0 || c.Contexts.Any(asked.Contains)).ToList();

        // The contexts decide only through a code that has one of them: what is left when none has is
        // left for want of knowledge (codes the table does not list), which decides nothing.
        var named = byContext.Any(c => c.Contexts is { Count: > 0 } listed && listed.Any(asked.Contains));
        if (!named || byContext.Count == byMode.Count || SharedCode(byContext) is not { } decided)
        {
            return false;
        }

        code = decided;
        return true;
    }

    // The longest prefix of every candidate's code that is itself a catalogued code (a root at least).
    private CameoCode? SharedCode(List<Candidate> candidates)
    {
        var prefix = candidates[0].Code.Value;
        foreach (var c in candidates)
        {
            var value = c.Code.Value;
            var n = 0;
            while (n < prefix.Length && n < value.Length && prefix[n] == value[n])
            {
                n++;
            }

            prefix = prefix[..n];
        }

        return prefix.Length >= 2 && _catalog.Contains(prefix) && CameoCode.TryParse(prefix, out var code) ? code : null;
    }

    /// <param name="Mode">The table's mode ("" for none), or null when the table does not list the code.</param>
    /// <param name="Contexts">The table's contexts, or null when the table does not list the code.</param>
    private sealed record Candidate(CameoCode Code, string? Mode, IReadOnlyList<string>? Contexts);
}
