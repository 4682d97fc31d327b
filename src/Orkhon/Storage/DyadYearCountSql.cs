using System.Data.Common;
using System.Globalization;
using Orkhon.Domain;
using Orkhon.Knowledge;

namespace Orkhon.Storage;

/// <summary>
/// The <c>dyad_year_counts</c> table on both backends: how a dyad-day row maps to its year row (the same
/// expressions in the migration's fill and in the triggers), the migrations' text, and reading a
/// <see cref="DyadCountQuery"/> from it.
/// </summary>
internal static class DyadYearCountSql
{
    private const string Columns = "source, target, date, meaning, catalogued, kind, source_role, target_role, events, goldstein_tenths";

    /// <summary>The key of a year row, in <c>dyad_year_counts</c>'s primary-key order.</summary>
    private const string Key = "source, target, date, meaning, catalogued, kind, source_role, target_role";

    /// <summary>
    /// What <paramref name="code"/> means to the analyses, as the SQL of <see cref="MeaningSql"/> computes it: a
    /// representative code whose significance class, visit level, visit direction and quad class are those of
    /// the code under any kind and roles (a test checks every catalogued code). A visit made (042) or hosted
    /// (043) and an agreement (054 and 057, both the agreement class) keep their prefix; a consultation (root 04)
    /// its root; every other code is its quad class's first root (01, 06, 09, 14), since nothing else of it is read.
    /// </summary>
    public static CameoCode MeaningOf(CameoCode code)
    {
        var value = code.Value;
        var prefix = value.Length >= 3 ? value[..3] : value;
        if (prefix == CameoCode.MakeVisit.Value || prefix == CameoCode.HostVisit.Value)
        {
            return CameoCode.Parse(prefix);
        }

        if (prefix == CameoCode.GrantRecognition.Value || prefix == CameoCode.SignAgreement.Value)
        {
            return CameoCode.SignAgreement;
        }

        return code.IsIn(CameoCode.Consult) ? CameoCode.Consult : CameoCode.Parse(code.QuadClass switch
        {
            QuadClass.VerbalCooperation => "01",
            QuadClass.MaterialCooperation => "06",
            QuadClass.VerbalConflict => "09",
            _ => "14",
        });
    }

    // The same rule in SQL (roots are two zero-padded digits, so they compare as text).
    private static string MeaningSql(string cameo) => $"""
        CASE WHEN substr({cameo}, 1, 3) IN ('{CameoCode.MakeVisit.Value}', '{CameoCode.HostVisit.Value}') THEN substr({cameo}, 1, 3)
             WHEN substr({cameo}, 1, 3) IN ('{CameoCode.GrantRecognition.Value}', '{CameoCode.SignAgreement.Value}') THEN '{CameoCode.SignAgreement.Value}'
             WHEN substr({cameo}, 1, 2) = '{CameoCode.Consult.Value}' THEN '{CameoCode.Consult.Value}'
             WHEN substr({cameo}, 1, 2) <= '05' THEN '01'
             WHEN substr({cameo}, 1, 2) <= '08' THEN '06'
             WHEN substr({cameo}, 1, 2) <= '13' THEN '09'
             ELSE '14' END
        """;

    /// <summary>A day, month or year counts in its year; a span (it may cross years) and the undated '' stay as they are.</summary>
    private static string YearSql(string p) => $"CASE WHEN {p}date = '' OR strpos({p}date, '/') > 0 THEN {p}date ELSE substr({p}date, 1, 4) END";

    private static string BoundSql(string p, bool start, bool postgres)
    {
        var kept = start ? $"{p}date_start" : $"{p}date_end";
        var year = postgres
            ? $"make_date(substr({p}date, 1, 4)::int, {(start ? "1, 1" : "12, 31")})"
            : $"substr({p}date, 1, 4) || '{(start ? "-01-01" : "-12-31")}'";
        return $"CASE WHEN {p}date = '' OR strpos({p}date, '/') > 0 THEN {kept} ELSE {year} END";
    }

    /// <summary>The key columns' values for the dyad-day row <paramref name="p"/> (an alias with its dot, or <c>new.</c>/<c>old.</c>).</summary>
    private static string KeyValues(string p, string catalogued) =>
        $"{p}source, {p}target, {YearSql(p)}, {MeaningSql(p + "cameo")}, {catalogued}, {p}kind, {p}source_role, {p}target_role";

    // SQLite allows no alias on the table a trigger's statement writes: its columns are named bare.
    /// <summary><see cref="KeyValues"/> named as the key's columns, for a grouped subquery.</summary>
    private static string NamedKeyValues(string p, string catalogued) =>
        $"{p}source AS source, {p}target AS target, {YearSql(p)} AS date, {MeaningSql(p + "cameo")} AS meaning, {catalogued} AS catalogued, "
        + $"{p}kind AS kind, {p}source_role AS source_role, {p}target_role AS target_role";

    private static string KeyMatch(string p, string catalogued) =>
        $"({Key}) = ({KeyValues(p, catalogued)})";

    /// <summary>INSERT statements for CAMEO's Goldstein values in tenths, from the shipped catalogue.</summary>
    private static string GoldsteinRows()
    {
        var rows = CameoCatalog.Default.All.Select(t =>
        {
            var tenths = t.Goldstein * 10;
            if (Math.Abs(tenths - Math.Round(tenths)) > 1e-9)
            {
                throw new InvalidDataException($"CAMEO {t.Code}'s Goldstein value {t.Goldstein} has more than one decimal: it cannot be summed in tenths.");
            }

            return string.Create(CultureInfo.InvariantCulture, $"('{t.Code}', {(long)Math.Round(tenths)})");
        });
        return $"INSERT INTO cameo_goldstein (code, tenths) VALUES {string.Join(", ", rows)};";
    }

    /// <summary>The names of the SQLite row triggers on <c>dyad_day_counts</c> that keep the year counts, as <see cref="SqliteMigration"/> creates them.</summary>
    public static readonly string[] SqliteTriggerNames =
        ["dyad_day_counts_year_ad", "dyad_day_counts_year_ai", "dyad_day_counts_year_au", "dyad_day_counts_year_move"];

    /// <summary>
    /// Fills an empty <c>dyad_year_counts</c> from the dyad-day counts by one grouped statement: the migration's fill,
    /// and a bulk import's, which builds the day counts again whole and would otherwise fire the triggers once per row.
    /// </summary>
    public static string SqliteFill() => $"""
            INSERT INTO dyad_year_counts (source, target, date, meaning, catalogued, kind, source_role, target_role, date_start, date_end, events, goldstein_tenths)
            SELECT {KeyValues("d.", "g.tenths IS NOT NULL")}, min({BoundSql("d.", true, false)}), min({BoundSql("d.", false, false)}),
                   sum(d.events), sum(d.events * coalesce(g.tenths, 0))
            FROM dyad_day_counts d LEFT JOIN cameo_goldstein g ON g.code = d.cameo
            GROUP BY {KeyValues("d.", "g.tenths IS NOT NULL")};
            """.Replace("strpos(", "instr(", StringComparison.Ordinal);

    /// <summary>SQLite's migration: the tables, the fill from the dyad-day counts already stored, and row triggers on those counts.</summary>
    public static string SqliteMigration()
    {
        // strpos is PostgreSQL's; SQLite spells it instr.
        static string S(string sql) => sql.Replace("strpos(", "instr(", StringComparison.Ordinal);
        const string Tenths = "(SELECT tenths FROM cameo_goldstein WHERE code = {0}cameo)";
        string Catalogued(string p) => $"({string.Format(CultureInfo.InvariantCulture, Tenths, p)} IS NOT NULL)";
        string GoldsteinOf(string p) => $"{p}events * coalesce({string.Format(CultureInfo.InvariantCulture, Tenths, p)}, 0)";

        string Add(string p) => $"""
                INSERT INTO dyad_year_counts (source, target, date, meaning, catalogued, kind, source_role, target_role, date_start, date_end, events, goldstein_tenths)
                VALUES ({KeyValues(p, Catalogued(p))}, {BoundSql(p, true, false)}, {BoundSql(p, false, false)}, {p}events, {GoldsteinOf(p)})
                ON CONFLICT ({Key}) DO UPDATE SET events = events + excluded.events, goldstein_tenths = goldstein_tenths + excluded.goldstein_tenths;
            """;
        string Remove(string p) => $"""
                DELETE FROM dyad_year_counts WHERE {KeyMatch(p, Catalogued(p))} AND events = {p}events;
                UPDATE dyad_year_counts SET events = events - {p}events, goldstein_tenths = goldstein_tenths - {GoldsteinOf(p)}
                WHERE {KeyMatch(p, Catalogued(p))} AND events > {p}events;
            """;
        const string SameKey = "old.source = new.source AND old.target = new.target AND old.date = new.date AND old.cameo = new.cameo "
            + "AND old.kind = new.kind AND old.source_role = new.source_role AND old.target_role = new.target_role";

        return S($"""
            CREATE TABLE cameo_goldstein (
                code   TEXT PRIMARY KEY,
                tenths INTEGER NOT NULL
            ) WITHOUT ROWID;
            {GoldsteinRows()}

            CREATE TABLE dyad_year_counts (
                source           TEXT NOT NULL,
                target           TEXT NOT NULL,
                date             TEXT NOT NULL,
                meaning          TEXT NOT NULL,
                catalogued       INTEGER NOT NULL,
                kind             TEXT NOT NULL,
                source_role      TEXT NOT NULL,
                target_role      TEXT NOT NULL,
                date_start       TEXT NOT NULL,
                date_end         TEXT NOT NULL,
                events           INTEGER NOT NULL CHECK (events > 0),
                goldstein_tenths INTEGER NOT NULL,
                PRIMARY KEY ({Key})
            ) WITHOUT ROWID;

            CREATE INDEX dyad_year_counts_target ON dyad_year_counts(target, source, date, meaning, catalogued, kind, source_role, target_role, date_start, date_end, events, goldstein_tenths);

            {SqliteFill()}

            CREATE TRIGGER dyad_day_counts_year_ai AFTER INSERT ON dyad_day_counts BEGIN
            {Add("new.")}
            END;

            CREATE TRIGGER dyad_day_counts_year_ad AFTER DELETE ON dyad_day_counts BEGIN
            {Remove("old.")}
            END;

            CREATE TRIGGER dyad_day_counts_year_au AFTER UPDATE ON dyad_day_counts WHEN {SameKey} BEGIN
                UPDATE dyad_year_counts SET events = events + new.events - old.events,
                       goldstein_tenths = goldstein_tenths + {GoldsteinOf("new.")} - {GoldsteinOf("old.")}
                WHERE {KeyMatch("new.", Catalogued("new."))};
            END;

            CREATE TRIGGER dyad_day_counts_year_move AFTER UPDATE ON dyad_day_counts WHEN NOT ({SameKey}) BEGIN
            {Add("new.")}
            {Remove("old.")}
            END;
            """);
    }

    /// <summary>
    /// PostgreSQL's migration: as SQLite's, with statement-level triggers over transition tables (one grouped
    /// statement per write statement). An update applies its net change per row, negative when events leave,
    /// through one upsert; PostgreSQL checks a CHECK constraint on the proposed row even when it conflicts, so
    /// <c>events</c> has none here, and the statement after the upsert deletes the rows it left at zero.
    /// </summary>
    public static string PostgresMigration()
    {
        const string Catalogued = "(g.tenths IS NOT NULL)";
        string Grouped(string table, string sign) => $"""
                SELECT {NamedKeyValues("d.", Catalogued)}, min({BoundSql("d.", true, true)}) AS date_start, min({BoundSql("d.", false, true)}) AS date_end,
                       {sign}sum(d.events)::int AS events, {sign}sum(d.events::bigint * coalesce(g.tenths, 0))::bigint AS goldstein_tenths
                FROM {table} d LEFT JOIN cameo_goldstein g ON g.code = d.cameo
                GROUP BY {KeyValues("d.", Catalogued)}
            """;
        const string Upsert = """
                INSERT INTO dyad_year_counts AS y (source, target, date, meaning, catalogued, kind, source_role, target_role, date_start, date_end, events, goldstein_tenths)
            """;
        const string OnConflict = "ON CONFLICT (source, target, date, meaning, catalogued, kind, source_role, target_role) DO UPDATE SET events = y.events + excluded.events, goldstein_tenths = y.goldstein_tenths + excluded.goldstein_tenths";
        const string Match = "(y.source, y.target, y.date, y.meaning, y.catalogued, y.kind, y.source_role, y.target_role) = (g.source, g.target, g.date, g.meaning, g.catalogued, g.kind, g.source_role, g.target_role)";
        const string KeyNames = "source, target, date, meaning, catalogued, kind, source_role, target_role";

        return $"""
            CREATE TABLE cameo_goldstein (
                code   text COLLATE "C" PRIMARY KEY,
                tenths integer NOT NULL
            );
            {GoldsteinRows()}

            CREATE TABLE dyad_year_counts (
                source           text COLLATE "C" NOT NULL,
                target           text COLLATE "C" NOT NULL,
                date             text COLLATE "C" NOT NULL,
                meaning          text COLLATE "C" NOT NULL,
                catalogued       boolean NOT NULL,
                kind             text COLLATE "C" NOT NULL,
                source_role      text COLLATE "C" NOT NULL,
                target_role      text COLLATE "C" NOT NULL,
                date_start       date NOT NULL,
                date_end         date NOT NULL,
                events           integer NOT NULL,
                goldstein_tenths bigint NOT NULL,
                PRIMARY KEY ({KeyNames})
            );
            CREATE INDEX dyad_year_counts_target ON dyad_year_counts (target, source);

            {Upsert}
            {Grouped("dyad_day_counts", "")};

            -- The dyad-day rows a statement inserted, grouped by year row, added.
            CREATE FUNCTION dyad_year_counts_add() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
            {Upsert}
            {Grouped("added", "")}
                {OnConflict};
                RETURN NULL;
            END $$;

            -- The dyad-day rows a statement deleted, grouped by year row, taken away; rows that reach zero deleted.
            CREATE FUNCTION dyad_year_counts_remove() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                DELETE FROM dyad_year_counts y USING ({Grouped("removed", "")}) g
                WHERE {Match} AND y.events <= g.events;
                UPDATE dyad_year_counts y SET events = y.events - g.events, goldstein_tenths = y.goldstein_tenths - g.goldstein_tenths
                FROM ({Grouped("removed", "")}) g
                WHERE {Match} AND y.events > g.events;
                RETURN NULL;
            END $$;

            -- An update of dyad-day rows (their counts change; an import's upsert): the net change per year row,
            -- new values added and old ones taken away in one grouped upsert; a row left at zero is deleted.
            CREATE FUNCTION dyad_year_counts_move() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
            {Upsert}
                SELECT {KeyNames}, min(date_start), min(date_end), sum(events)::int, sum(goldstein_tenths)::bigint
                FROM ({Grouped("added", "")} UNION ALL {Grouped("removed", "-")}) delta
                GROUP BY {KeyNames}
                HAVING sum(events) <> 0 OR sum(goldstein_tenths) <> 0
                {OnConflict};
                DELETE FROM dyad_year_counts y USING ({Grouped("removed", "")}) g
                WHERE {Match} AND y.events = 0;
                RETURN NULL;
            END $$;

            CREATE TRIGGER dyad_day_counts_year_insert AFTER INSERT ON dyad_day_counts
                REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION dyad_year_counts_add();
            CREATE TRIGGER dyad_day_counts_year_delete AFTER DELETE ON dyad_day_counts
                REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION dyad_year_counts_remove();
            CREATE TRIGGER dyad_day_counts_year_update AFTER UPDATE ON dyad_day_counts
                REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION dyad_year_counts_move();
            """;
    }

    /// <summary>The year counts <paramref name="query"/> selects, read with <paramref name="cmd"/>: the same selection as <see cref="DyadCountSql"/>'s.</summary>
    public static List<DyadYearCount> Read(DbCommand cmd, DyadCountQuery query, SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(query);
        DyadCountSql.PrepareSelection(cmd, query, dialect, "dyad_year_counts", Columns);
        using var r = cmd.ExecuteReader();
        var values = new CountRowValues("dyad_year_counts");
        var list = new List<DyadYearCount>();
        while (r.Read())
        {
            // SQLite stores the flag as 0/1, PostgreSQL as a boolean.
            var catalogued = r.GetValue(4) switch { bool b => b, var v => Convert.ToInt64(v, CultureInfo.InvariantCulture) != 0 };
            list.Add(new DyadYearCount(values.Actor(r.GetString(0)), values.Actor(r.GetString(1)), values.Date(r.GetString(2)), values.Cameo(r.GetString(3)), catalogued,
                CountRowValues.Kind(r.GetString(5)), CountRowValues.Role(r.GetString(6)), CountRowValues.Role(r.GetString(7)),
                r.GetInt32(8), r.GetInt64(9)));
        }

        return list;
    }
}
