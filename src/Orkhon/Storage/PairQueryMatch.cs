using Orkhon.Domain;

namespace Orkhon.Storage;

/// <summary>
/// <see cref="EventQuerySql"/>'s conditions for a query of one pair of actors, over an event held in memory:
/// how a writer that keeps rows pending before a bulk write tells whether a read must see one of them.
/// </summary>
internal static class PairQueryMatch
{
    /// <summary>Whether the store would return <paramref name="e"/> for <paramref name="q"/>, which names both <see cref="EventQuery.Actor"/> and <see cref="EventQuery.Partner"/>.</summary>
    public static bool Matches(Event e, EventQuery q)
    {
        string actor = q.Actor!, partner = q.Partner!, source = e.Source.Code, target = e.Target.Code;
        if (!((source == actor || source == partner) && (target == actor || target == partner) && (source != target || actor == partner)))
        {
            return false;
        }

        if ((q.Source is { } s && source != s) || (q.Target is { } t && target != t))
        {
            return false;
        }

        if (q.From is not null || q.To is not null)
        {
            if (e.Date is not { } date || (q.From is { } from && date.Latest < from.Earliest) || (q.To is { } to && date.Earliest > to.Latest))
            {
                return false;
            }
        }

        if (q.CodePrefix is { Length: > 0 } prefix && !e.Cameo.Value.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        return q.Origin is not { } origin || e.Origin == origin;
    }

    /// <summary>The unordered pair: both directions of a relation under one key.</summary>
    public static (string, string) PairKey(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
}
