using Orkhon.Storage;

namespace Orkhon.Tests.Storage;

/// <summary>The store contract on an SQLite file.</summary>
public sealed class SqliteFileStoreContractTests : EventStoreContract
{
    private readonly TempDirectory _dir = new();

    private string Path => _dir.File("orkhon.db");

    protected override IEventStore Open(StoreAccessMode mode = StoreAccessMode.ReadWrite, TimeSpan? busyTimeout = null)
    {
        if (mode == StoreAccessMode.ReadOnly && !File.Exists(Path))
        {
            SqliteEventStore.Open(Path).Dispose();
        }

        return EventStores.Open(StoreLocation.Parse(Path), mode, busyTimeout);
    }

    protected override IDisposable HoldWriteLock()
    {
        Open().Dispose();
        return WriteLock.Hold(Path);
    }

    public override void Dispose() => _dir.Dispose();
}
