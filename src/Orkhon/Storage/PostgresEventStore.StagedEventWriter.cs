using NpgsqlTypes;
using Orkhon.Domain;

namespace Orkhon.Storage;

public sealed partial class PostgresEventStore
{
    /// <summary>
    /// Upserts events and their evidences inside the caller's write transaction by binary COPY: writes
    /// collect in memory (at most <see cref="FlushEvery"/> events, so memory stays flat), then go to the
    /// staging tables in one COPY each and into the store with a few set-based statements: a plain INSERT
    /// for the events not stored yet (<see cref="PostgresSchema.MergeStagedSplit"/>), an upsert for the rest
    /// (<see cref="PostgresSchema.MergeStaged"/>). A connection carries one COPY at a time and runs nothing
    /// else meanwhile, which is why rows wait in memory rather than in an open COPY.
    /// </summary>
    /// <remarks>
    /// An import reads between writes (is this row's event stored already?). Those reads must see the
    /// batch's own writes; a flush before every read would make each row a COPY of one, so the reads an
    /// import makes — events of one pair, without evidences — are answered from the store plus the pending
    /// rows (<see cref="QueryWithPending"/>). Any other read flushes first, then asks the store.
    /// </remarks>
    private sealed class StagedEventWriter(PostgresEventStore store) : IDisposable
    {
        /// <summary>Pending events before a flush: large enough that COPY's per-batch cost vanishes, small enough to hold in memory.</summary>
        public const int FlushEvery = 10_000;

        private readonly List<Event> _pending = [];

        // The latest pending version of each event, and the pending ids of each unordered actor pair.
        private readonly Dictionary<string, Event> _latest = new(StringComparer.Ordinal);
        private readonly Dictionary<(string, string), List<string>> _byPair = [];
        private bool _staging;

        public void WriteAll(IEnumerable<Event> events)
        {
            foreach (var e in events)
            {
                Write(e);
            }
        }

        public void Write(Event e)
        {
            ArgumentNullException.ThrowIfNull(e);
            foreach (var v in e.Evidences)
            {
                _ = StoredValues.EvidenceKey(v); // an unknown evidence type is refused now, not at the flush
            }

            _pending.Add(e);
            _latest[e.Id] = e;
            var pair = PairQueryMatch.PairKey(e.Source.Code, e.Target.Code);
            if (!_byPair.TryGetValue(pair, out var ids))
            {
                _byPair[pair] = ids = [];
            }

            ids.Add(e.Id);
            if (_pending.Count >= FlushEvery)
            {
                Flush();
            }
        }

        public bool IsPending(string id) => _latest.ContainsKey(id);

        /// <summary>Sends the pending writes to the store (inside the transaction, so nothing is visible to others yet).</summary>
        public void Flush()
        {
            if (_pending.Count == 0)
            {
                return;
            }

            if (!_staging)
            {
                // Temporary tables live per connection; IF NOT EXISTS because a pooled connection may keep them.
                store.Execute(PostgresSchema.StagingTables);
                _staging = true;
            }

            CopyEvents();
            CopyEvidences();
            MergeStaged();
        }

        // The pending events into stage_events, in one binary COPY; seq keeps their order for the merge.
        private void CopyEvents()
        {
            long seq = 0;
            using (var copy = store._connection.BeginBinaryImport(
                "COPY stage_events (seq, id, source, source_role, target, target_role, cameo, date, date_start, date_end, location, origin, confidence, kind, title) FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var e in _pending)
                {
                    copy.StartRow();
                    copy.Write(seq++, NpgsqlDbType.Bigint);
                    copy.Write(e.Id, NpgsqlDbType.Text);
                    copy.Write(e.Source.Code, NpgsqlDbType.Text);
                    WriteText(copy, e.Source.Role?.ToName());
                    copy.Write(e.Target.Code, NpgsqlDbType.Text);
                    WriteText(copy, e.Target.Role?.ToName());
                    copy.Write(e.Cameo.Value, NpgsqlDbType.Text);
                    WriteText(copy, e.Date?.ToString());
                    copy.Write(e.Date?.Earliest ?? DateOnly.MinValue, NpgsqlDbType.Date);
                    copy.Write(e.Date?.Latest ?? DateOnly.MaxValue, NpgsqlDbType.Date);
                    WriteText(copy, e.Location);
                    copy.Write(e.Origin.ToName(), NpgsqlDbType.Text);
                    copy.Write(e.Confidence, NpgsqlDbType.Double);
                    WriteText(copy, e.Kind?.ToName());
                    WriteText(copy, e.Title);
                }

                copy.Complete();
            }
        }

        // Their evidences into stage_evidences, in one binary COPY.
        private void CopyEvidences()
        {
            long seq = 0;
            using (var copy = store._connection.BeginBinaryImport(
                """COPY stage_evidences (seq, event_id, key, document_id, start, "end", sentence, source_url) FROM STDIN (FORMAT BINARY)"""))
            {
                foreach (var e in _pending)
                {
                    foreach (var v in e.Evidences)
                    {
                        copy.StartRow();
                        copy.Write(seq++, NpgsqlDbType.Bigint);
                        copy.Write(e.Id, NpgsqlDbType.Text);
                        copy.Write(StoredValues.EvidenceKey(v), NpgsqlDbType.Text);
                        if (v is DocumentEvidence d)
                        {
                            copy.Write(d.DocumentId, NpgsqlDbType.Text);
                            copy.Write(d.Start, NpgsqlDbType.Integer);
                            copy.Write(d.End, NpgsqlDbType.Integer);
                        }
                        else
                        {
                            copy.WriteNull();
                            copy.WriteNull();
                            copy.WriteNull();
                        }

                        WriteText(copy, v.Text);
                        WriteText(copy, v.Url);
                    }
                }

                copy.Complete();
            }
        }

        // The staged rows into the store, then the pending state is empty.
        private void MergeStaged()
        {
            // The stored ids among the batch's, from one range scan when the batch's id range holds few
            // stored events (an import's usual case); past the cap, the per-row upsert is the cheaper merge.
            var cap = 2L * _latest.Count + 1000;
            long stored;
            using (var find = store.Command(PostgresSchema.FindStoredStaged))
            {
                find.Parameters.AddWithValue("cap", cap);
                stored = find.ExecuteNonQuery();
            }

            store.Execute(stored < cap ? PostgresSchema.MergeStagedSplit : PostgresSchema.MergeStaged);
            _pending.Clear();
            _latest.Clear();
            _byPair.Clear();
        }

        /// <summary>
        /// <see cref="IEventLookup.QueryEvents"/> as it would answer after a flush, without flushing: the
        /// store's rows, each replaced by its pending version, plus pending events that match, in the store's order.
        /// </summary>
        public IReadOnlyList<Event> QueryWithPending(EventQuery query)
        {
            // Reads the overlay cannot answer exactly (evidences merge with stored ones; "extracted" depends
            // on stored evidences), or a scan of every pending event: flush, and let the store answer.
            if (_pending.Count == 0 || query.WithEvidences || query.Origin is EventOrigin.Extracted || query.Actor is null || query.Partner is null)
            {
                Flush();
                return store.QueryEvents(query);
            }

            var offset = Math.Max(0, query.Offset);
            // Each pending id can hide one stored row, so that many more rows are asked for.
            var stored = store.QueryEvents(query with { Offset = 0, Limit = query.Limit is { } limit ? limit + offset + _latest.Count : null });
            var rows = stored.Where(e => !_latest.ContainsKey(e.Id)).ToList();
            if (_byPair.TryGetValue(PairQueryMatch.PairKey(query.Actor, query.Partner), out var ids))
            {
                rows.AddRange(ids.Distinct(StringComparer.Ordinal).Select(id => _latest[id]).Where(e => PairQueryMatch.Matches(e, query)).Select(e => e with { Evidences = [] }));
            }

            rows.Sort(query.Descending ? (a, b) => Compare(b, a) : Compare);
            IEnumerable<Event> page = rows.Skip(offset);
            return (query.Limit is { } n ? page.Take(n) : page).ToList();
        }

        public void Dispose()
        {
            // Unflushed rows are dropped with the transaction they were meant for (a rolled-back import).
            _pending.Clear();
            _latest.Clear();
            _byPair.Clear();
        }


        // The store's order: date_start, date_end, id (byte-wise, as the "C" collation).
        public static int Compare(Event a, Event b)
        {
            var c = (a.Date?.Earliest ?? DateOnly.MinValue).CompareTo(b.Date?.Earliest ?? DateOnly.MinValue);
            if (c == 0)
            {
                c = (a.Date?.Latest ?? DateOnly.MaxValue).CompareTo(b.Date?.Latest ?? DateOnly.MaxValue);
            }

            return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
        }

        private static void WriteText(Npgsql.NpgsqlBinaryImporter copy, string? value)
        {
            if (value is null)
            {
                copy.WriteNull();
            }
            else
            {
                copy.Write(value, NpgsqlDbType.Text);
            }
        }
    }
}
