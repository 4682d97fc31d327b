namespace Orkhon.Storage;

public sealed partial class SqliteEventStore
{
    public IReadOnlyList<DyadDayCount> GetDyadDayCounts(DyadCountQuery query) => Guarded(() =>
    {
        ArgumentNullException.ThrowIfNull(query);
        using var cmd = Command("");
        DyadCountSql.Prepare(cmd, query, SqlDialect.Sqlite);
        using var r = cmd.ExecuteReader();
        return DyadCountSql.Read(r);
    });
}
