namespace Orkhon.Storage;

public sealed partial class SqliteEventStore
{
    public IReadOnlyList<DyadDayCount> GetDyadDayCounts(DyadCountQuery query) => ReadShared(cmd => DyadCountSql.Read(cmd, query, SqlDialect.Sqlite));

    public IReadOnlyList<DyadYearCount> GetDyadYearCounts(DyadCountQuery query) => ReadShared(cmd => DyadYearCountSql.Read(cmd, query, SqlDialect.Sqlite));
}
