using System.Text;
using Microsoft.Data.Sqlite;
using Orkhon.Domain;

namespace Orkhon.Storage;

public sealed partial class SqliteEventStore
{
    private const string CountColumns = "source, target, date, cameo, kind, source_role, target_role, events";

    public IReadOnlyList<DyadDayCount> GetDyadDayCounts(DyadCountQuery query) => Guarded(() =>
    {
        ArgumentNullException.ThrowIfNull(query);

        // The actor as source, then as target of someone else: two range scans, one on the primary key and
        // one on the target index, where an OR would make the planner choose between them per query.
        using var cmd = Command("");
        var dates = new StringBuilder();
        if (query.From is not null || query.To is not null)
        {
            dates.Append(" AND date <> ''");
        }

        if (query.From is { } from)
        {
            dates.Append(" AND date_end >= $from");
            cmd.Parameters.AddWithValue("$from", DayKey(from.Earliest));
        }

        if (query.To is { } to)
        {
            dates.Append(" AND date_start <= $to");
            cmd.Parameters.AddWithValue("$to", DayKey(to.Latest));
        }

        cmd.Parameters.AddWithValue("$actor", query.Actor);
        string asSource = "", asTarget = "";
        if (query.Partner is { } partner)
        {
            cmd.Parameters.AddWithValue("$partner", partner);
            asSource = " AND target = $partner";
            asTarget = " AND source = $partner";
        }

        cmd.CommandText = $"""
            SELECT {CountColumns} FROM dyad_day_counts WHERE source = $actor{asSource}{dates}
            UNION ALL
            SELECT {CountColumns} FROM dyad_day_counts WHERE target = $actor AND source <> $actor{asTarget}{dates}
            """;
        return ReadCounts(cmd);
    });

    private static List<DyadDayCount> ReadCounts(SqliteCommand cmd)
    {
        // Many rows share a date, a code and an actor: each distinct text is parsed (and kept) once.
        var dates = new Dictionary<string, FuzzyDate?>(StringComparer.Ordinal) { [""] = null };
        var codes = new Dictionary<string, CameoCode>(StringComparer.Ordinal);
        var actors = new Dictionary<string, string>(StringComparer.Ordinal);
        var list = new List<DyadDayCount>();
        using var r = cmd.ExecuteReader();
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
                codes[cameo] = code = ParseCameo(cameo);
            }

            list.Add(new DyadDayCount(Intern(actors, r.GetString(0)), Intern(actors, r.GetString(1)), parsed, code,
                ParseKind(EmptyAsNull(r.GetString(4))), ParseRole(EmptyAsNull(r.GetString(5))), ParseRole(EmptyAsNull(r.GetString(6))), r.GetInt32(7)));
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
