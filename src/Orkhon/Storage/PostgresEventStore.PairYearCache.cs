using Orkhon.Domain;

namespace Orkhon.Storage;

public sealed partial class PostgresEventStore
{
    /// <summary>
    /// An import's merge lookups (one pair's events of one CAMEO root on one day, per row) answered from
    /// memory: the first lookup of a pair in a year reads that year's events of the pair once (stored plus
    /// pending, without evidences), later lookups filter them, and every write of the batch updates them. A
    /// round trip per row would make the import as slow as the server's scheduling on a busy machine; per
    /// pair and year it is a few thousand round trips for millions of rows.
    /// </summary>
    /// <remarks>
    /// Exact because the batch holds the store's write lock for its whole transaction: nothing but its own
    /// writes, which pass through <see cref="Written"/>, can change what a cached year holds. Memory is
    /// bounded by <see cref="MaxCachedEvents"/>: past it the cache starts again empty.
    /// </remarks>
    private sealed class PairYearCache(StagedEventWriter writer)
    {
        public const int MaxCachedEvents = 200_000;

        private readonly Dictionary<(string, string, int), List<Event>> _years = [];
        private readonly Dictionary<string, List<(string, string, int)>> _cachedIn = new(StringComparer.Ordinal);
        private int _count;

        public IReadOnlyList<Event> Query(EventQuery q)
        {
            if (q is not { Actor: { } actor, Partner: { } partner, From: { } from, To: { } to, WithEvidences: false }
                || q.Origin is EventOrigin.Extracted || from.Earliest.Year != to.Latest.Year)
            {
                return writer.QueryWithPending(q);
            }

            var year = from.Earliest.Year;
            var (a, b) = PairQueryMatch.PairKey(actor, partner);
            var key = (a, b, year);
            if (!_years.TryGetValue(key, out var events))
            {
                if (_count > MaxCachedEvents)
                {
                    _years.Clear();
                    _cachedIn.Clear();
                    _count = 0;
                }

                events = [.. writer.QueryWithPending(new EventQuery
                {
                    Actor = a, Partner = b, WithEvidences = false,
                    From = FuzzyDate.OfYear(year), To = FuzzyDate.OfYear(year),
                })];
                _years[key] = events;
                _count += events.Count;
                foreach (var e in events)
                {
                    CachedIn(e.Id).Add(key);
                }
            }

            var rows = events.Where(e => PairQueryMatch.Matches(e, q)).ToList();
            rows.Sort(q.Descending ? (x, y) => StagedEventWriter.Compare(y, x) : StagedEventWriter.Compare);
            IEnumerable<Event> page = rows.Skip(Math.Max(0, q.Offset));
            return (q.Limit is { } n ? page.Take(n) : page).ToList();
        }

        /// <summary>The batch wrote <paramref name="e"/>: its old version leaves the cached years, the new one joins those it falls in.</summary>
        public void Written(Event e)
        {
            if (_cachedIn.Remove(e.Id, out var keys))
            {
                foreach (var key in keys)
                {
                    _count -= _years[key].RemoveAll(x => x.Id == e.Id);
                }
            }

            if (e.Date is not { } date || _years.Count == 0)
            {
                return;
            }

            var (a, b) = PairQueryMatch.PairKey(e.Source.Code, e.Target.Code);
            // An event spanning centuries is matched against the cached years instead of each of its years.
            IEnumerable<(string, string, int)> candidates = date.Latest.Year - date.Earliest.Year <= 50
                ? Enumerable.Range(date.Earliest.Year, date.Latest.Year - date.Earliest.Year + 1).Select(y => (a, b, y))
                : [.. _years.Keys.Where(k => k.Item1 == a && k.Item2 == b && k.Item3 >= date.Earliest.Year && k.Item3 <= date.Latest.Year)];
            foreach (var key in candidates)
            {
                if (_years.TryGetValue(key, out var events))
                {
                    events.Add(e with { Evidences = [] });
                    _count++;
                    CachedIn(e.Id).Add(key);
                }
            }
        }

        private List<(string, string, int)> CachedIn(string id)
        {
            if (!_cachedIn.TryGetValue(id, out var keys))
            {
                _cachedIn[id] = keys = [];
            }

            return keys;
        }

    }
}
