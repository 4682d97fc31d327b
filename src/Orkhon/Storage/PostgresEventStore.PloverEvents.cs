using Orkhon.Domain;

namespace Orkhon.Storage;

public sealed partial class PostgresEventStore
{
    public IReadOnlyList<PloverEvent> QueryPloverEvents(EventQuery query) => ReadShared(cmd => PloverEventSql.List(cmd, query, SqlDialect.Postgres));

    public int CountPloverEvents(EventQuery query) => ReadShared(cmd => PloverEventSql.Count(cmd, query, SqlDialect.Postgres));

    /// <summary>Writes a PLOVER record in the open import transaction (straight in: the staged writer holds events only).</summary>
    private void WritePloverEvent(PloverEvent e)
    {
        using var cmd = Command("");
        PloverEventSql.Write(cmd, e, SqlDialect.Postgres);
    }
}
