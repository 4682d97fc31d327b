using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Orkhon.Domain;

namespace Orkhon.Storage;

public sealed partial class SqliteEventStore
{
    private const string EventColumns = "id, source, source_role, target, target_role, cameo, date, location, origin, confidence, kind, title";

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
        var ids = JsonSerializer.Serialize(events.Select(e => e.Id));
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
        using var cmd = Command($"SELECT {EventColumns} FROM events WHERE id = $id");
        cmd.Parameters.AddWithValue("$id", id);
        return ReadEvents(cmd).FirstOrDefault();
    });

    public IReadOnlyList<Event> QueryEvents(EventQuery query) => Guarded(() =>
    {
        ArgumentNullException.ThrowIfNull(query);
        // A pair's dated events of one CAMEO root (how a merge looks for the event a mention retells) are
        // read through events_dyad by name: without statistics SQLite's planner prefers the busier actor's
        // index and reads all its events, so an ingest would slow down as the store grows.
        var pairLookup = query is { Actor: not null, Partner: not null, CodePrefix.Length: >= 2 } && (query.From ?? query.To) is not null;
        var sql = new StringBuilder($"SELECT {EventColumns} FROM events{(pairLookup ? " INDEXED BY events_dyad" : "")} WHERE 1 = 1");
        using var cmd = Command("");
        AppendFilters(sql, cmd, query);
        var direction = query.Descending ? "DESC" : "ASC";
        sql.Append(CultureInfo.InvariantCulture, $" ORDER BY date_start {direction}, date_end {direction}, id {direction}");
        sql.Append(" LIMIT $limit OFFSET $offset");
        cmd.Parameters.AddWithValue("$limit", query.Limit ?? -1);
        cmd.Parameters.AddWithValue("$offset", Math.Max(0, query.Offset));
        cmd.CommandText = sql.ToString();
        return ReadEvents(cmd, query.WithEvidences);
    });

    public int CountEvents(EventQuery query) => Guarded(() =>
    {
        ArgumentNullException.ThrowIfNull(query);
        var sql = new StringBuilder("SELECT count(*) FROM events WHERE 1 = 1");
        using var cmd = Command("");
        AppendFilters(sql, cmd, query);
        cmd.CommandText = sql.ToString();
        return Convert.ToInt32(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    });

    /// <summary>The WHERE conditions of <paramref name="query"/> (all but its order, limit and offset), shared by listing and counting so the two cannot disagree.</summary>
    private static void AppendFilters(StringBuilder sql, SqliteCommand cmd, EventQuery query)
    {
        if (query.Actor is { } actor && query.Partner is { } partner)
        {
            // Either direction, written with IN so that one index serves both.
            sql.Append(" AND source IN ($actor, $partner) AND target IN ($actor, $partner) AND (source <> target OR $actor = $partner)");
            cmd.Parameters.AddWithValue("$actor", actor);
            cmd.Parameters.AddWithValue("$partner", partner);
        }
        else if ((query.Actor ?? query.Partner) is { } either)
        {
            sql.Append(" AND (source = $actor OR target = $actor)");
            cmd.Parameters.AddWithValue("$actor", either);
        }

        if (query.Source is { } source)
        {
            sql.Append(" AND source = $source");
            cmd.Parameters.AddWithValue("$source", source);
        }

        if (query.Target is { } target)
        {
            sql.Append(" AND target = $target");
            cmd.Parameters.AddWithValue("$target", target);
        }

        if (query.From is not null || query.To is not null)
        {
            // An undated event is in no date range.
            sql.Append(" AND date IS NOT NULL");
        }

        if (query.From is { } from)
        {
            sql.Append(" AND date_end >= $from");
            cmd.Parameters.AddWithValue("$from", DayKey(from.Earliest));
        }

        if (query.To is { } to)
        {
            sql.Append(" AND date_start <= $to");
            cmd.Parameters.AddWithValue("$to", DayKey(to.Latest));
        }

        if (query.CodePrefix is { Length: > 0 } prefix)
        {
            // substr instead of LIKE: a prefix containing % or _ must not act as a pattern.
            sql.Append(" AND substr(cameo, 1, length($code)) = $code");
            cmd.Parameters.AddWithValue("$code", prefix);
            if (prefix.Length >= 2)
            {
                // The same condition in the indexed column's terms, so a pair's lookup can use events_dyad.
                sql.Append(" AND root = $root");
                cmd.Parameters.AddWithValue("$root", prefix[..2]);
            }
        }

        if (query.Origin is EventOrigin.Extracted)
        {
            // Extracted = found in a document: a curated event that an article confirmed counts too.
            sql.Append(" AND (origin = 'extracted' OR EXISTS (SELECT 1 FROM evidences v WHERE v.event_id = events.id AND v.document_id IS NOT NULL))");
        }
        else if (query.Origin is { } origin)
        {
            sql.Append(" AND origin = $origin");
            cmd.Parameters.AddWithValue("$origin", origin.ToName());
        }
    }

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
            list.Add(new ActorActivity(r.GetString(0), r.GetInt32(1), NullableString(r, 2), NullableString(r, 3)));
        }

        return list;
    });

    private static EventOrigin ParseOrigin(string text) =>
        EventOrigins.TryParse(text, out var origin) ? origin : throw new InvalidDataException($"unknown event origin '{text}' in the database");

    private static string DayKey(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

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
        var rows = new List<(string Id, ActorRef Source, ActorRef Target, CameoCode Cameo, FuzzyDate? Date, string? Location, EventOrigin Origin, double Confidence, EventKind? Kind, string? Title)>();
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                rows.Add((
                    r.GetString(0),
                    new ActorRef(r.GetString(1), ParseRole(NullableString(r, 2))),
                    new ActorRef(r.GetString(3), ParseRole(NullableString(r, 4))),
                    ParseCameo(r.GetString(5)),
                    r.IsDBNull(6) ? null : FuzzyDate.Parse(r.GetString(6)),
                    NullableString(r, 7),
                    ParseOrigin(r.GetString(8)),
                    r.GetDouble(9),
                    ParseKind(NullableString(r, 10)),
                    NullableString(r, 11)));
            }
        }

        var evidences = withEvidences ? ReadEvidences(rows.Select(row => row.Id)) : new Dictionary<string, List<Evidence>>(StringComparer.Ordinal);
        return rows.Select(row => new Event(row.Id, row.Source, row.Target, row.Cameo, row.Date, row.Location, row.Origin, row.Confidence,
            evidences.TryGetValue(row.Id, out var list) ? list : [], row.Kind, row.Title)).ToList();
    }

    private Dictionary<string, List<Evidence>> ReadEvidences(IEnumerable<string> eventIds)
    {
        using var cmd = Command("""
            SELECT event_id, document_id, start, "end", sentence, source_url
            FROM evidences
            WHERE event_id IN (SELECT value FROM json_each($ids))
            ORDER BY event_id, id
            """);
        cmd.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(eventIds));
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
    private static Evidence ReadEvidence(SqliteDataReader r)
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

    private static CameoCode ParseCameo(string text) =>
        CameoCode.TryParse(text, out var code) ? code : throw new InvalidDataException($"'{text}' in the database is not a CAMEO code");

    private static EventKind? ParseKind(string? text) =>
        text is null ? null : EventKinds.TryParse(text, out var kind) ? kind : throw new InvalidDataException($"unknown event kind '{text}' in the database");

    private static ActorRole? ParseRole(string? text) => ActorRoles.TryParse(text, out var role) ? role : null;
}
