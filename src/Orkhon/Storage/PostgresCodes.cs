using System.Net.Sockets;
using Npgsql;

namespace Orkhon.Storage;

/// <summary>
/// The PostgreSQL failures a user can cause (SQLSTATE codes, lost connections) as the store's own
/// <see cref="StoreException"/> kinds, with the same meanings <see cref="SqliteCodes"/> gives SQLite's:
/// a writer that waited too long is Busy (exit 5, HTTP 503), a server that refuses writes is ReadOnly.
/// </summary>
internal static class PostgresCodes
{
    /// <summary>The store's own exception for an expected failure, or null for a bug (a constraint, a bad statement).</summary>
    public static StoreException? Translate(NpgsqlException e, string location, TimeSpan busyTimeout)
    {
        if (e is PostgresException p)
        {
            return p.SqlState switch
            {
                // lock_not_available (lock_timeout passed), deadlock_detected, serialization_failure: the
                // transaction was rolled back whole, so retrying is safe.
                "55P03" or "40P01" or "40001" => new StoreException(StoreErrorKind.Busy, location,
                    $"{location}: the database is busy: another writer held its lock for more than {busyTimeout.TotalSeconds:0.#} s; nothing of this operation was written (try again, or set {BusyPolicy.EnvironmentVariable} to wait longer)", e),
                // insufficient_privilege, read_only_sql_transaction (a standby, or default_transaction_read_only).
                "42501" or "25006" => new StoreException(StoreErrorKind.ReadOnly, location,
                    $"{location}: the database refuses writes for this user ({p.MessageText}); nothing was written", e),
                "53100" => new StoreException(StoreErrorKind.Unusable, location, $"{location}: the server's disk is full; nothing of this operation was written", e),
                "3D000" => new StoreException(StoreErrorKind.Unusable, location, $"{location}: no such database on the server (create it with createdb)", e),
                "28P01" or "28000" => new StoreException(StoreErrorKind.Unusable, location,
                    $"{location}: the server refused the login ({p.MessageText}); give the password in ~/.pgpass or PGPASSWORD rather than in the URL", e),
                "3F000" => new StoreException(StoreErrorKind.Unusable, location, $"{location}: {p.MessageText} (the search_path names a schema that does not exist)", e),
                // Connection exceptions, operator intervention (shutdown, too many connections), system errors.
                _ when p.SqlState.StartsWith("08", StringComparison.Ordinal) || p.SqlState.StartsWith("57", StringComparison.Ordinal)
                    || p.SqlState.StartsWith("53", StringComparison.Ordinal) || p.SqlState.StartsWith("58", StringComparison.Ordinal)
                    || p.SqlState.StartsWith("XX", StringComparison.Ordinal)
                    => new StoreException(StoreErrorKind.Unusable, location, $"{location}: cannot use the database: {p.MessageText}", e),
                _ => null,
            };
        }

        // Not a server answer: the server could not be reached, or the connection broke (nothing was committed).
        return e.InnerException is SocketException or IOException or TimeoutException || e.IsTransient
            ? new StoreException(StoreErrorKind.Unusable, location, $"{location}: cannot reach the database server: {(e.InnerException ?? e).Message}", e)
            : null;
    }
}
