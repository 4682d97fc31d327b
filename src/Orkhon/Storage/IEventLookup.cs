using Orkhon.Domain;

namespace Orkhon.Storage;

/// <summary>
/// The read a merge needs: stored events matching a query. Separate from <see cref="IEventStore"/> so the
/// code run inside a store's write transaction (see <see cref="IEventStore.AddDocument(Document, IReadOnlyList{Sentence}, Func{IEventLookup, IReadOnlyList{Event}})"/>)
/// can read but cannot start another write.
/// </summary>
public interface IEventLookup
{
    IReadOnlyList<Event> QueryEvents(EventQuery query);
}
