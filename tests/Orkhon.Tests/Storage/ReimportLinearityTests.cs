using Orkhon.Domain;
using Orkhon.Exchange;
using Orkhon.Storage;

namespace Orkhon.Tests.Storage;

/// <summary>
/// A re-import of a dataset file into a store that holds it must cost in proportion to the file. Its rows of
/// a pair that has curated events each look for what they could merge into; that lookup used to read, through
/// events_dyad (a range on the end date), every stored event of the pair dated on or after the row, so a
/// re-import of a file in time order read the pair's events once per row: quadratic, and a 10⁷-row re-import
/// did not finish. These tests time re-imports of N and 4N rows of one such pair, one per day in time order:
/// linear growth gives a ratio near 4, the old lookup near 16. Thread CPU time (<see cref="ThreadCpuClock"/>),
/// fastest of three, the class alone (<see cref="TimingCollection"/>); the limit of 9 leaves room for a busy machine.
/// </summary>
[Collection(TimingCollection.Name)]
public sealed class ReimportLinearityTests : IDisposable
{
    private const int N = 1_500;
    private const int Growth = 4;
    private const double MaxRatio = 9;
    private const int Trials = 3;

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static List<Event> Rows(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new Event(
            $"gdelt-{1_000_000 + i}", new ActorRef("MNG"), new ActorRef("CHN"), CameoCode.Parse("040"),
            FuzzyDate.OfDay(new DateOnly(2000, 1, 1).AddDays(i)),
            null, EventOrigin.Imported, 1.0, [Evidence.FromSource($"https://example.org/{i}")]))];

    private static void Import(IEventStore store, IReadOnlyList<Event> rows) =>
        Assert.True(store.ImportEvents(batch =>
        {
            var merge = ImportMerge.Prepare(batch);
            foreach (var row in rows)
            {
                batch.Write(merge.Resolve(batch, row).Event);
            }

            return true;
        }));

    private TimeSpan Reimport(int count)
    {
        var rows = Rows(count);
        using var store = SqliteEventStore.Open(_dir.File($"store-{count}.db"));
        // A curated event of the pair and root, a day before the rows: every row's lookup runs, none merges.
        store.UpsertEvents([new Event("curated-visit", new ActorRef("MNG"), new ActorRef("CHN"), CameoCode.Parse("042"), FuzzyDate.OfDay(1999, 12, 31),
            null, EventOrigin.Curated, 1.0, [Evidence.FromSource("https://example.org/visit")])]);
        Import(store, rows);
        var before = Dump(store);
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < Trials; i++)
        {
            GC.Collect();
            var spent = ThreadCpuClock.Measure(() => Import(store, rows));
            best = spent < best ? spent : best;
        }

        // Idempotent: the re-imports changed nothing.
        Assert.Equal(before, Dump(store));
        return best;
    }

    private static string Dump(IEventStore store) =>
        string.Join("\n", store.QueryEvents(new EventQuery()).Select(e => $"{e} {string.Join(" ", e.Evidences)}")) + "\n" + store.GetStatistics();

    [Fact]
    public void Reimport_OfAPairWithCuratedEvents_GrowsLinearly()
    {
        Reimport(100); // JIT and SQLite warm-up
        var small = Reimport(N);
        var large = Reimport(N * Growth);
        var ratio = large / small;
        Assert.True(ratio < MaxRatio, $"re-import of {N * Growth} rows took {large.TotalMilliseconds:0} ms of CPU, of {N} rows {small.TotalMilliseconds:0} ms: ×{ratio:0.0} (linear ≈ {Growth})");
    }
}
