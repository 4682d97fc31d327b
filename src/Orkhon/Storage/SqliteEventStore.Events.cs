using Microsoft.Data.Sqlite;
using Orkhon.Domain;

namespace Orkhon.Storage;

public sealed partial class SqliteEventStore
{
    public void UpsertEvents(IReadOnlyList<Event> events) => _ = Guarded(() =>
    {
        ArgumentNullException.ThrowIfNull(events);
        using var tx = _connection.BeginTransaction(deferred: false);
        WriteEvents(events, tx);
        tx.Commit();
        return events.Count;
    });

    public SyncOutcome SyncCuratedEvents(IReadOnlyList<Event> events, string version) => Guarded(() =>
    {
        ArgumentNullException.ThrowIfNull(events);

        // Looked at first without a transaction: the usual answer is "up to date", and a reader must not
        // take the write lock (or fail on a read-only file) just to learn that.
        if (GetKnowledgeBaseVersion() == version)
        {
            return new SyncOutcome(false, 0, 0);
        }

        using var tx = _connection.BeginTransaction(deferred: false);
        using (var current = Command("SELECT value FROM meta WHERE key = 'kb_version'", tx))
        {
            // Another process may have loaded it while we waited for the lock.
            if (current.ExecuteScalar() is string stored && stored == version)
            {
                return new SyncOutcome(false, 0, 0);
            }
        }

        WriteEvents(events, tx);

        // Curated events that left the knowledge base go, unless a document now supports them too.
        var ids = IdListJson.Serialize(events.Select(e => e.Id));
        int removed;
        using (var delete = Command("""
            DELETE FROM events
            WHERE origin = 'curated'
              AND id NOT IN (SELECT value FROM json_each($ids))
              AND NOT EXISTS (SELECT 1 FROM evidences v WHERE v.event_id = events.id AND v.document_id IS NOT NULL)
            """, tx))
        {
            delete.Parameters.AddWithValue("$ids", ids);
            removed = delete.ExecuteNonQuery();
        }

        using (var meta = Command("INSERT INTO meta (key, value) VALUES ('kb_version', $v) ON CONFLICT(key) DO UPDATE SET value = excluded.value", tx))
        {
            meta.Parameters.AddWithValue("$v", version);
            meta.ExecuteNonQuery();
        }

        tx.Commit();
        return new SyncOutcome(true, events.Count, removed);
    });

    public Event? GetEvent(string id) => Guarded(() =>
    {
        using var cmd = Command($"SELECT {StoredRows.EventColumns} FROM events WHERE id = @id");
        cmd.Parameters.AddWithValue("@id", id);
        return ReadEvents(cmd).FirstOrDefault();
    });

    public IReadOnlyList<Event> QueryEvents(EventQuery query) => Guarded(() =>
    {
        ArgumentNullException.ThrowIfNull(query);
        // A pair's dated events of one CAMEO root (how a merge looks for the event a mention retells) are
        // read through events_dyad by name: without statistics SQLite's planner prefers the busier actor's
        // index and reads all its events, so an ingest would slow down as the store grows.
        var pairLookup = query is { Actor: not null, Partner: not null, CodePrefix.Length: >= 2 } && (query.From ?? query.To) is not null;
        using var cmd = Command("");
        EventQuerySql.PrepareListing(cmd, query, pairLookup ? "events INDEXED BY events_dyad" : "events", SqlDialect.Sqlite);
        return ReadEvents(cmd, query.WithEvidences);
    });

    public int CountEvents(EventQuery query) => ReadShared(cmd => EventQuerySql.Count(cmd, query, SqlDialect.Sqlite));

    public IReadOnlyList<ActorActivity> GetActorActivity() => Guarded(() =>
    {
        using var cmd = Command("""
            SELECT code, count(*), min(date), max(date)
            FROM (SELECT source AS code, date, date_start FROM events
                  UNION ALL
                  SELECT target, date, date_start FROM events WHERE target <> source)
            GROUP BY code
            ORDER BY count(*) DESC, code
            """);
        using var r = cmd.ExecuteReader();
        var list = new List<ActorActivity>();
        while (r.Read())
        {
            list.Add(new ActorActivity(r.GetString(0), r.GetInt32(1), StoredRows.NullableString(r, 2), StoredRows.NullableString(r, 3)));
        }

        return list;
    });

    private static string DayKey(DateOnly day) => (string)SqlDialect.Sqlite.Day(day);

    private void WriteEvents(IReadOnlyList<Event> events, SqliteTransaction tx)
    {
        using var writer = new EventRowWriter(this, tx);
        foreach (var e in events)
        {
            writer.Write(e);
        }
    }

    private List<Event> ReadEvents(SqliteCommand cmd, bool withEvidences = true)
    {
        List<Event> events;
        using (var r = cmd.ExecuteReader())
        {
            events = StoredRows.Events(r);
        }

        return withEvidences && events.Count > 0 ? StoredRows.WithEvidences(events, ReadEvidences(events.Select(e => e.Id))) : events;
    }

    private Dictionary<string, List<Evidence>> ReadEvidences(IEnumerable<string> eventIds)
    {
        // SQLite has no array parameter: the ids travel as one JSON array.
        using var cmd = Command($"""
            SELECT {StoredRows.EvidenceColumns}
            FROM evidences
            WHERE event_id IN (SELECT value FROM json_each(@ids))
            ORDER BY event_id, id
            """);
        cmd.Parameters.AddWithValue("@ids", IdListJson.Serialize(eventIds));
        using var r = cmd.ExecuteReader();
        return StoredRows.EvidencesByEvent(r);
    }
}
