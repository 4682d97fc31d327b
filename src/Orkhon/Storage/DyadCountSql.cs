using System.Data.Common;
using System.Text;
using Orkhon.Domain;

namespace Orkhon.Storage;

/// <summary>
/// Reading a <see cref="DyadCountQuery"/> from the <c>dyad_day_counts</c> table, which both stores keep with the
/// same columns: the statement and the mapping of its rows, written once.
/// </summary>
internal static class DyadCountSql
{
    private const string Columns = "source, target, date, cameo, kind, source_role, target_role, events";

    /// <summary>The counts <paramref name="query"/> selects, read with <paramref name="cmd"/>.</summary>
    public static List<DyadDayCount> Read(DbCommand cmd, DyadCountQuery query, SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(query);
        PrepareSelection(cmd, query, dialect, "dyad_day_counts", Columns);
        using var r = cmd.ExecuteReader();
        return Read(r);
    }

    /// <summary>
    /// Sets <paramref name="cmd"/> to select <paramref name="columns"/> of the count rows of <paramref name="table"/>
    /// (<c>dyad_day_counts</c> or <c>dyad_year_counts</c>, which share their key columns) that <paramref name="query"/> asks for.
    /// </summary>
    internal static void PrepareSelection(DbCommand cmd, DyadCountQuery query, SqlDialect dialect, string table, string columns)
    {
        // The actor as source (the primary key), then as target of someone else (dyad_day_counts_target):
        // two range scans, where an OR would make the planner choose between them per query.
        var dates = new StringBuilder();
        // The table keeps an undated count under the empty date, so that it can be part of the key.
        EventQuerySql.AppendDateRange(dates, cmd, query.From, query.To, " AND date <> ''", dialect);

        SqlDialect.Bind(cmd, "@actor", query.Actor);
        string asSource = "", asTarget = "";
        if (query.Partner is { } partner)
        {
            SqlDialect.Bind(cmd, "@partner", partner);
            asSource = " AND target = @partner";
            asTarget = " AND source = @partner";
        }

        cmd.CommandText = $"""
            SELECT {columns} FROM {table} WHERE source = @actor{asSource}{dates}
            UNION ALL
            SELECT {columns} FROM {table} WHERE target = @actor AND source <> @actor{asTarget}{dates}
            """;
    }

    private static List<DyadDayCount> Read(DbDataReader r)
    {
        var values = new CountRowValues("dyad_day_counts");
        var list = new List<DyadDayCount>();
        while (r.Read())
        {
            list.Add(new DyadDayCount(values.Actor(r.GetString(0)), values.Actor(r.GetString(1)), values.Date(r.GetString(2)), values.Cameo(r.GetString(3)),
                CountRowValues.Kind(r.GetString(4)), CountRowValues.Role(r.GetString(5)), CountRowValues.Role(r.GetString(6)), r.GetInt32(7)));
        }

        return list;
    }
}
