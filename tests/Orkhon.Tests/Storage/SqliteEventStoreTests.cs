using Microsoft.Data.Sqlite;
using Orkhon.Domain;
using Orkhon.Storage;

namespace Orkhon.Tests.Storage;

/// <summary>What only the SQLite store does (its file checks, its tamper checks); the behaviour every backend shares is in <see cref="EventStoreContract"/>.</summary>
public sealed class SqliteEventStoreTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private SqliteEventStore Open() => SqliteEventStore.Open(_dir.File("orkhon.db"));

    private static Event Visit(string id, string source, string target, string date, string cameo = "042", EventOrigin origin = EventOrigin.Extracted) =>
        new(id, new ActorRef(source, ActorRole.HeadOfState), new ActorRef(target), CameoCode.Parse(cameo), FuzzyDate.Parse(date), null, origin, 0.8,
            [Evidence.FromSource("https://example.org/" + id)], EventKind.StateVisit, "title " + id);

    [Theory]
    [InlineData("UPDATE events SET kind = 'trade_deal'", "kind")]          // a kind this version does not know
    [InlineData("UPDATE events SET cameo = '21'", "CAMEO")]                // not a code
    [InlineData("UPDATE evidences SET source_url = NULL", "neither")]      // evidence with neither a document nor a URL
    public void GetEvent_RowThisVersionNeverWrites_IsInvalidData(string tamper, string named)
    {
        var path = _dir.File("orkhon.db");
        using (var store = Open())
        {
            store.UpsertEvents([Visit("a", "KGZ", "MNG", "2023-07")]);
        }

        using (var c = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = tamper;
            Assert.Equal(1, cmd.ExecuteNonQuery());
        }

        using var reopened = Open();
        var e = Assert.Throws<InvalidDataException>(() => reopened.GetEvent("a"));
        Assert.Contains(named, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_NotAnSqliteFile_IsRefusedAndLeftUntouched()
    {
        var path = _dir.Write("notes.db", "these are my notes, not a database");
        var e = Assert.Throws<StoreException>(() => SqliteEventStore.Open(path));
        Assert.Equal(StoreErrorKind.NotADatabase, e.Kind);
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
        Assert.Equal("these are my notes, not a database", File.ReadAllText(path));
    }

    [Fact]
    public void Open_SomeoneElsesSqliteDatabase_IsRefusedAndLeftUntouched()
    {
        var path = _dir.File("other.db");
        using (var c = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "CREATE TABLE invoices (id INTEGER); INSERT INTO invoices VALUES (1);";
            cmd.ExecuteNonQuery();
        }

        var before = File.ReadAllBytes(path);
        var e = Assert.Throws<StoreException>(() => SqliteEventStore.Open(path));
        Assert.Equal(StoreErrorKind.NotOrkhon, e.Kind);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void Open_NewerSchema_IsRefusedAndLeftUntouched()
    {
        var path = _dir.File("future.db");
        using (var store = SqliteEventStore.Open(path))
        {
        }

        using (var c = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "PRAGMA user_version = 99;";
            cmd.ExecuteNonQuery();
        }

        var e = Assert.Throws<StoreException>(() => SqliteEventStore.Open(path));
        Assert.Equal(StoreErrorKind.NewerSchema, e.Kind);
        Assert.Contains("99", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_AtLatestSchema_NoCameoIndexTheImportWouldWriteForNothing()
    {
        // Schema 6 dropped events_cameo: no statement can search it (code prefixes are matched with substr).
        var path = _dir.File("indexes.db");
        using (SqliteEventStore.Open(path))
        {
        }

        using var c = new SqliteConnection($"Data Source={path};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'events_cameo'";
        Assert.Equal(0L, (long)cmd.ExecuteScalar()!);
        cmd.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'events_dyad'";
        Assert.Equal(1L, (long)cmd.ExecuteScalar()!);
    }

    [Fact]
    public void ImportEvents_LargeBatch_LeavesTheSchemasIndexesAndTriggers_CommittedOrRolledBack()
    {
        // A large import drops the count triggers and the secondary indexes while it runs; the store must
        // come out with exactly the schema's objects, whether the import commits, returns false or throws.
        var path = _dir.File("orkhon.db");
        string Objects()
        {
            using var c = new SqliteConnection($"Data Source={path};Pooling=False");
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "SELECT group_concat(type || ' ' || name || ' ' || coalesce(sql, ''), char(10)) FROM (SELECT * FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY name)";
            return (string)cmd.ExecuteScalar()!;
        }

        using var store = Open();
        var schema = Objects();
        Assert.Contains("trigger events_count_ai", schema, StringComparison.Ordinal);
        Assert.Contains("index dyad_day_counts_target", schema, StringComparison.Ordinal);
        IEnumerable<Event> Rows(string prefix) => Enumerable.Range(0, 25_000).Select(i => Visit($"{prefix}{i:D5}", "MNG", i % 2 == 0 ? "CHN" : "RUS", "2023-07-09", origin: EventOrigin.Imported));

        Assert.True(store.ImportEvents(batch =>
        {
            foreach (var e in Rows("a"))
            {
                batch.Write(e);
            }

            return true;
        }));
        Assert.Equal(schema, Objects());
        Assert.False(store.ImportEvents(batch =>
        {
            foreach (var e in Rows("b"))
            {
                batch.Write(e);
            }

            return false;
        }));
        Assert.Equal(schema, Objects());
        Assert.Throws<InvalidOperationException>(() => store.ImportEvents(batch =>
        {
            foreach (var e in Rows("c"))
            {
                batch.Write(e);
            }

            throw new InvalidOperationException("a reader failed");
        }));
        Assert.Equal(schema, Objects());
        Assert.Equal(25_000, store.CountEvents(new EventQuery { Actor = "MNG" }));
    }

    [Fact]
    public void Open_EmptyFile_BecomesANewDatabase()
    {
        var path = _dir.Write("empty.db", "");
        using var store = SqliteEventStore.Open(path);
        Assert.Equal(0, store.GetStatistics().Events);
    }

    [Fact]
    public void Open_Directory_IsRefused()
    {
        var e = Assert.Throws<StoreException>(() => SqliteEventStore.Open(_dir.Path));
        Assert.Equal(StoreErrorKind.Unusable, e.Kind);
    }
}
