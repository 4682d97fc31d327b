using Orkhon.Domain;
using Orkhon.Storage;

namespace Orkhon.Tests.Storage;

/// <summary>The contract for kept PLOVER records (<see cref="PloverEvent"/>): written by an import batch, read by query.</summary>
public abstract partial class EventStoreContract
{
    private static PloverEvent Kept(string id, string source, string target, string? date, string type = "REQUEST", string? mode = "assist") =>
        new("plover-" + id, type, mode, ["economic", "legal"], source, target, date is null ? null : FuzzyDate.Parse(date), "Ulaanbaatar", "text " + id,
            [Evidence.FromSource("https://example.org/" + id, "words " + id), Evidence.FromSource("https://example.org/" + id + "/2")]);

    private static void AssertSame(IEnumerable<PloverEvent> expected, IEnumerable<PloverEvent> actual)
    {
        var (e, a) = (expected.ToList(), actual.ToList());
        Assert.Equal(e.Select(x => x.Id), a.Select(x => x.Id));
        Assert.All(e.Zip(a), p => Assert.True(p.First.SameAs(p.Second), $"{p.First} differs from {p.Second}"));
    }

    [Fact]
    public void WritePlover_Committed_ReadBackWholeCountedApartFromEvents()
    {
        using var store = Open();
        var before = store.GetStatistics();
        var kept = Kept("k1", "MNG", "CHN", "2024-04-01");
        var undated = new PloverEvent("plover-k2", "ACCUSE", null, [], "RUS", "MNG", null, null, null, []);

        Assert.True(store.ImportEvents(batch =>
        {
            batch.WritePlover(kept);
            batch.WritePlover(undated);
            return true;
        }));

        AssertSame([undated, kept], store.QueryPloverEvents(new EventQuery()));
        var after = store.GetStatistics();
        Assert.Equal((before.Events, before.ImportedEvents, 2), (after.Events, after.ImportedEvents, after.PloverEvents));
        Assert.Empty(store.QueryEvents(new EventQuery { Actor = "MNG", Partner = "CHN" }));
        Assert.Empty(store.GetDyadDayCounts(new DyadCountQuery("MNG") { Partner = "CHN" }));
    }

    [Fact]
    public void WritePlover_RolledBack_NothingKept()
    {
        using var store = Open();
        Assert.False(store.ImportEvents(batch =>
        {
            batch.WritePlover(Kept("k1", "MNG", "CHN", "2024-04-01"));
            return false;
        }));
        Assert.Throws<InvalidOperationException>(() => store.ImportEvents(batch =>
        {
            batch.WritePlover(Kept("k2", "MNG", "CHN", "2024-04-01"));
            throw new InvalidOperationException("a failing import");
        }));

        Assert.Empty(store.QueryPloverEvents(new EventQuery()));
        Assert.Equal(0, store.GetStatistics().PloverEvents);
    }

    [Fact]
    public void WritePlover_SameIdAgain_OneRowTheLatestValues()
    {
        using var store = Open();
        var first = Kept("k1", "MNG", "CHN", "2024-04-01");
        var again = first with { Mode = "meet", Contexts = ["diplomatic"], Evidences = [], Text = null, Date = FuzzyDate.Parse("2024-05") };
        store.ImportEvents(batch =>
        {
            batch.WritePlover(first);
            return true;
        });
        store.ImportEvents(batch =>
        {
            batch.WritePlover(first);
            return true;
        });
        AssertSame([first], store.QueryPloverEvents(new EventQuery()));

        store.ImportEvents(batch =>
        {
            batch.WritePlover(again);
            return true;
        });
        AssertSame([again], store.QueryPloverEvents(new EventQuery()));
        Assert.Equal(1, store.GetStatistics().PloverEvents);
    }

    [Fact]
    public void QueryPloverEvents_TheEventsFilters_CameoAndOtherOriginsSelectNone()
    {
        using var store = Open();
        var a = Kept("a", "MNG", "CHN", "2023-07-09");
        var b = Kept("b", "CHN", "MNG", "2024");
        var c = Kept("c", "RUS", "MNG", "2025-02-01");
        var d = Kept("d", "MNG", "KAZ", null);
        store.ImportEvents(batch =>
        {
            foreach (var k in new[] { c, a, d, b })
            {
                batch.WritePlover(k);
            }

            return true;
        });

        string Ids(EventQuery q) => string.Join(",", store.QueryPloverEvents(q).Select(k => k.Id["plover-".Length..]));

        Assert.Equal("d,a,b,c", Ids(new EventQuery()));   // undated first (its range starts at the first day), then by date
        Assert.Equal("c,b,a,d", Ids(new EventQuery { Descending = true }));
        Assert.Equal("a,b", Ids(new EventQuery { Actor = "MNG", Partner = "CHN" }));
        Assert.Equal("b,c", Ids(new EventQuery { Target = "MNG" }));
        Assert.Equal("d,a", Ids(new EventQuery { Source = "MNG" }));
        Assert.Equal("b,c", Ids(new EventQuery { From = FuzzyDate.Parse("2024-06") }));
        Assert.Equal("a", Ids(new EventQuery { To = FuzzyDate.Parse("2023-12") }));
        Assert.Equal("a,b", Ids(new EventQuery { Limit = 2, Offset = 1 }));
        Assert.Equal("d,a,b,c", Ids(new EventQuery { Origin = EventOrigin.Imported }));
        Assert.Equal("", Ids(new EventQuery { Origin = EventOrigin.Curated }));
        Assert.Equal("", Ids(new EventQuery { Origin = EventOrigin.Extracted }));
        Assert.Equal("", Ids(new EventQuery { CodePrefix = "02" }));
        Assert.Equal(2, store.CountPloverEvents(new EventQuery { Actor = "MNG", Partner = "CHN", Limit = 1 }));
        Assert.Equal(0, store.CountPloverEvents(new EventQuery { CodePrefix = "1" }));
    }
}
