namespace Orkhon.Storage;

/// <summary>
/// A store opened once by a long-running process (the server) and then connected to per unit of work:
/// validation and migrations happen at open, each <see cref="Connect"/> is a cheap pooled connection.
/// </summary>
public interface IStoreDatabase
{
    /// <summary>Where the store lives, for people (never a password).</summary>
    string Location { get; }

    /// <summary>A store on a pooled connection; dispose it at the end of the unit of work (a request).</summary>
    IEventStore Connect(StoreAccessMode mode);
}
