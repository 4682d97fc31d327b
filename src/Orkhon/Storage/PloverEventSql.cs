using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Orkhon.Domain;

namespace Orkhon.Storage;

/// <summary>
/// The SQL of the <c>plover_events</c> table (imported PLOVER records with no one CAMEO code), written once
/// for both stores. The table has the events table's column names where they mean the same, so an
/// <see cref="EventQuery"/>'s actor and date conditions (<see cref="EventQuerySql"/>) select from it alike.
/// </summary>
internal static class PloverEventSql
{
    private const string Columns = "id, type, mode, contexts, source, target, date, location, text, evidence";

    /// <summary>Inserts or replaces the record (by id): a re-import writes the same row again.</summary>
    public static void Write(DbCommand cmd, PloverEvent e, SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(e);
        cmd.CommandText = $"""
            INSERT INTO plover_events ({Columns}, date_start, date_end, origin)
            VALUES (@id, @type, @mode, @contexts, @source, @target, @date, @location, @text, @evidence, @start, @end, 'imported')
            ON CONFLICT (id) DO UPDATE SET
                type = excluded.type, mode = excluded.mode, contexts = excluded.contexts, source = excluded.source,
                target = excluded.target, date = excluded.date, location = excluded.location, text = excluded.text,
                evidence = excluded.evidence, date_start = excluded.date_start, date_end = excluded.date_end
            """;
        cmd.Parameters.Clear();
        SqlDialect.Bind(cmd, "@id", e.Id);
        SqlDialect.Bind(cmd, "@type", e.Type);
        SqlDialect.Bind(cmd, "@mode", (object?)e.Mode ?? DBNull.Value, DbType.String);
        SqlDialect.Bind(cmd, "@contexts", e.Contexts.Count == 0 ? DBNull.Value : string.Join(';', e.Contexts), DbType.String);
        SqlDialect.Bind(cmd, "@source", e.Source);
        SqlDialect.Bind(cmd, "@target", e.Target);
        SqlDialect.Bind(cmd, "@date", (object?)e.Date?.ToString() ?? DBNull.Value, DbType.String);
        SqlDialect.Bind(cmd, "@location", (object?)e.Location ?? DBNull.Value, DbType.String);
        SqlDialect.Bind(cmd, "@text", (object?)e.Text ?? DBNull.Value, DbType.String);
        SqlDialect.Bind(cmd, "@evidence", e.Evidences.Count == 0 ? DBNull.Value : EvidenceJson(e.Evidences), DbType.String);
        SqlDialect.Bind(cmd, "@start", dialect.Day(e.Date?.Earliest ?? DateOnly.MinValue));
        SqlDialect.Bind(cmd, "@end", dialect.Day(e.Date?.Latest ?? DateOnly.MaxValue));
        cmd.ExecuteNonQuery();
    }

    /// <summary>The records <paramref name="query"/> selects, in the events' order (date_start, date_end, id).</summary>
    public static IReadOnlyList<PloverEvent> List(DbCommand cmd, EventQuery query, SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(query);
        var sql = new StringBuilder($"SELECT {Columns} FROM plover_events WHERE 1 = 1");
        Append(sql, cmd, query, dialect);
        var direction = query.Descending ? "DESC" : "ASC";
        sql.Append($" ORDER BY date_start {direction}, date_end {direction}, id {direction} LIMIT @limit OFFSET @offset");
        SqlDialect.Bind(cmd, "@limit", query.Limit is { } limit ? limit : dialect.NoLimit, DbType.Int32);
        SqlDialect.Bind(cmd, "@offset", Math.Max(0, query.Offset));
        cmd.CommandText = sql.ToString();
        using var r = cmd.ExecuteReader();
        var list = new List<PloverEvent>();
        while (r.Read())
        {
            list.Add(Read(r));
        }

        return list;
    }

    /// <summary>How many records <paramref name="query"/> selects, its limit and offset aside.</summary>
    public static int Count(DbCommand cmd, EventQuery query, SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(query);
        var sql = new StringBuilder("SELECT count(*) FROM plover_events WHERE 1 = 1");
        Append(sql, cmd, query, dialect);
        cmd.CommandText = sql.ToString();
        return Convert.ToInt32(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    // A CAMEO code filter selects none of them (they have no CAMEO code), nor does an origin other than imported.
    private static void Append(StringBuilder sql, DbCommand cmd, EventQuery query, SqlDialect dialect)
    {
        if (query.CodePrefix is { Length: > 0 } || query.Origin is { } origin && origin != EventOrigin.Imported)
        {
            sql.Append(" AND 1 = 0");
        }

        EventQuerySql.Append(sql, cmd, query with { CodePrefix = null, Origin = null }, dialect);
    }

    private static PloverEvent Read(DbDataReader r)
    {
        string? Text(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        FuzzyDate? date = Text(6) is { } d
            ? FuzzyDate.TryParse(d, out var parsed) ? parsed : throw new InvalidDataException($"'{d}' in the database is not a date")
            : null;
        var contexts = Text(3)?.Split(';') ?? [];
        var evidences = Text(9) is { } json ? Evidences(json) : [];
        return new PloverEvent(r.GetString(0), r.GetString(1), Text(2), contexts, r.GetString(4), r.GetString(5), date, Text(7), Text(8), evidences);
    }

    private static string EvidenceJson(IReadOnlyList<SourceEvidence> evidences)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartArray();
            foreach (var v in evidences)
            {
                w.WriteStartObject();
                w.WriteString("url", v.Url);
                w.WriteString("text", v.Text);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static List<SourceEvidence> Evidences(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var list = new List<SourceEvidence>();
        foreach (var v in doc.RootElement.EnumerateArray())
        {
            var url = v.GetProperty("url").GetString() ?? throw new InvalidDataException("a stored PLOVER evidence has no address");
            var text = v.GetProperty("text");
            list.Add(Evidence.FromSource(url, text.ValueKind == JsonValueKind.String ? text.GetString() : null));
        }

        return list;
    }
}
