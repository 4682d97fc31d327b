using Microsoft.Data.Sqlite;
using Orkhon.Domain;

namespace Orkhon.Storage;

public sealed partial class SqliteEventStore
{
    /// <summary>
    /// An import's writes, in batches: events collect in memory (the latest write of an id wins, as the
    /// row-by-row upsert would leave it), go into two temporary tables through one prepared multi-row
    /// INSERT, and from there into the store with one statement per table; a stored row whose values are the
    /// same is left as it is (a re-import rewrites nothing). Inside the import's transaction
    /// only: nothing is visible to other connections before the commit, and a rollback undoes all of it,
    /// the suspended triggers and indexes included.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Counts. While the import runs, the three row triggers that keep <c>dyad_day_counts</c> are dropped and
    /// each batch applies their net effect in one grouped statement: a new id adds one to its row; a stored
    /// id whose counted columns change (the triggers' <c>IS NOT</c> test) leaves its old row (deleted at zero)
    /// and joins its new one; an unchanged id touches nothing. The triggers are created again, from their
    /// own stored SQL, before the commit. If the schema's triggers are not the ones this code reproduces,
    /// they are left in place and do the work row by row.
    /// </para>
    /// <para>
    /// Indexes. Once the new rows written (ids not stored yet) reach half the events stored before the import
    /// (a first import, or a file as large as the store), the secondary indexes are dropped and built again before the commit:
    /// sorting every row once costs less than inserting that many rows into random places of each B-tree,
    /// which also spills the page cache over and over. From then on the batches leave the counts alone, and
    /// the counts are built again from the events, by one sort, before the commit. Kept: primary keys and
    /// unique constraints (the upserts need them) and <c>events_merge_targets</c> (the merge lookups search
    /// it; imported rows are not in it). <c>events_dyad</c> is built again at once if a read searches it
    /// (<see cref="RestoreDyadIndex"/>). Readers are not held up: in WAL mode they read the last commit.
    /// </para>
    /// </remarks>
    private sealed class StagedImportWriter : IDisposable
    {
        /// <summary>Events held before a flush: large enough that each statement's fixed cost vanishes, small enough to hold in memory.</summary>
        public const int FlushEvery = 10_000;

        private const int RowsPerInsert = 50;

        private static readonly string[] CountTriggerNames = ["events_count_ad", "events_count_ai", "events_count_au"];

        private const string EventStageColumns = "seq, id, source, source_role, target, target_role, cameo, date, location, origin, confidence, kind, title, date_start, date_end";
        private const string EvidenceStageColumns = "seq, event_id, key, document_id, start, \"end\", sentence, source_url";

        // The triggers' test of whether an update moves an event between counted rows (SqliteSchema 4), s staged, e stored.
        private const string CountedColumnsChange = """
            (e.source IS NOT s.source OR e.target IS NOT s.target OR e.date IS NOT s.date OR e.cameo IS NOT s.cameo
             OR e.kind IS NOT s.kind OR e.source_role IS NOT s.source_role OR e.target_role IS NOT s.target_role)
            """;

        private readonly SqliteEventStore _store;
        private readonly SqliteTransaction _tx;
        private readonly long _storedAtStart;

        // Pending events: ids in first-write order, the latest version of each, and the ids of each unordered pair.
        private readonly List<string> _order = [];
        private readonly Dictionary<string, Event> _latest = new(StringComparer.Ordinal);
        private readonly Dictionary<(string, string), List<string>> _byPair = [];

        // Pending evidences in first-write order, the latest version of each (event id, key), as upserts leave them.
        private readonly List<(string EventId, string Key, Evidence Evidence)> _evidences = [];
        private readonly Dictionary<(string, string), int> _evidenceAt = [];

        private readonly List<(string Name, string Sql)> _suspendedTriggers = [];
        private readonly List<(string Name, string Sql)> _suspendedIndexes = [];
        private bool _indexesSuspended;
        private bool _dyadSearched;
        private long _newRows;

        private readonly StagingInsert _stageEvents;
        private readonly StagingInsert _stageEvent;
        private readonly StagingInsert _stageEvidences;
        private readonly StagingInsert _stageEvidence;

        public StagedImportWriter(SqliteEventStore store, SqliteTransaction tx)
        {
            _store = store;
            _tx = tx;
            store.Execute("""
                CREATE TEMP TABLE IF NOT EXISTS import_events (
                    seq INTEGER PRIMARY KEY, id TEXT NOT NULL, source TEXT NOT NULL, source_role TEXT, target TEXT NOT NULL, target_role TEXT,
                    cameo TEXT NOT NULL, date TEXT, location TEXT, origin TEXT NOT NULL, confidence REAL NOT NULL, kind TEXT, title TEXT,
                    date_start TEXT NOT NULL, date_end TEXT NOT NULL);
                CREATE TEMP TABLE IF NOT EXISTS import_evidences (
                    seq INTEGER PRIMARY KEY, event_id TEXT NOT NULL, key TEXT NOT NULL, document_id TEXT, start INTEGER, "end" INTEGER,
                    sentence TEXT, source_url TEXT);
                DELETE FROM temp.import_events;
                DELETE FROM temp.import_evidences;
                """, tx);
            _storedAtStart = store.Scalar<long>("SELECT coalesce(max(rowid), 0) FROM events", tx);
            SuspendCountTriggers();

            _stageEvents = new StagingInsert(store, "import_events", EventStageColumns, 15, RowsPerInsert);
            _stageEvent = new StagingInsert(store, "import_events", EventStageColumns, 15, 1);
            _stageEvidences = new StagingInsert(store, "import_evidences", EvidenceStageColumns, 8, RowsPerInsert);
            _stageEvidence = new StagingInsert(store, "import_evidences", EvidenceStageColumns, 8, 1);
        }

        public bool CountsHere => _suspendedTriggers.Count > 0;

        public void Write(Event e)
        {
            ArgumentNullException.ThrowIfNull(e);
            var keys = e.Evidences.Select(StoredValues.EvidenceKey).ToList(); // an unknown evidence type is refused now
            if (_latest.TryGetValue(e.Id, out var before))
            {
                if (PairQueryMatch.PairKey(before.Source.Code, before.Target.Code) != PairQueryMatch.PairKey(e.Source.Code, e.Target.Code))
                {
                    AddToPair(e);
                }
            }
            else
            {
                _order.Add(e.Id);
                AddToPair(e);
            }

            _latest[e.Id] = e;
            for (var i = 0; i < keys.Count; i++)
            {
                if (_evidenceAt.TryGetValue((e.Id, keys[i]), out var at))
                {
                    _evidences[at] = (e.Id, keys[i], e.Evidences[i]);
                }
                else
                {
                    _evidenceAt[(e.Id, keys[i])] = _evidences.Count;
                    _evidences.Add((e.Id, keys[i], e.Evidences[i]));
                }
            }

            if (_order.Count >= FlushEvery)
            {
                Flush();
            }
        }

        public bool IsPending(string id) => _latest.ContainsKey(id);

        /// <summary>
        /// Whether a pending event would be among the store's answer to <paramref name="query"/> once flushed;
        /// with <paramref name="importedToo"/> false, only a pending curated or extracted event counts.
        /// </summary>
        public bool MayAnswer(EventQuery query, bool importedToo = true)
        {
            if (_order.Count == 0)
            {
                return false;
            }

            if (query.Actor is null || query.Partner is null || query.Origin is EventOrigin.Extracted)
            {
                return true;
            }

            return _byPair.TryGetValue(PairQueryMatch.PairKey(query.Actor, query.Partner), out var ids)
                && ids.Any(id => (importedToo || _latest[id].Origin != EventOrigin.Imported) && PairQueryMatch.Matches(_latest[id], query));
        }

        /// <summary>Sends the pending writes to the store (inside the import's transaction).</summary>
        public void Flush()
        {
            if (_order.Count == 0)
            {
                return;
            }

            StageEvents();
            StageEvidences();

            // Only new rows count towards the rebuild: a re-import changes no index entry, so rebuilding every
            // index for it would be pure loss.
            if (!_indexesSuspended)
            {
                _newRows += _store.Scalar<long>("SELECT count(*) FROM temp.import_events s WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = s.id)", _tx);
                if (_newRows >= Math.Max(FlushEvery, _storedAtStart / 2))
                {
                    SuspendIndexes();
                }
            }

            // Once the indexes are suspended, the counts are built again whole before the commit (RebuildCounts):
            // applying each batch would insert its count rows into random places of a B-tree that outgrows the cache.
            if (CountsHere && !_indexesSuspended)
            {
                ApplyCounts();
            }

            _store.Execute($"""
                INSERT INTO events ({StoredRows.EventColumns}, date_start, date_end)
                SELECT {StoredRows.EventColumns}, date_start, date_end FROM temp.import_events WHERE true ORDER BY seq
                ON CONFLICT(id) DO UPDATE SET
                    source = excluded.source, source_role = excluded.source_role, target = excluded.target, target_role = excluded.target_role,
                    cameo = excluded.cameo, date = excluded.date, location = excluded.location, origin = excluded.origin,
                    confidence = excluded.confidence, kind = excluded.kind, title = excluded.title,
                    date_start = excluded.date_start, date_end = excluded.date_end
                WHERE source IS NOT excluded.source OR source_role IS NOT excluded.source_role OR target IS NOT excluded.target
                   OR target_role IS NOT excluded.target_role OR cameo IS NOT excluded.cameo OR date IS NOT excluded.date
                   OR location IS NOT excluded.location OR origin IS NOT excluded.origin OR confidence IS NOT excluded.confidence
                   OR kind IS NOT excluded.kind OR title IS NOT excluded.title OR date_start IS NOT excluded.date_start OR date_end IS NOT excluded.date_end;
                INSERT INTO evidences (event_id, key, document_id, start, "end", sentence, source_url)
                SELECT event_id, key, document_id, start, "end", sentence, source_url FROM temp.import_evidences WHERE true ORDER BY seq
                ON CONFLICT(event_id, key) DO UPDATE SET sentence = excluded.sentence, source_url = excluded.source_url
                WHERE sentence IS NOT excluded.sentence OR source_url IS NOT excluded.source_url;
                DELETE FROM temp.import_events;
                DELETE FROM temp.import_evidences;
                """, _tx);
            _order.Clear();
            _latest.Clear();
            _byPair.Clear();
            _evidences.Clear();
            _evidenceAt.Clear();
        }

        /// <summary>Flushes, then builds the suspended indexes and creates the suspended triggers again: the store as the schema has it, ready to commit.</summary>
        public void Finish()
        {
            Flush();
            if (CountsHere && _indexesSuspended)
            {
                RebuildCounts();
            }

            foreach (var (_, sql) in _suspendedIndexes)
            {
                _store.Execute(sql, _tx);
            }

            foreach (var (_, sql) in _suspendedTriggers)
            {
                _store.Execute(sql, _tx);
            }

            _suspendedIndexes.Clear();
            _suspendedTriggers.Clear();
        }

        /// <summary>
        /// Builds events_dyad again now if it is suspended, for a read that searches it by name (a pair's
        /// lookup in <see cref="SqliteEventStore.QueryEvents"/>); it is then kept, and kept up to date row by row.
        /// </summary>
        public void RestoreDyadIndex()
        {
            _dyadSearched = true;
            var at = _suspendedIndexes.FindIndex(i => i.Name == "events_dyad");
            if (at >= 0)
            {
                Flush();
                _store.Execute(_suspendedIndexes[at].Sql, _tx);
                _suspendedIndexes.RemoveAt(at);
            }
        }

        public void Dispose()
        {
            _stageEvents.Dispose();
            _stageEvent.Dispose();
            _stageEvidences.Dispose();
            _stageEvidence.Dispose();
        }

        private void AddToPair(Event e)
        {
            var pair = PairQueryMatch.PairKey(e.Source.Code, e.Target.Code);
            if (!_byPair.TryGetValue(pair, out var ids))
            {
                _byPair[pair] = ids = [];
            }

            ids.Add(e.Id);
        }

        private void SuspendCountTriggers()
        {
            var triggers = Definitions("trigger", "events");
            if (triggers.Select(t => t.Name).Order(StringComparer.Ordinal).SequenceEqual(CountTriggerNames))
            {
                foreach (var (name, sql) in triggers)
                {
                    _store.Execute($"DROP TRIGGER \"{name}\"", _tx);
                    _suspendedTriggers.Add((name, sql));
                }
            }
        }

        private void SuspendIndexes()
        {
            _indexesSuspended = true;
            foreach (var table in (string[])["events", "evidences", "dyad_day_counts"])
            {
                foreach (var (name, sql) in Definitions("index", table))
                {
                    // events_merge_targets stays: the merge lookups search it, and imported rows are not in it.
                    if (name is "events_merge_targets" || (name is "events_dyad" && _dyadSearched))
                    {
                        continue;
                    }

                    _store.Execute($"DROP INDEX \"{name}\"", _tx);
                    _suspendedIndexes.Add((name, sql));
                }
            }
        }

        // The schema's own definitions (sql is null for the indexes of primary keys and unique constraints).
        private List<(string Name, string Sql)> Definitions(string type, string table)
        {
            using var cmd = _store.Command("SELECT name, sql FROM sqlite_master WHERE type = $type AND tbl_name = $table AND sql IS NOT NULL ORDER BY name", _tx);
            cmd.Parameters.AddWithValue("$type", type);
            cmd.Parameters.AddWithValue("$table", table);
            using var r = cmd.ExecuteReader();
            var found = new List<(string, string)>();
            while (r.Read())
            {
                found.Add((r.GetString(0), r.GetString(1)));
            }

            return found;
        }

        // The counts as migration 4 builds them, from every stored event, grouped in the table's key order so
        // each row is appended: one sort instead of a random B-tree write per new row. The table's target index
        // is suspended meanwhile and built after. The year counts follow the day counts through row triggers,
        // which would fire twice per row here; when the schema's triggers are the known ones they are suspended
        // too and the year counts are built again from the day counts by one grouped statement.
        private void RebuildCounts()
        {
            var yearTriggers = Definitions("trigger", "dyad_day_counts");
            var rebuildYears = yearTriggers.Select(t => t.Name).Order(StringComparer.Ordinal).SequenceEqual(DyadYearCountSql.SqliteTriggerNames);
            if (rebuildYears)
            {
                foreach (var (name, sql) in yearTriggers)
                {
                    _store.Execute($"DROP TRIGGER \"{name}\"", _tx);
                    _suspendedTriggers.Add((name, sql));
                }
            }

            RebuildDayCounts();
            if (rebuildYears)
            {
                _store.Execute("DELETE FROM dyad_year_counts;\n" + DyadYearCountSql.SqliteFill(), _tx);
            }
        }

        private void RebuildDayCounts() => _store.Execute("""
            DELETE FROM dyad_day_counts;
            INSERT INTO dyad_day_counts (source, target, date, date_start, date_end, cameo, kind, source_role, target_role, events)
            SELECT source, target, coalesce(date, ''), min(date_start), min(date_end), cameo, coalesce(kind, ''), coalesce(source_role, ''), coalesce(target_role, ''), count(*)
            FROM events
            GROUP BY source, target, coalesce(date, ''), cameo, coalesce(kind, ''), coalesce(source_role, ''), coalesce(target_role, '');
            """, _tx);

        private void ApplyCounts()
        {
            // Events that leave a row: stored ids whose counted columns change. Rare (a re-import of corrected
            // rows), so each row is taken down with the triggers' own two statements.
            var leaving = new List<object[]>();
            using (var cmd = _store.Command($"""
                SELECT e.source, e.target, coalesce(e.date, ''), e.cameo, coalesce(e.kind, ''), coalesce(e.source_role, ''), coalesce(e.target_role, ''), count(*)
                FROM temp.import_events s JOIN events e ON e.id = s.id
                WHERE {CountedColumnsChange}
                GROUP BY 1, 2, 3, 4, 5, 6, 7
                """, _tx))
            using (var r = cmd.ExecuteReader())
            {
                while (r.Read())
                {
                    var row = new object[8];
                    r.GetValues(row);
                    leaving.Add(row);
                }
            }

            if (leaving.Count > 0)
            {
                const string Key = "source = $s AND target = $t AND date = $d AND cameo = $c AND kind = $k AND source_role = $sr AND target_role = $tr";
                using var cmd = _store.Command($"DELETE FROM dyad_day_counts WHERE {Key} AND events <= $n; UPDATE dyad_day_counts SET events = events - $n WHERE {Key} AND events > $n;", _tx);
                string[] names = ["$s", "$t", "$d", "$c", "$k", "$sr", "$tr", "$n"];
                var p = names.Select(n => cmd.Parameters.Add(n, SqliteType.Text)).ToArray();
                p[7].SqliteType = SqliteType.Integer;
                foreach (var row in leaving)
                {
                    for (var i = 0; i < p.Length; i++)
                    {
                        p[i].Value = row[i];
                    }

                    cmd.ExecuteNonQuery();
                }
            }

            // Events that join a row: new ids, and stored ids whose counted columns change. Grouped, so each
            // row is written once per batch, in key order.
            _store.Execute($"""
                INSERT INTO dyad_day_counts (source, target, date, date_start, date_end, cameo, kind, source_role, target_role, events)
                SELECT s.source, s.target, coalesce(s.date, ''), min(s.date_start), min(s.date_end), s.cameo, coalesce(s.kind, ''), coalesce(s.source_role, ''), coalesce(s.target_role, ''), count(*)
                FROM temp.import_events s LEFT JOIN events e ON e.id = s.id
                WHERE e.id IS NULL OR {CountedColumnsChange}
                GROUP BY s.source, s.target, coalesce(s.date, ''), s.cameo, coalesce(s.kind, ''), coalesce(s.source_role, ''), coalesce(s.target_role, '')
                ON CONFLICT (source, target, date, cameo, kind, source_role, target_role) DO UPDATE SET events = events + excluded.events
                """, _tx);
        }

        private void StageEvents()
        {
            var seq = 0;
            var i = 0;
            for (; i + RowsPerInsert <= _order.Count; i += RowsPerInsert)
            {
                for (var r = 0; r < RowsPerInsert; r++)
                {
                    BindEvent(_stageEvents, r * 15, seq++, _latest[_order[i + r]]);
                }

                _stageEvents.Run();
            }

            for (; i < _order.Count; i++)
            {
                BindEvent(_stageEvent, 0, seq++, _latest[_order[i]]);
                _stageEvent.Run();
            }
        }

        private void StageEvidences()
        {
            var seq = 0;
            var i = 0;
            for (; i + RowsPerInsert <= _evidences.Count; i += RowsPerInsert)
            {
                for (var r = 0; r < RowsPerInsert; r++)
                {
                    BindEvidence(_stageEvidences, r * 8, seq++, _evidences[i + r]);
                }

                _stageEvidences.Run();
            }

            for (; i < _evidences.Count; i++)
            {
                BindEvidence(_stageEvidence, 0, seq++, _evidences[i]);
                _stageEvidence.Run();
            }
        }

        private static void BindEvent(StagingInsert p, int at, long seq, Event e)
        {
            p.Bind(at, seq);
            p.Bind(at + 1, e.Id);
            p.Bind(at + 2, e.Source.Code);
            p.Bind(at + 3, e.Source.Role?.ToName());
            p.Bind(at + 4, e.Target.Code);
            p.Bind(at + 5, e.Target.Role?.ToName());
            p.Bind(at + 6, e.Cameo.Value);
            p.Bind(at + 7, e.Date?.ToString());
            p.Bind(at + 8, e.Location);
            p.Bind(at + 9, e.Origin.ToName());
            p.Bind(at + 10, e.Confidence);
            p.Bind(at + 11, e.Kind?.ToName());
            p.Bind(at + 12, e.Title);
            p.Bind(at + 13, DayKey(e.Date?.Earliest ?? DateOnly.MinValue));
            p.Bind(at + 14, DayKey(e.Date?.Latest ?? DateOnly.MaxValue));
        }

        private static void BindEvidence(StagingInsert p, int at, long seq, (string EventId, string Key, Evidence Evidence) row)
        {
            p.Bind(at, seq);
            p.Bind(at + 1, row.EventId);
            p.Bind(at + 2, row.Key);
            if (row.Evidence is DocumentEvidence d)
            {
                p.Bind(at + 3, d.DocumentId);
                p.Bind(at + 4, d.Start);
                p.Bind(at + 5, d.End);
            }
            else
            {
                p.Bind(at + 3, null);
                p.Bind(at + 4, null);
                p.Bind(at + 5, null);
            }

            p.Bind(at + 6, row.Evidence.Text);
            p.Bind(at + 7, row.Evidence.Url);
        }
    }
}
