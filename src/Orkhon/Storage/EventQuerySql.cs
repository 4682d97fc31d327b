using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Orkhon.Domain;

namespace Orkhon.Storage;

/// <summary>
/// The SQL of an <see cref="EventQuery"/>, written once for both stores: its WHERE conditions are shared by
/// listing and counting, so that neither two statements nor two databases can disagree on what a query selects.
/// </summary>
internal static class EventQuerySql
{
    /// <summary>
    /// Sets <paramref name="cmd"/> to list <paramref name="query"/>'s events (<see cref="StoredRows.EventColumns"/>) in
    /// date order, read from <paramref name="table"/> (the events table, with any index hint the store needs).
    /// </summary>
    public static void PrepareListing(DbCommand cmd, EventQuery query, string table, SqlDialect dialect)
    {
        var sql = new StringBuilder($"SELECT {StoredRows.EventColumns} FROM {table} WHERE 1 = 1");
        Append(sql, cmd, query, dialect);
        var direction = query.Descending ? "DESC" : "ASC";
        sql.Append($" ORDER BY date_start {direction}, date_end {direction}, id {direction} LIMIT @limit OFFSET @offset");
        SqlDialect.Bind(cmd, "@limit", query.Limit is { } limit ? limit : dialect.NoLimit, DbType.Int32);
        SqlDialect.Bind(cmd, "@offset", Math.Max(0, query.Offset));
        cmd.CommandText = sql.ToString();
    }

    /// <summary>The number of <paramref name="query"/>'s events (its limit and offset aside), counted with <paramref name="cmd"/>.</summary>
    public static int Count(DbCommand cmd, EventQuery query, SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(query);
        var sql = new StringBuilder("SELECT count(*) FROM events WHERE 1 = 1");
        Append(sql, cmd, query, dialect);
        cmd.CommandText = sql.ToString();
        return Convert.ToInt32(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>Appends <paramref name="query"/>'s conditions, each starting with <c> AND</c>, and binds their values.</summary>
    public static void Append(StringBuilder sql, DbCommand cmd, EventQuery query, SqlDialect dialect)
    {
        if (query.Actor is { } actor && query.Partner is { } partner)
        {
            // Either direction, written with IN so that one index serves both.
            sql.Append(" AND source IN (@actor, @partner) AND target IN (@actor, @partner) AND (source <> target OR @actor = @partner)");
            SqlDialect.Bind(cmd, "@actor", actor);
            SqlDialect.Bind(cmd, "@partner", partner);
        }
        else if ((query.Actor ?? query.Partner) is { } either)
        {
            sql.Append(" AND (source = @actor OR target = @actor)");
            SqlDialect.Bind(cmd, "@actor", either);
        }

        if (query.Source is { } source)
        {
            sql.Append(" AND source = @source");
            SqlDialect.Bind(cmd, "@source", source);
        }

        if (query.Target is { } target)
        {
            sql.Append(" AND target = @target");
            SqlDialect.Bind(cmd, "@target", target);
        }

        // An undated event is in no date range.
        AppendDateRange(sql, cmd, query.From, query.To, " AND date IS NOT NULL", dialect);

        if (query.CodePrefix is { Length: > 0 } prefix)
        {
            sql.Append(" AND ").Append(dialect.StartsWith("cameo", "@code"));
            SqlDialect.Bind(cmd, "@code", prefix);
            if (prefix.Length >= 2)
            {
                // The same condition in the indexed column's terms, so a pair's lookup can use events_dyad.
                sql.Append(" AND root = @root");
                SqlDialect.Bind(cmd, "@root", prefix[..2]);
            }
        }

        if (query.Origin is EventOrigin.Extracted)
        {
            // Extracted = found in a document: a curated event that an article confirmed counts too.
            sql.Append(" AND (origin = 'extracted' OR EXISTS (SELECT 1 FROM evidences v WHERE v.event_id = events.id AND v.document_id IS NOT NULL))");
        }
        else if (query.Origin is { } origin)
        {
            sql.Append(" AND origin = @origin");
            SqlDialect.Bind(cmd, "@origin", origin.ToName());
        }
    }

    /// <summary>
    /// The overlap of a row's possible days (<c>date_start</c>..<c>date_end</c>) with <paramref name="from"/>..<paramref name="to"/>;
    /// <paramref name="datedCondition"/> (how the table marks a dated row) is added when either bound is given.
    /// </summary>
    public static void AppendDateRange(StringBuilder sql, DbCommand cmd, FuzzyDate? from, FuzzyDate? to, string datedCondition, SqlDialect dialect)
    {
        if (from is null && to is null)
        {
            return;
        }

        sql.Append(datedCondition);
        if (from is { } first)
        {
            sql.Append(" AND date_end >= @from");
            SqlDialect.Bind(cmd, "@from", dialect.Day(first.Earliest));
        }

        if (to is { } last)
        {
            sql.Append(" AND date_start <= @to");
            SqlDialect.Bind(cmd, "@to", dialect.Day(last.Latest));
        }
    }
}
