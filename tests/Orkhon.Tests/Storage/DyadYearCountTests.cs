using Microsoft.Data.Sqlite;
using Orkhon.Domain;
using Orkhon.Storage;

namespace Orkhon.Tests.Storage;

/// <summary>The dyad-year counts: what shares a row, how an existing store gets them, and that they are read through indexes.</summary>
public sealed class DyadYearCountTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static Event E(string id, string source, string target, string? date, string cameo = "042", EventKind? kind = null, ActorRole? role = null) =>
        new(id, new ActorRef(source, role), new ActorRef(target), CameoCode.Parse(cameo), date is null ? null : FuzzyDate.Parse(date), null, EventOrigin.Imported, 0.5,
            [Evidence.FromSource("https://example.org/" + id)], kind);

    private static void AssertCountsMatch(SqliteEventStore store, string actor)
    {
        var events = store.QueryEvents(new EventQuery { Actor = actor, WithEvidences = false });
        Assert.Equal(DyadYearCountOracle.From(events), DyadYearCountOracle.Sorted(store.GetDyadYearCounts(new DyadCountQuery(actor))));
    }

    [Fact]
    public void GetDyadYearCounts_OneRowPerYearAndMeaning_GoldsteinSummedInTenths()
    {
        using var store = SqliteEventStore.Open(_dir.File("orkhon.db"));
        store.UpsertEvents([
            E("a", "MNG", "CHN", "2023-07-09", "040"),      // Goldstein 1.0
            E("b", "MNG", "CHN", "2023-02", "043"),         // 2.8: a hosted visit keeps its own row
            E("c", "MNG", "CHN", "2023", "046"),            // 7.0: same root as 040, same year
            E("d", "MNG", "CHN", "2023-11-30", "0499"),     // not in the catalogue: its own row, no Goldstein value
            E("e", "MNG", "CHN", "2022-12-31", "040"),      // another year
            E("f", "MNG", "CHN", "2022/2024", "040"),       // a span keeps its dates
            E("g", "MNG", "CHN", null, "040"),
            E("h", "MNG", "CHN", "2023-05-05", "051"),      // roots 01, 02, 03 and 05 (not 054/057) are all verbal cooperation
            E("i", "MNG", "CHN", "2023-06", "010"),
            E("j", "MNG", "CHN", "2023-06", "054"),         // a recognition and an agreement are both the agreement class
            E("k", "MNG", "CHN", "2023-06", "057"),
        ]);

        var counts = DyadYearCountOracle.Sorted(store.GetDyadYearCounts(new DyadCountQuery("MNG")));
        AssertCountsMatch(store, "MNG");
        var root04In2023 = Assert.Single(counts, c => c.Date == FuzzyDate.OfYear(2023) && c.Meaning.Value == "04" && c.Catalogued);
        Assert.Equal((2, 80L), (root04In2023.Events, root04In2023.GoldsteinTenths));
        Assert.Equal(28L, Assert.Single(counts, c => c.Meaning.Value == "043").GoldsteinTenths);
        Assert.Equal(2, Assert.Single(counts, c => c.Meaning.Value == "01").Events);
        Assert.Equal(2, Assert.Single(counts, c => c.Meaning.Value == "057").Events);
        Assert.Equal((1, 0L), Assert.Single(counts, c => !c.Catalogued) is var u ? (u.Events, u.GoldsteinTenths) : default);
        Assert.Contains(counts, c => c.Date == FuzzyDate.Parse("2022/2024"));
        Assert.Contains(counts, c => c.Date is null);

        // A year filter takes the year's rows and the span that overlaps it, as the events filter does.
        var in2024 = store.GetDyadYearCounts(new DyadCountQuery("MNG") { From = FuzzyDate.OfYear(2024), To = FuzzyDate.OfYear(2024) });
        Assert.Equal(FuzzyDate.Parse("2022/2024"), Assert.Single(in2024).Date);

        // Deleting and moving events takes them out of their year rows, deleting rows left empty.
        store.UpsertEvents([E("a", "MNG", "CHN", "2021-01-01", "040"), E("d", "MNG", "KAZ", "2023-11-30", "0499")]);
        AssertCountsMatch(store, "MNG");
        Assert.DoesNotContain(store.GetDyadYearCounts(new DyadCountQuery("MNG") { Partner = "CHN" }), c => !c.Catalogued);
    }

    [Fact]
    public void Migration_StoreWithoutYearCounts_FillsThemFromTheRowsStored()
    {
        var path = _dir.File("v7.db");
        using (var store = SqliteEventStore.Open(path))
        {
            store.UpsertEvents([E("a", "MNG", "KAZ", "2023-07-09", "057"), E("b", "MNG", "KAZ", "2023-07", "0571", EventKind.AgreementSigned),
                E("c", "KAZ", "MNG", "2019", "190", role: ActorRole.HeadOfState), E("d", "KAZ", "MNG", null, "043")]);
        }

        // The store as schema 7 left it: no year counts, no Goldstein table, no triggers on the dyad-day counts.
        using (var c = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = """
                DROP TRIGGER dyad_day_counts_year_ai; DROP TRIGGER dyad_day_counts_year_ad; DROP TRIGGER dyad_day_counts_year_au; DROP TRIGGER dyad_day_counts_year_move;
                DROP TABLE dyad_year_counts; DROP TABLE cameo_goldstein;
                PRAGMA user_version = 7;
                """;
            cmd.ExecuteNonQuery();
        }

        using (var store = SqliteEventStore.Open(path))
        {
            Assert.Equal(SqliteSchema.LatestVersion, store.GetStatistics().SchemaVersion);
            AssertCountsMatch(store, "MNG");
            Assert.Equal(4, store.GetDyadYearCounts(new DyadCountQuery("MNG")).Sum(c => c.Events));

            // Kept from then on.
            store.UpsertEvents([E("e", "MNG", "KAZ", "2023-01-02", "057")]);
            AssertCountsMatch(store, "MNG");
        }
    }

    [Fact]
    public void Reading_AndTheTriggersWrites_SearchIndexes()
    {
        using (var store = SqliteEventStore.Open(_dir.File("orkhon.db")))
        {
            store.UpsertEvents([E("a", "MNG", "CHN", "2023-07-09")]);
        }

        using var c = new SqliteConnection($"Data Source={_dir.File("orkhon.db")};Pooling=False;Mode=ReadOnly");
        c.Open();
        List<string> Plan(string sql)
        {
            using var plan = c.CreateCommand();
            plan.CommandText = "EXPLAIN QUERY PLAN " + sql;
            using var r = plan.ExecuteReader();
            var steps = new List<string>();
            while (r.Read())
            {
                steps.Add(r.GetString(3));
            }

            return steps;
        }

        const string Columns = "source, target, date, meaning, catalogued, kind, source_role, target_role, events, goldstein_tenths";
        var read = Plan($"""
            SELECT {Columns} FROM dyad_year_counts WHERE source = 'MNG' AND date <> '' AND date_end >= '2020-01-01'
            UNION ALL
            SELECT {Columns} FROM dyad_year_counts WHERE target = 'MNG' AND source <> 'MNG' AND date <> '' AND date_end >= '2020-01-01'
            """);
        Assert.Contains(read, s => s.Contains("SEARCH dyad_year_counts USING PRIMARY KEY (source=?)", StringComparison.Ordinal));
        Assert.Contains(read, s => s.Contains("SEARCH dyad_year_counts USING COVERING INDEX dyad_year_counts_target (target=?)", StringComparison.Ordinal));
        Assert.DoesNotContain(read, s => s.StartsWith("SCAN", StringComparison.Ordinal));

        // The triggers find a year row by its whole key (row values compared as one vector).
        var update = Plan("""
            UPDATE dyad_year_counts SET events = events - 1
            WHERE (source, target, date, meaning, catalogued, kind, source_role, target_role) = ('MNG', 'CHN', '2023', '04', 1, '', '', '') AND events > 1
            """);
        Assert.Contains(update, s => s.Contains("USING PRIMARY KEY (source=? AND target=? AND date=? AND meaning=? AND catalogued=? AND kind=? AND source_role=? AND target_role=?)", StringComparison.Ordinal));
    }
}
