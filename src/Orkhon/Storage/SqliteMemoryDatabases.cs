using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Orkhon.Storage;

/// <summary>
/// SQLite databases held in memory, named by a location <c>:memory:</c> or <c>:memory:NAME</c> (letters, digits,
/// <c>.</c>, <c>_</c>, <c>-</c>). Each is one of SQLite's shared-cache named memory databases, which exists while
/// a connection to it is open: the first store opened on a name keeps a connection of its own to it until
/// <see cref="Release"/> or the end of the process, so every later connection of the process (the command
/// line's, the server's readers and writers) sees the same database. Nothing reaches a disk: another process
/// cannot see it, and it is gone when the process ends.
/// </summary>
/// <remarks>
/// What a file gives and memory does not: no write-ahead log (readers wait for a writer's commit instead of
/// reading the last one; SQLite's shared-cache table locks, retried as a busy database is), and nothing
/// survives a crash or a kill. Transactions, rollback, idempotence and the schema are the same as a file's.
/// </remarks>
public static partial class SqliteMemoryDatabases
{
    public const string Prefix = ":memory:";

    private static readonly ConcurrentDictionary<string, SqliteConnection> Keepers = new(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="location"/> names an in-memory database rather than a file.</summary>
    public static bool IsMemoryLocation(string location) =>
        location is not null && location.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>Whether the named database is held in this process.</summary>
    public static bool Exists(string location) => Keepers.ContainsKey(Name(location));

    /// <summary>Closes the connection that keeps the database; it disappears once no store is open on it.</summary>
    public static void Release(string location)
    {
        if (Keepers.TryRemove(Name(location), out var keeper))
        {
            keeper.Dispose();
        }
    }

    /// <summary>What SQLite opens: a URI naming a shared-cache memory database, never a file.</summary>
    internal static string DataSource(string location) => $"file:orkhon-memory-{Name(location)}?mode=memory&cache=shared";

    /// <summary>Makes sure the database exists and stays until <see cref="Release"/>.</summary>
    internal static void KeepAlive(string location)
    {
        var name = Name(location);
        if (Keepers.ContainsKey(name))
        {
            return;
        }

        var keeper = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DataSource(location), Pooling = false }.ToString());
        keeper.Open();
        if (!Keepers.TryAdd(name, keeper))
        {
            keeper.Dispose(); // another thread opened it first; its connection keeps the database
        }
    }

    /// <exception cref="StoreException">The name holds characters other than letters, digits, '.', '_' and '-'.</exception>
    private static string Name(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        if (!IsMemoryLocation(location))
        {
            throw new ArgumentException($"{location}: not an in-memory location ({Prefix}NAME)", nameof(location));
        }

        var name = location[Prefix.Length..];
        if (name.Length == 0)
        {
            return "default";
        }

        return NamePattern().IsMatch(name)
            ? name
            : throw new StoreException(StoreErrorKind.Unusable, location, $"{location}: an in-memory database's name may hold only letters, digits, '.', '_' and '-'");
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,100}$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
