using Npgsql;
using Orkhon.Domain;

namespace Orkhon.Storage;

public sealed partial class PostgresEventStore
{
    public void UpsertEvents(IReadOnlyList<Event> events) => _ = Guarded(() =>
    {
        ArgumentNullException.ThrowIfNull(events);
        using var tx = BeginWrite();
        using (var writer = new StagedEventWriter(this))
        {
            writer.WriteAll(events);
            writer.Flush();
        }

        tx.Commit();
        return events.Count;
    });

    public SyncOutcome SyncCuratedEvents(IReadOnlyList<Event> events, string version) => Guarded(() =>
    {
        ArgumentNullException.ThrowIfNull(events);

        // Looked at first without the lock: the usual answer is "up to date", and a reader must not queue
        // behind a writer just to learn that.
        if (GetKnowledgeBaseVersion() == version)
        {
            return new SyncOutcome(false, 0, 0);
        }

        using var tx = BeginWrite();
        if (GetKnowledgeBaseVersion() == version)
        {
            // Another process loaded it while we waited for the lock.
            return new SyncOutcome(false, 0, 0);
        }

        using (var writer = new StagedEventWriter(this))
        {
            writer.WriteAll(events);
            writer.Flush();
        }

        // Curated events that left the knowledge base go, unless a document now supports them too.
        int removed;
        using (var delete = Command("""
            DELETE FROM events
            WHERE origin = 'curated'
              AND id <> ALL (@ids)
              AND NOT EXISTS (SELECT 1 FROM evidences v WHERE v.event_id = events.id AND v.document_id IS NOT NULL)
            """))
        {
            delete.Parameters.AddWithValue("ids", events.Select(e => e.Id).ToArray());
            removed = delete.ExecuteNonQuery();
        }

        using (var meta = Command("INSERT INTO meta (key, value) VALUES ('kb_version', @v) ON CONFLICT (key) DO UPDATE SET value = excluded.value"))
        {
            meta.Parameters.AddWithValue("v", version);
            meta.ExecuteNonQuery();
        }

        tx.Commit();
        return new SyncOutcome(true, events.Count, removed);
    });

    public Event? GetEvent(string id) => Guarded(() =>
    {
        using var cmd = Command($"SELECT {StoredRows.EventColumns} FROM events WHERE id = @id");
        cmd.Parameters.AddWithValue("id", id);
        return ReadEvents(cmd).FirstOrDefault();
    });

    public IReadOnlyList<Event> QueryEvents(EventQuery query) => Guarded(() =>
    {
        ArgumentNullException.ThrowIfNull(query);
        using var cmd = Command("");
        EventQuerySql.PrepareListing(cmd, query, "events", SqlDialect.Postgres);
        return ReadEvents(cmd, query.WithEvidences);
    });

    public int CountEvents(EventQuery query) => ReadShared(cmd => EventQuerySql.Count(cmd, query, SqlDialect.Postgres));

    public IReadOnlyList<ActorActivity> GetActorActivity() => Guarded(() =>
    {
        using var cmd = Command("""
            SELECT code, count(*)::int, min(date), max(date)
            FROM (SELECT source AS code, date FROM events
                  UNION ALL
                  SELECT target, date FROM events WHERE target <> source) a
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

    private List<Event> ReadEvents(NpgsqlCommand cmd, bool withEvidences = true)
    {
        List<Event> events;
        using (var r = cmd.ExecuteReader())
        {
            events = StoredRows.Events(r);
        }

        return withEvidences && events.Count > 0 ? StoredRows.WithEvidences(events, ReadEvidences(events.Select(e => e.Id).ToArray())) : events;
    }

    private Dictionary<string, List<Evidence>> ReadEvidences(string[] eventIds)
    {
        // PostgreSQL takes the ids as one array parameter.
        using var cmd = Command($"""
            SELECT {StoredRows.EvidenceColumns}
            FROM evidences
            WHERE event_id = ANY (@ids)
            ORDER BY event_id, id
            """);
        cmd.Parameters.AddWithValue("ids", eventIds);
        using var r = cmd.ExecuteReader();
        return StoredRows.EvidencesByEvent(r);
    }
}
