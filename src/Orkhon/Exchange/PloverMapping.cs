using System.Collections.Frozen;
using Orkhon.Domain;
using Orkhon.Knowledge;

namespace Orkhon.Exchange;

/// <summary>
/// PLOVER event types back to CAMEO. CAMEO→PLOVER (CAMEO2PLOVER, the catalogue's PLOVER column) is many to
/// one; going back is one to one only when every CAMEO code of a PLOVER type lies in one family whose head
/// has that type: AGREE is CAMEO 03, CONSULT 04. REQUEST (02 and 10), ACCUSE (09 and 11), ASSAULT, COERCE
/// and RETREAT spread over several families and have no single CAMEO code.
/// </summary>
public sealed class PloverMapping
{
    private readonly FrozenDictionary<string, CameoCode> _toCameo;
    private readonly FrozenSet<string> _types;

    public PloverMapping(CameoCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var map = new Dictionary<string, CameoCode>(StringComparer.Ordinal);
        foreach (var group in catalog.All.Where(t => t.PloverType is not null).GroupBy(t => t.PloverType!, StringComparer.Ordinal))
        {
            var head = group.MinBy(t => t.Level)!;
            if (group.All(t => t.CameoCode.IsIn(head.CameoCode)))
            {
                map[group.Key] = head.CameoCode;
            }
        }

        _toCameo = map.ToFrozenDictionary(StringComparer.Ordinal);
        _types = catalog.All.Where(t => t.PloverType is not null).Select(t => t.PloverType!).ToFrozenSet(StringComparer.Ordinal);
    }

    public static PloverMapping Default { get; } = new(CameoCatalog.Default);

    /// <summary>The PLOVER types that map to exactly one CAMEO family, for the docs and messages.</summary>
    public IEnumerable<string> OneToOne => _toCameo.Keys.Order(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="ploverType"/> (upper case) is a PLOVER event type: one the catalogue gives some CAMEO code.</summary>
    public bool IsType(string ploverType) => _types.Contains(ploverType);

    /// <summary>The CAMEO family head of a PLOVER type (upper case, as PLOVER writes it), when there is exactly one.</summary>
    public bool TryToCameo(string ploverType, out CameoCode code) => _toCameo.TryGetValue(ploverType, out code);
}
