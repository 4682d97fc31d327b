using System.Data.Common;
using System.Text;
using Orkhon.Domain;

namespace Orkhon.Storage;

/// <summary>
/// The WHERE conditions of an <see cref="EventQuery"/> (all but its order, limit and offset), written once for
/// both stores and shared by listing and counting, so that no two of them can disagree on what a query selects.
/// </summary>
internal static class EventFilterSql
{
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
