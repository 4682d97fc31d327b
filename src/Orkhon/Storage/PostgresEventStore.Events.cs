using System.Text;
using Npgsql;
using NpgsqlTypes;
using Orkhon.Domain;

namespace Orkhon.Storage;

public sealed partial class PostgresEventStore
{
    private const string EventColumns = "id, source, source_role, target, target_role, cameo, date, location, origin, confidence, kind, title";

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
        using var cmd = Command($"SELECT {EventColumns} FROM events WHERE id = @id");
        cmd.Parameters.AddWithValue("id", id);
        return ReadEvents(cmd).FirstOrDefault();
    });

    public IReadOnlyList<Event> QueryEvents(EventQuery query) => Guarded(() =>
    {
        ArgumentNullException.ThrowIfNull(query);
        var sql = new StringBuilder($"SELECT {EventColumns} FROM events WHERE true");
        using var cmd = Command("");
        AppendFilters(sql, cmd, query);
        var direction = query.Descending ? "DESC" : "ASC";
        sql.Append($" ORDER BY date_start {direction}, date_end {direction}, id {direction} LIMIT @limit OFFSET @offset");
        // LIMIT NULL is LIMIT ALL.
        cmd.Parameters.Add(new NpgsqlParameter("limit", NpgsqlDbType.Integer) { Value = (object?)query.Limit ?? DBNull.Value });
        cmd.Parameters.AddWithValue("offset", Math.Max(0, query.Offset));
        cmd.CommandText = sql.ToString();
        return ReadEvents(cmd, query.WithEvidences);
    });

    public int CountEvents(EventQuery query) => Guarded(() =>
    {
        ArgumentNullException.ThrowIfNull(query);
        var sql = new StringBuilder("SELECT count(*)::int FROM events WHERE true");
        using var cmd = Command("");
        AppendFilters(sql, cmd, query);
        cmd.CommandText = sql.ToString();
        return (int)cmd.ExecuteScalar()!;
    });

    /// <summary>The WHERE conditions of <paramref name="query"/>, shared by listing and counting; the same conditions as SQLite's, which <see cref="StagedEventWriter"/> also applies to staged rows.</summary>
    private static void AppendFilters(StringBuilder sql, NpgsqlCommand cmd, EventQuery query)
    {
        if (query.Actor is { } actor && query.Partner is { } partner)
        {
            sql.Append(" AND source IN (@actor, @partner) AND target IN (@actor, @partner) AND (source <> target OR @actor = @partner)");
            cmd.Parameters.AddWithValue("actor", actor);
            cmd.Parameters.AddWithValue("partner", partner);
        }
        else if ((query.Actor ?? query.Partner) is { } either)
        {
            sql.Append(" AND (source = @actor OR target = @actor)");
            cmd.Parameters.AddWithValue("actor", either);
        }

        if (query.Source is { } source)
        {
            sql.Append(" AND source = @source");
            cmd.Parameters.AddWithValue("source", source);
        }

        if (query.Target is { } target)
        {
            sql.Append(" AND target = @target");
            cmd.Parameters.AddWithValue("target", target);
        }

        if (query.From is not null || query.To is not null)
        {
            // An undated event is in no date range.
            sql.Append(" AND date IS NOT NULL");
        }

        if (query.From is { } from)
        {
            sql.Append(" AND date_end >= @from");
            cmd.Parameters.AddWithValue("from", from.Earliest);
        }

        if (query.To is { } to)
        {
            sql.Append(" AND date_start <= @to");
            cmd.Parameters.AddWithValue("to", to.Latest);
        }

        if (query.CodePrefix is { Length: > 0 } prefix)
        {
            // starts_with instead of LIKE: a prefix containing % or _ must not act as a pattern.
            sql.Append(" AND starts_with(cameo, @code)");
            cmd.Parameters.AddWithValue("code", prefix);
            if (prefix.Length >= 2)
            {
                // The same condition in the indexed column's terms, so a pair's lookup can use events_dyad.
                sql.Append(" AND root = @root");
                cmd.Parameters.AddWithValue("root", prefix[..2]);
            }
        }

        if (query.Origin is EventOrigin.Extracted)
        {
            sql.Append(" AND (origin = 'extracted' OR EXISTS (SELECT 1 FROM evidences v WHERE v.event_id = events.id AND v.document_id IS NOT NULL))");
        }
        else if (query.Origin is { } origin)
        {
            sql.Append(" AND origin = @origin");
            cmd.Parameters.AddWithValue("origin", origin.ToName());
        }
    }

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
            list.Add(new ActorActivity(r.GetString(0), r.GetInt32(1), NullableString(r, 2), NullableString(r, 3)));
        }

        return list;
    });

    private List<Event> ReadEvents(NpgsqlCommand cmd, bool withEvidences = true)
    {
        var rows = new List<Event>();
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                rows.Add(new Event(
                    r.GetString(0),
                    new ActorRef(r.GetString(1), StoredValues.Role(NullableString(r, 2))),
                    new ActorRef(r.GetString(3), StoredValues.Role(NullableString(r, 4))),
                    StoredValues.Cameo(r.GetString(5)),
                    r.IsDBNull(6) ? null : FuzzyDate.Parse(r.GetString(6)),
                    NullableString(r, 7),
                    StoredValues.Origin(r.GetString(8)),
                    r.GetDouble(9),
                    [],
                    StoredValues.Kind(NullableString(r, 10)),
                    NullableString(r, 11)));
            }
        }

        if (!withEvidences || rows.Count == 0)
        {
            return rows;
        }

        var evidences = ReadEvidences(rows.Select(e => e.Id).ToArray());
        return rows.Select(e => evidences.TryGetValue(e.Id, out var list) ? e with { Evidences = list } : e).ToList();
    }

    private Dictionary<string, List<Evidence>> ReadEvidences(string[] eventIds)
    {
        using var cmd = Command("""
            SELECT event_id, document_id, start, "end", sentence, source_url
            FROM evidences
            WHERE event_id = ANY (@ids)
            ORDER BY event_id, id
            """);
        cmd.Parameters.AddWithValue("ids", eventIds);
        using var r = cmd.ExecuteReader();
        var map = new Dictionary<string, List<Evidence>>(StringComparer.Ordinal);
        while (r.Read())
        {
            var id = r.GetString(0);
            if (!map.TryGetValue(id, out var list))
            {
                map[id] = list = [];
            }

            list.Add(ReadEvidence(r));
        }

        return map;
    }

    // A row is one of the two cases: a document's sentence (document, span and sentence all set) or a
    // cited source (a URL and no document); anything else was not written by this store.
    private static Evidence ReadEvidence(NpgsqlDataReader r)
    {
        var url = NullableString(r, 5);
        if (NullableString(r, 1) is { } document)
        {
            return !r.IsDBNull(2) && !r.IsDBNull(3) && NullableString(r, 4) is { } sentence
                ? new DocumentEvidence(document, r.GetInt32(2), r.GetInt32(3), sentence, url)
                : throw new InvalidDataException($"evidence of event '{r.GetString(0)}' names document '{document}' without its sentence and span in the database");
        }

        return url is not null
            ? new SourceEvidence(url, NullableString(r, 4))
            : throw new InvalidDataException($"evidence of event '{r.GetString(0)}' has neither a document nor a source URL in the database");
    }
}
