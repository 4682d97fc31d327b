using System.Globalization;
using Microsoft.Data.Sqlite;
using Orkhon.Domain;

namespace Orkhon.Storage;

public sealed partial class SqliteEventStore
{
    /// <summary>
    /// Upserts events and their evidences inside one transaction with commands prepared once, so a writer
    /// that streams (an import) costs two statement executions per event, not two preparations.
    /// </summary>
    private sealed class EventRowWriter : IDisposable
    {
        private readonly SqliteCommand _upsert;
        private readonly SqliteCommand _evidence;
        private readonly SqliteParameter[] _p;
        private readonly SqliteParameter[] _q;

        public EventRowWriter(SqliteEventStore store, SqliteTransaction tx)
        {
            _upsert = store.Command($"""
                INSERT INTO events ({StoredRows.EventColumns}, date_start, date_end)
                VALUES ($id, $source, $source_role, $target, $target_role, $cameo, $date, $location, $origin, $confidence, $kind, $title, $start, $end)
                ON CONFLICT(id) DO UPDATE SET
                    source = excluded.source, source_role = excluded.source_role, target = excluded.target, target_role = excluded.target_role,
                    cameo = excluded.cameo, date = excluded.date, location = excluded.location, origin = excluded.origin,
                    confidence = excluded.confidence, kind = excluded.kind, title = excluded.title,
                    date_start = excluded.date_start, date_end = excluded.date_end
                """, tx);
            string[] names = ["$id", "$source", "$source_role", "$target", "$target_role", "$cameo", "$date", "$location", "$origin", "$confidence", "$kind", "$title", "$start", "$end"];
            _p = [.. names.Select(n => _upsert.Parameters.Add(n, SqliteType.Text))];
            _p[9].SqliteType = SqliteType.Real;
            _upsert.Prepare();

            _evidence = store.Command("""
                INSERT INTO evidences (event_id, key, document_id, start, "end", sentence, source_url)
                VALUES ($event, $key, $doc, $start, $end, $sentence, $url)
                ON CONFLICT(event_id, key) DO UPDATE SET sentence = excluded.sentence, source_url = excluded.source_url
                """, tx);
            string[] evidenceNames = ["$event", "$key", "$doc", "$start", "$end", "$sentence", "$url"];
            _q = [.. evidenceNames.Select(n => _evidence.Parameters.Add(n, SqliteType.Text))];
            _evidence.Prepare();
        }

        public void Write(Event e)
        {
            var p = _p;
            p[0].Value = e.Id;
            p[1].Value = e.Source.Code;
            p[2].Value = (object?)e.Source.Role?.ToName() ?? DBNull.Value;
            p[3].Value = e.Target.Code;
            p[4].Value = (object?)e.Target.Role?.ToName() ?? DBNull.Value;
            p[5].Value = e.Cameo.Value;
            p[6].Value = (object?)e.Date?.ToString() ?? DBNull.Value;
            p[7].Value = (object?)e.Location ?? DBNull.Value;
            p[8].Value = e.Origin.ToName();
            p[9].Value = e.Confidence;
            p[10].Value = (object?)e.Kind?.ToName() ?? DBNull.Value;
            p[11].Value = (object?)e.Title ?? DBNull.Value;
            p[12].Value = DayKey(e.Date?.Earliest ?? DateOnly.MinValue);
            p[13].Value = DayKey(e.Date?.Latest ?? DateOnly.MaxValue);
            _upsert.ExecuteNonQuery();

            var q = _q;
            foreach (var v in e.Evidences)
            {
                q[0].Value = e.Id;
                switch (v)
                {
                    case DocumentEvidence d:
                        q[1].Value = string.Create(CultureInfo.InvariantCulture, $"doc:{d.DocumentId}:{d.Start}:{d.End}");
                        q[2].Value = d.DocumentId;
                        q[3].Value = d.Start;
                        q[4].Value = d.End;
                        break;
                    case SourceEvidence s:
                        q[1].Value = "url:" + s.Url;
                        q[2].Value = q[3].Value = q[4].Value = DBNull.Value;
                        break;
                    default:
                        throw new ArgumentException($"unknown evidence type {v.GetType().Name}", nameof(e));
                }

                q[5].Value = (object?)v.Text ?? DBNull.Value;
                q[6].Value = (object?)v.Url ?? DBNull.Value;
                _evidence.ExecuteNonQuery();
            }
        }

        public void Dispose()
        {
            _upsert.Dispose();
            _evidence.Dispose();
        }
    }
}
