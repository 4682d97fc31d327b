namespace Orkhon.Storage;

public sealed partial class PostgresEventStore
{
    public IReadOnlyList<DyadDayCount> GetDyadDayCounts(DyadCountQuery query) => ReadShared(cmd => DyadCountSql.Read(cmd, query, SqlDialect.Postgres));
}
