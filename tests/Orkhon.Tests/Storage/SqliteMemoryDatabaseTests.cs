using Orkhon.Domain;
using Orkhon.Storage;

namespace Orkhon.Tests.Storage;

/// <summary>What an in-memory location (<c>:memory:NAME</c>) means beyond the store contract: who sees it and how long it lives.</summary>
public sealed class SqliteMemoryDatabaseTests
{
    private static Event Visit(string id) =>
        new(id, new ActorRef("KGZ"), new ActorRef("MNG"), CameoCode.Parse("042"), FuzzyDate.Parse("2023-07-09"), null, EventOrigin.Imported, 1.0,
            [Evidence.FromSource("https://example.org/" + id)], null, null);

    private static string NewLocation() => SqliteMemoryDatabases.Prefix + "test-" + Guid.NewGuid().ToString("N");

    [Theory]
    [InlineData(":memory:")]
    [InlineData(":memory:lab-1.a_b")]
    public void MemoryLocations_AreSqlite_InMemory(string text)
    {
        var location = StoreLocation.Parse(text);
        Assert.Equal(StoreBackend.Sqlite, location.Backend);
        Assert.True(location.IsMemory);
        Assert.Equal(text, location.Display);
        Assert.False(StoreLocation.Parse("memory.db").IsMemory);
    }

    [Fact]
    public void OneName_OneDatabase_SeenByEveryConnectionUntilReleased()
    {
        var location = NewLocation();
        var other = NewLocation();
        try
        {
            Assert.False(EventStores.MayExist(StoreLocation.Parse(location)));
            using (var writer = EventStores.Open(StoreLocation.Parse(location)))
            using (var second = EventStores.Open(StoreLocation.Parse(location)))
            {
                writer.UpsertEvents([Visit("a")]);
                Assert.NotNull(second.GetEvent("a"));
                Assert.Equal(location, writer.Location);
            }

            // Every store closed: the database stays, kept by its own connection.
            Assert.True(EventStores.MayExist(StoreLocation.Parse(location)));
            using (var reader = EventStores.Open(StoreLocation.Parse(location), StoreAccessMode.ReadOnly))
            {
                Assert.NotNull(reader.GetEvent("a"));
            }

            // Another name is another database.
            using (var elsewhere = EventStores.Open(StoreLocation.Parse(other)))
            {
                Assert.Null(elsewhere.GetEvent("a"));
            }

            SqliteMemoryDatabases.Release(location);
            Assert.False(EventStores.MayExist(StoreLocation.Parse(location)));
            var gone = Assert.Throws<StoreException>(() => EventStores.Open(StoreLocation.Parse(location), StoreAccessMode.ReadOnly));
            Assert.Equal(StoreErrorKind.Unusable, gone.Kind);
            using var fresh = EventStores.Open(StoreLocation.Parse(location));
            Assert.Null(fresh.GetEvent("a"));
        }
        finally
        {
            SqliteMemoryDatabases.Release(location);
            SqliteMemoryDatabases.Release(other);
        }
    }

    [Theory]
    [InlineData(":memory:a/b")]
    [InlineData(":memory:../x")]
    [InlineData(":memory:a?mode=rw")]
    public void NamesOtherThanWordsAreRefused_NoFileIsMade(string text)
    {
        var e = Assert.Throws<StoreException>(() => EventStores.Open(StoreLocation.Parse(text)));
        Assert.Equal(StoreErrorKind.Unusable, e.Kind);
        Assert.Contains("name", e.Message, StringComparison.Ordinal);
    }
}
