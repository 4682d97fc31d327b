namespace Orkhon.Storage;

public sealed partial class PostgresEventStore
{
    public IReadOnlyList<DyadDayCount> GetDyadDayCounts(DyadCountQuery query) => ReadShared(cmd => DyadCountSql.Read(cmd, query, SqlDialect.Postgres));

    public IReadOnlyList<DyadYearCount> GetDyadYearCounts(DyadCountQuery query) => ReadShared(cmd => DyadYearCountSql.Read(cmd, query, SqlDialect.Postgres));
}
