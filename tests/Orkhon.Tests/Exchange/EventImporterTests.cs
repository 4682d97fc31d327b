using Orkhon.Domain;
using Orkhon.Exchange;
using Orkhon.Knowledge;
using Orkhon.Storage;

namespace Orkhon.Tests.Exchange;

public sealed class EventImporterTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private SqliteEventStore EmptyStore(string name = "o.db") => SqliteEventStore.Open(_dir.File(name));

    private static IReadOnlyList<Event> Imported(IEventStore store) => store.QueryEvents(new EventQuery { Origin = EventOrigin.Imported });

    [Fact]
    public void ImportFile_BadRows_NothingStoredEveryBadRowNamedFileLineReason()
    {
        using var store = EmptyStore();
        var path = ExchangeTestData.File("gdelt-bad.export.CSV");

        var result = EventImporter.ImportFile(store, path, GdeltEventReader.Default, new ImportOptions());

        Assert.False(result.Committed);
        Assert.Empty(Imported(store));
        Assert.Equal(
            [$"{path}:2: 4 columns, a GDELT 2.0 event has 61 (tab-separated)", $"{path}:3: SQLDATE '20231341' is not a day (YYYYMMDD)"],
            result.Errors.Take(2).Select(e => e.ToString()));
        Assert.Equal(3, result.Errors.Count);
        Assert.False(result.GaveUp);
    }

    [Fact]
    public void ImportFile_BadRowsWithAllowPartial_GoodRowsStored()
    {
        using var store = EmptyStore();
        var result = EventImporter.ImportFile(store, ExchangeTestData.File("gdelt-bad.export.CSV"), GdeltEventReader.Default, new ImportOptions { AllowPartial = true });

        Assert.True(result.Committed);
        Assert.Equal(3, result.Errors.Count);
        Assert.Equal(["gdelt-900000001", "gdelt-900000002"], Imported(store).Select(e => e.Id).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(0, 1)] // the first bad row is one too many
    [InlineData(1, 2)]
    [InlineData(2, 3)]
    public void ImportFile_MoreBadRowsThanMaxErrors_GivesUpAndKeepsNothing(int maxErrors, int errorsSeen)
    {
        using var store = EmptyStore();
        var result = EventImporter.ImportFile(store, ExchangeTestData.File("gdelt-bad.export.CSV"), GdeltEventReader.Default,
            new ImportOptions { MaxErrors = maxErrors, AllowPartial = true });

        Assert.True(result.GaveUp);
        Assert.False(result.Committed);
        Assert.Equal(errorsSeen, result.Errors.Count);
        Assert.Empty(Imported(store));
    }

    [Fact]
    public void ImportFile_AsManyBadRowsAsMaxErrors_DoesNotGiveUp()
    {
        using var store = EmptyStore();
        var result = EventImporter.ImportFile(store, ExchangeTestData.File("gdelt-bad.export.CSV"), GdeltEventReader.Default,
            new ImportOptions { MaxErrors = 3, AllowPartial = true });
        Assert.False(result.GaveUp);
        Assert.True(result.Committed);
    }

    [Fact]
    public void ImportFile_Twice_SecondChangesNothing()
    {
        using var store = EmptyStore();
        var path = ExchangeTestData.File("gdelt-sample.export.CSV");
        var first = EventImporter.ImportFile(store, path, GdeltEventReader.Default, new ImportOptions());
        var before = Imported(store);
        var stats = store.GetStatistics();

        var second = EventImporter.ImportFile(store, path, GdeltEventReader.Default, new ImportOptions());

        Assert.Equal((true, 2L, 2L), (first.Committed, first.Written, first.Skipped));
        Assert.Equal((true, 2L), (second.Committed, second.Written));
        Assert.Equal(before, Imported(store), EventComparer);
        Assert.Equal(stats, store.GetStatistics());
    }

    [Fact]
    public void ImportFile_RowOfACuratedEvent_CuratedKeepsItsFactsAndGainsTheSource()
    {
        using var store = EmptyStore();
        store.SyncCuratedEvents(KnowledgeBase.Mongolia.Events, KnowledgeBase.Mongolia.Version);
        var curated = KnowledgeBase.Mongolia.Events.First(e => e.Date is { Precision: DatePrecision.Day } && e.Cameo.Level >= 2);
        var day = curated.Date!.Value.Earliest.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);

        // Another code of the same root, told by a dataset: the same real event.
        var other = curated.Cameo.Value == "042" ? "043" : curated.Cameo.Root.Value;
        var row = GdeltEventReaderTests.Row("555", day, curated.Source.Code, curated.Target.Code, other);
        var path = _dir.Write("one.CSV", row);
        var before = store.GetEvent(curated.Id)!;

        var result = EventImporter.ImportFile(store, path, GdeltEventReader.Default, new ImportOptions());
        var again = EventImporter.ImportFile(store, path, GdeltEventReader.Default, new ImportOptions());

        Assert.Equal((1L, 0L), (result.Merged, result.Written));
        Assert.Equal(1L, again.Merged);
        Assert.Empty(Imported(store));
        var after = store.GetEvent(curated.Id)!;
        Assert.Equal((before.Cameo, before.Date, before.Origin, before.Title, before.Kind, before.Confidence), (after.Cameo, after.Date, after.Origin, after.Title, after.Kind, after.Confidence));
        var added = Assert.Single(after.Evidences.Except(before.Evidences));
        Assert.Equal(("https://example.org/wire/555", "GDELT event 555"), (added.Url, added.Text));
        Assert.Equal(before.Evidences.Count + 1, after.Evidences.Count);
    }

    [Fact]
    public void ImportFile_FileBreaksOff_NothingStoredUnlessAllowPartial()
    {
        byte[] bytes = [.. System.Text.Encoding.UTF8.GetBytes(GdeltEventReaderTests.Row("1", "20230709", "MNG", "CHN", "042")), 0xFF, 0xFE, (byte)'\n'];
        var path = _dir.WriteBytes("broken.CSV", bytes);
        using var store = EmptyStore();

        var whole = EventImporter.ImportFile(store, path, GdeltEventReader.Default, new ImportOptions());
        Assert.False(whole.Committed);
        Assert.Equal($"{path}:2: invalid UTF-8", Assert.Single(whole.Errors).ToString());
        Assert.Empty(Imported(store));

        var partial = EventImporter.ImportFile(store, path, GdeltEventReader.Default, new ImportOptions { AllowPartial = true });
        Assert.True(partial.Committed);
        Assert.Single(Imported(store));
    }

    [Fact]
    public void ImportFile_Missing_OneFileError()
    {
        using var store = EmptyStore();
        var result = EventImporter.ImportFile(store, _dir.File("absent.CSV"), GdeltEventReader.Default, new ImportOptions());
        Assert.False(result.Committed);
        Assert.Equal(0, Assert.Single(result.Errors).Line);
    }

    private static readonly IEqualityComparer<Event> EventComparer = EqualityComparer<Event>.Create(
        (a, b) => a!.Id == b!.Id && a.Cameo == b.Cameo && a.Date == b.Date && a.Evidences.SequenceEqual(b.Evidences),
        e => e.Id.GetHashCode(StringComparison.Ordinal));
}
