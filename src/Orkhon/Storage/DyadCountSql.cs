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
        Prepare(cmd, query, dialect);
        using var r = cmd.ExecuteReader();
        return Read(r);
    }

    private static void Prepare(DbCommand cmd, DyadCountQuery query, SqlDialect dialect)
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
            SELECT {Columns} FROM dyad_day_counts WHERE source = @actor{asSource}{dates}
            UNION ALL
            SELECT {Columns} FROM dyad_day_counts WHERE target = @actor AND source <> @actor{asTarget}{dates}
            """;
    }

    private static List<DyadDayCount> Read(DbDataReader r)
    {
        // Many rows share a date, a code and an actor: each distinct text is parsed (and kept) once.
        var dates = new Dictionary<string, FuzzyDate?>(StringComparer.Ordinal) { [""] = null };
        var codes = new Dictionary<string, CameoCode>(StringComparer.Ordinal);
        var actors = new Dictionary<string, string>(StringComparer.Ordinal);
        var list = new List<DyadDayCount>();
        while (r.Read())
        {
            var date = r.GetString(2);
            if (!dates.TryGetValue(date, out var parsed))
            {
                dates[date] = parsed = FuzzyDate.TryParse(date, out var d) ? d : throw new InvalidDataException($"'{date}' in dyad_day_counts is not a date");
            }

            var cameo = r.GetString(3);
            if (!codes.TryGetValue(cameo, out var code))
            {
                codes[cameo] = code = StoredValues.Cameo(cameo);
            }

            list.Add(new DyadDayCount(Intern(actors, r.GetString(0)), Intern(actors, r.GetString(1)), parsed, code,
                StoredValues.Kind(EmptyAsNull(r.GetString(4))), StoredValues.Role(EmptyAsNull(r.GetString(5))), StoredValues.Role(EmptyAsNull(r.GetString(6))), r.GetInt32(7)));
        }

        return list;
    }

    private static string Intern(Dictionary<string, string> seen, string text)
    {
        if (seen.TryGetValue(text, out var kept))
        {
            return kept;
        }

        seen[text] = text;
        return text;
    }

    private static string? EmptyAsNull(string text) => text.Length == 0 ? null : text;
}
