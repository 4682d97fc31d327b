using Orkhon.Domain;

namespace Orkhon.Storage;

public sealed partial class SqliteEventStore
{
    public IReadOnlyList<PloverEvent> QueryPloverEvents(EventQuery query) => ReadShared(cmd => PloverEventSql.List(cmd, query, SqlDialect.Sqlite));

    public int CountPloverEvents(EventQuery query) => ReadShared(cmd => PloverEventSql.Count(cmd, query, SqlDialect.Sqlite));

    /// <summary>Writes a PLOVER record in the open import transaction.</summary>
    private void WritePloverEvent(PloverEvent e)
    {
        using var cmd = Command("");
        PloverEventSql.Write(cmd, e, SqlDialect.Sqlite);
    }
}
