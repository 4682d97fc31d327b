using Microsoft.Data.Sqlite;
using Orkhon.Domain;
using Orkhon.Storage;

namespace Orkhon.Tests.Storage;

/// <summary>
/// An SQLite import as large as the store suspends its secondary indexes (events_dyad included) and builds
/// the dyad-day counts (and from them the dyad-year counts) again before the commit. A pair's lookup that comes only after the
/// suspension must still be answered (events_dyad is built again for it), and the commit must leave the
/// schema's indexes and triggers and counts equal to the events'.
/// </summary>
public sealed class SqliteBulkImportTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static Event Row(int i, string partner) =>
        new($"row-{i:D6}", new ActorRef("MNG"), new ActorRef(partner), CameoCode.Parse(i % 3 == 0 ? "042" : "057"),
            FuzzyDate.OfDay(new DateOnly(2001, 1, 1).AddDays(i % 700)), null, EventOrigin.Imported, 1.0, [Evidence.FromSource($"https://example.org/{i}")]);

    private static List<string> SchemaObjects(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master ORDER BY name";
        using var r = cmd.ExecuteReader();
        var found = new List<string>();
        while (r.Read())
        {
            found.Add(r.GetString(0));
        }

        return found;
    }

    [Fact]
    public void LargeImport_LookupAfterTheIndexesAreSuspended_AnsweredAndSchemaAndCountsWhole()
    {
        var path = _dir.File("bulk.db");
        string[] partners = ["CHN", "RUS", "KAZ"];
        var rows = Enumerable.Range(0, 25_000).Select(i => Row(i, partners[i % partners.Length])).ToList();
        using var store = SqliteEventStore.Open(path);
        store.UpsertEvents([Row(-1, "CHN") with { Id = "stored-before", Origin = EventOrigin.Curated }]);
        var schema = SchemaObjects(path);

        Assert.True(store.ImportEvents(batch =>
        {
            foreach (var row in rows.Take(21_000))
            {
                batch.Write(row); // two flushes: the second suspends the indexes
            }

            var day = rows[20_999].Date!.Value;
            var q = new EventQuery { Actor = "MNG", Partner = rows[20_999].Target.Code, From = day, To = day, CodePrefix = rows[20_999].Cameo.Value[..2], WithEvidences = false };
            var expected = rows.Take(21_000).Where(r => PairQueryMatch.Matches(r, q)).Select(r => r.Id).Order(StringComparer.Ordinal);
            Assert.Equal(expected, batch.QueryEvents(q).Select(e => e.Id).Order(StringComparer.Ordinal));
            foreach (var row in rows.Skip(21_000))
            {
                batch.Write(row);
            }

            return true;
        }));

        Assert.Equal(schema, SchemaObjects(path));
        var all = store.QueryEvents(new EventQuery { WithEvidences = false });
        Assert.Equal(rows.Count + 1, all.Count);
        Assert.Equal(DyadDayCountOracle.From(all), DyadDayCountOracle.Sorted(store.GetDyadDayCounts(new DyadCountQuery("MNG"))));
        // The year counts are built again from the day counts, not by their triggers: the same numbers.
        Assert.Equal(DyadYearCountOracle.From(all), DyadYearCountOracle.Sorted(store.GetDyadYearCounts(new DyadCountQuery("MNG"))));
    }
}
