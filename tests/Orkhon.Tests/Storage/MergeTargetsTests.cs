using Microsoft.Data.Sqlite;
using Orkhon.Domain;
using Orkhon.Storage;

namespace Orkhon.Tests.Storage;

/// <summary>An import asks once which pairs and roots can take merges; the answer comes from a small partial index.</summary>
public sealed class MergeTargetsTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static Event E(string id, string source, string target, string? date, string cameo, EventOrigin origin) =>
        new(id, new ActorRef(source), new ActorRef(target), CameoCode.Parse(cameo), date is null ? null : FuzzyDate.Parse(date), null, origin, 0.5,
            [Evidence.FromSource("https://example.org/" + id)]);

    [Fact]
    public void MergeTargets_DatedCuratedAndExtractedOnly_SeenInsideTheBatch()
    {
        using var store = SqliteEventStore.Open(_dir.File("orkhon.db"));
        store.UpsertEvents([
            E("c", "MNG", "KAZ", "2019-05", "057", EventOrigin.Curated),
            E("x", "CHN", "MNG", "2020-01-02", "0431", EventOrigin.Extracted),
            E("u", "MNG", "RUS", null, "042", EventOrigin.Curated),         // undated: never a merge target
            E("i", "MNG", "JPN", "2021", "042", EventOrigin.Imported),      // imported: never a merge target
        ]);
        List<string> seen = [];
        store.ImportEvents(batch =>
        {
            batch.Write(E("i2", "MNG", "USA", "2021", "042", EventOrigin.Imported));
            seen = [.. batch.MergeTargets().Select(t => $"{t.Source} {t.Target} {t.Root.Value}").Order(StringComparer.Ordinal)];
            return false;
        });
        Assert.Equal(["CHN MNG 04", "MNG KAZ 05"], seen);
    }

    [Fact]
    public void MergeTargets_ReadsThePartialIndexOnly()
    {
        var path = _dir.File("orkhon.db");
        using (SqliteEventStore.Open(path))
        {
        }

        using var c = new SqliteConnection($"Data Source={path};Pooling=False;Mode=ReadOnly");
        c.Open();
        using var plan = c.CreateCommand();
        plan.CommandText = "EXPLAIN QUERY PLAN SELECT DISTINCT source, target, root FROM events INDEXED BY events_merge_targets WHERE origin <> 'imported' AND date IS NOT NULL";
        using var r = plan.ExecuteReader();
        var steps = new List<string>();
        while (r.Read())
        {
            steps.Add(r.GetString(3));
        }

        Assert.Contains(steps, s => s.Contains("events_merge_targets", StringComparison.Ordinal));
        Assert.DoesNotContain(steps, s => s.StartsWith("SCAN events", StringComparison.Ordinal) && !s.Contains("INDEX", StringComparison.Ordinal));
    }
}
