using Orkhon.Storage;

namespace Orkhon.Tests.Storage;

public sealed class StoreLocationTests
{
    [Theory]
    [InlineData("orkhon.db")]
    [InlineData("/var/lib/orkhon/orkhon.db")]
    [InlineData("postgres.db")]
    public void FilePaths_AreSqlite(string path)
    {
        var location = StoreLocation.Parse(path);
        Assert.Equal(StoreBackend.Sqlite, location.Backend);
        Assert.Equal(path, location.Target);
    }

    [Theory]
    [InlineData("postgres://ana:pa%40ss@db.example:6543/orkhon", "db.example", 6543, "ana", "pa@ss", "orkhon", "postgres://ana@db.example:6543/orkhon")]
    [InlineData("postgresql://ana@10.0.0.5/events?sslmode=require", "10.0.0.5", 5432, "ana", null, "events", "postgres://ana@10.0.0.5:5432/events")]
    [InlineData("postgres://ana@[::1]:5433/orkhon", "::1", 5433, "ana", null, "orkhon", "postgres://ana@[::1]:5433/orkhon")]
    [InlineData("postgres://ana@/orkhon?host=/run/postgresql&password=x", "/run/postgresql", 5432, "ana", "x", "orkhon", "postgres://ana@/orkhon?host=/run/postgresql")]
    [InlineData("postgres://ana@%2Ftmp%2Fpg/orkhon", "/tmp/pg", 5432, "ana", null, "orkhon", "postgres://ana@/orkhon?host=/tmp/pg")]
    [InlineData("postgres://ana@h/orkhon?search_path=lab", "h", 5432, "ana", null, "orkhon", "postgres://ana@h:5432/orkhon?search_path=lab")]
    public void PostgresUrls_MapOntoNpgsqlSettings_AndDisplayWithoutThePassword(string url, string host, int port, string user, string? password, string database, string display)
    {
        var location = StoreLocation.Parse(url);
        Assert.Equal(StoreBackend.Postgres, location.Backend);
        var settings = location.Postgres!;
        Assert.Equal((host, port, user, password, database), (settings.Host, settings.Port, settings.Username, settings.Password, settings.Database));
        Assert.Equal(display, location.Display);
        Assert.Equal(url, location.Target);
    }

    [Theory]
    [InlineData("postgres://ana:secret@h:99999/db", "port")]
    [InlineData("postgres://ana:secret@h/db?colour=blue", "unknown parameter 'colour'")]
    [InlineData("postgres://h/db?password=secret&sslmode=sometimes", "sslmode")]
    public void BadUrls_AreRefusedWithoutShowingThePassword(string url, string why)
    {
        var e = Assert.Throws<StoreException>(() => StoreLocation.Parse(url));
        Assert.Equal(StoreErrorKind.Unusable, e.Kind);
        Assert.Contains(why, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", e.Path, StringComparison.Ordinal);
    }
}
