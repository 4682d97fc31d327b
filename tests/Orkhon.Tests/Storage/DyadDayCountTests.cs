using Microsoft.Data.Sqlite;
using Orkhon.Domain;
using Orkhon.Knowledge;
using Orkhon.Storage;
using Orkhon.Text;

namespace Orkhon.Tests.Storage;

/// <summary>The dyad-day counts follow every kind of write, in its transaction, and are read through their indexes.</summary>
public sealed class DyadDayCountTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private SqliteEventStore Open() => SqliteEventStore.Open(_dir.File("orkhon.db"));

    private static Event E(string id, string source, string target, string? date, string cameo = "042", EventOrigin origin = EventOrigin.Imported,
        EventKind? kind = null, ActorRole? role = null) =>
        new(id, new ActorRef(source, role), new ActorRef(target), CameoCode.Parse(cameo), date is null ? null : FuzzyDate.Parse(date), null, origin, 0.5,
            [Evidence.FromSource("https://example.org/" + id)], kind);

    private static void AssertCountsMatch(SqliteEventStore store, string actor)
    {
        var events = store.QueryEvents(new EventQuery { Actor = actor, WithEvidences = false });
        Assert.Equal(DyadDayCountOracle.From(events), DyadDayCountOracle.Sorted(store.GetDyadDayCounts(new DyadCountQuery(actor))));
    }

    [Fact]
    public void GetDyadDayCounts_AlikeEventsShareARow_OthersDoNot()
    {
        using var store = Open();
        store.UpsertEvents([
            E("a", "MNG", "CHN", "2023-07-09"),
            E("b", "MNG", "CHN", "2023-07-09"),
            E("c", "MNG", "CHN", "2023-07"),                 // same month, month precision: its own row
            E("d", "CHN", "MNG", "2023-07-09"),              // the other direction
            E("e", "MNG", "CHN", "2023-07-09", "043"),
            E("f", "MNG", "CHN", "2023-07-09", role: ActorRole.HeadOfState),
            E("g", "MNG", "CHN", "2023-07-09", kind: EventKind.StateVisit),
            E("h", "MNG", "CHN", null),
            E("i", "MNG", "MNG", "2023"),                    // the country with itself
            E("j", "KAZ", "RUS", "2023-07-09"),              // not MNG's
        ]);
        var counts = store.GetDyadDayCounts(new DyadCountQuery("MNG"));
        Assert.Equal(8, counts.Count);
        Assert.Equal(2, Assert.Single(counts, c => c is { Source: "MNG", Date.Precision: DatePrecision.Day, Kind: null, SourceRole: null } && c.Cameo.Value == "042").Events);
        Assert.Equal(9, counts.Sum(c => c.Events));
        AssertCountsMatch(store, "MNG");
        AssertCountsMatch(store, "CHN");
    }

    [Fact]
    public void GetDyadDayCounts_PartnerAndDates_SelectAsQueryEventsDoes()
    {
        using var store = Open();
        store.UpsertEvents([
            E("a", "KGZ", "MNG", "2023-07-09"),
            E("b", "MNG", "KGZ", "2025-07"),
            E("c", "MNG", "CHN", "2019"),
            E("d", "MNG", "RUS", "2024-09-02", "057"),
            E("e", "MNG", "RUS", null),
            E("f", "MNG", "MNG", "2024"),
        ]);
        DyadCountQuery[] queries =
        [
            new("MNG") { Partner = "KGZ" },
            new("KGZ") { Partner = "MNG" },
            new("MNG") { Partner = "MNG" },
            new("MNG") { From = FuzzyDate.OfYear(2023) },
            new("MNG") { To = FuzzyDate.OfMonth(2023, 7) },
            new("MNG") { From = FuzzyDate.OfMonth(2019, 6), To = FuzzyDate.OfMonth(2019, 6) },   // a year-dated event overlaps a month in it
            new("MNG") { From = FuzzyDate.OfDay(2023, 7, 9), To = FuzzyDate.OfDay(2023, 7, 9) },
        ];
        foreach (var q in queries)
        {
            var events = store.QueryEvents(new EventQuery { Actor = q.Actor, Partner = q.Partner, From = q.From, To = q.To, WithEvidences = false });
            Assert.Equal(DyadDayCountOracle.From(events), DyadDayCountOracle.Sorted(store.GetDyadDayCounts(q)));
        }
    }

    [Fact]
    public void Counts_FollowUpdatesDeletionsDocumentsAndImports()
    {
        using var store = Open();
        store.UpsertEvents([E("a", "MNG", "CHN", "2023-07-09"), E("b", "MNG", "CHN", "2023-07-09"), E("c", "MNG", "RUS", "2020")]);

        // An upsert that changes a counted column moves the event between rows; one that does not changes nothing.
        store.UpsertEvents([E("a", "MNG", "CHN", "2023-07-10", "043")]);
        store.UpsertEvents([E("b", "MNG", "CHN", "2023-07-09") with { Confidence = 0.9, Title = "t" }]);
        AssertCountsMatch(store, "MNG");

        // Curated events come and go with the knowledge base's version.
        var curated = new[] { E("k1", "MNG", "KAZ", "2019-05", "057", EventOrigin.Curated, EventKind.Partnership), E("k2", "KAZ", "MNG", "2019-05", "057", EventOrigin.Curated) };
        store.SyncCuratedEvents(curated, "v1");
        AssertCountsMatch(store, "MNG");
        store.SyncCuratedEvents([curated[0] with { Date = FuzzyDate.OfYear(2019) }], "v2");
        AssertCountsMatch(store, "MNG");
        Assert.Null(store.GetEvent("k2"));

        // A document's events are counted with the document.
        var doc = Document.Create("Mongolia and Kazakhstan signed an agreement.");
        store.AddDocument(doc, SentenceSplitter.Split(doc.Text), [E("x", "MNG", "KAZ", "2019-05", "057", EventOrigin.Extracted)]);
        AssertCountsMatch(store, "MNG");

        // An import that does not commit leaves no count behind; one that does is counted once however often it runs.
        var before = DyadDayCountOracle.Sorted(store.GetDyadDayCounts(new DyadCountQuery("MNG")));
        Assert.False(store.ImportEvents(batch =>
        {
            batch.Write(E("i1", "MNG", "JPN", "2001"));
            batch.Write(E("c", "MNG", "RUS", "2021"));
            return false;
        }));
        Assert.Equal(before, DyadDayCountOracle.Sorted(store.GetDyadDayCounts(new DyadCountQuery("MNG"))));
        for (var run = 0; run < 2; run++)
        {
            Assert.True(store.ImportEvents(batch =>
            {
                batch.Write(E("i1", "MNG", "JPN", "2001"));
                batch.Write(E("i2", "MNG", "JPN", "2001"));
                return true;
            }));
        }

        Assert.Equal(2, Assert.Single(store.GetDyadDayCounts(new DyadCountQuery("JPN"))).Events);
        AssertCountsMatch(store, "MNG");
        AssertCountsMatch(store, "KAZ");
    }

    [Fact]
    public void Migration_OlderFileWithEvents_BuildsTheCounts()
    {
        var path = _dir.File("v3.db");
        using (var c = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = string.Concat(SqliteSchema.Migrations[..3]) + $"""
                PRAGMA application_id = {SqliteSchema.ApplicationId}; PRAGMA user_version = 3;
                INSERT INTO events (id, source, target, cameo, date, date_start, date_end, origin, confidence, kind, source_role)
                VALUES ('a', 'MNG', 'KAZ', '042', '2023-07', '2023-07-01', '2023-07-31', 'curated', 1.0, 'state_visit', 'head_of_state'),
                       ('b', 'MNG', 'KAZ', '042', '2023-07', '2023-07-01', '2023-07-31', 'imported', 0.5, 'state_visit', 'head_of_state'),
                       ('c', 'KAZ', 'MNG', '190', NULL, '0001-01-01', '9999-12-31', 'extracted', 0.5, NULL, NULL);
                """;
            cmd.ExecuteNonQuery();
        }

        using var store = SqliteEventStore.Open(path);
        var counts = DyadDayCountOracle.Sorted(store.GetDyadDayCounts(new DyadCountQuery("MNG")));
        Assert.Equal(2, counts.Count);
        Assert.Equal(new DyadDayCount("MNG", "KAZ", FuzzyDate.OfMonth(2023, 7), CameoCode.Parse("042"), EventKind.StateVisit, ActorRole.HeadOfState, null, 2), counts[1]);
        AssertCountsMatch(store, "MNG");

        // Maintained from then on: deleting an event migrated in takes it out of its row.
        store.SyncCuratedEvents([], "empty");
        Assert.Equal(1, Assert.Single(store.GetDyadDayCounts(new DyadCountQuery("MNG") { Partner = "KAZ", From = FuzzyDate.OfYear(2023) })).Events);
    }

    [Fact]
    public void GetDyadDayCounts_ReadsThroughIndexes()
    {
        using (var store = Open())
        {
            store.UpsertEvents([E("a", "MNG", "CHN", "2023-07-09")]);
        }

        using var c = new SqliteConnection($"Data Source={_dir.File("orkhon.db")};Pooling=False;Mode=ReadOnly");
        c.Open();
        using var plan = c.CreateCommand();
        plan.CommandText = """
            EXPLAIN QUERY PLAN
            SELECT source, target, date, cameo, kind, source_role, target_role, events FROM dyad_day_counts WHERE source = 'MNG' AND date <> '' AND date_end >= '2020-01-01'
            UNION ALL
            SELECT source, target, date, cameo, kind, source_role, target_role, events FROM dyad_day_counts WHERE target = 'MNG' AND source <> 'MNG' AND date <> '' AND date_end >= '2020-01-01'
            """;
        using var r = plan.ExecuteReader();
        var steps = new List<string>();
        while (r.Read())
        {
            steps.Add(r.GetString(3));
        }

        // Both halves search an index on the actor; neither scans the table.
        Assert.Contains(steps, s => s.Contains("SEARCH dyad_day_counts USING PRIMARY KEY (source=?)", StringComparison.Ordinal));
        Assert.Contains(steps, s => s.Contains("SEARCH dyad_day_counts USING COVERING INDEX dyad_day_counts_target (target=?)", StringComparison.Ordinal));
        Assert.DoesNotContain(steps, s => s.StartsWith("SCAN", StringComparison.Ordinal));
    }
}
