using System.Globalization;

namespace Orkhon.Storage;

/// <summary>
/// How long a connection waits for another one's write lock before giving up with
/// <see cref="StoreErrorKind.Busy"/>. Writers are serialised by SQLite; readers never wait in WAL mode.
/// </summary>
public static class BusyPolicy
{
    /// <summary>Environment variable overriding the wait, in seconds.</summary>
    public const string EnvironmentVariable = "ORKHON_BUSY_TIMEOUT";

    /// <summary>Long enough to queue behind a large ingest's single-document transaction on a busy machine.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Bounds for the override: waiting forever would turn a stuck writer into a hang.</summary>
    public static readonly TimeSpan MaxTimeout = TimeSpan.FromHours(1);

    public static TimeSpan Timeout =>
        double.TryParse(Environment.GetEnvironmentVariable(EnvironmentVariable), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            && double.IsFinite(seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(Math.Min(seconds, MaxTimeout.TotalSeconds))
            : DefaultTimeout;
}
