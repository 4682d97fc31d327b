using Orkhon.Domain;
using Orkhon.Exchange;
using Orkhon.Ingestion;
using Orkhon.Knowledge;
using Orkhon.Storage;

namespace Orkhon.Tests.Exchange;

/// <summary>
/// import(export(x)) = x for every format Orkhon reads, on a store holding the knowledge base and an
/// ingested article, comparing the fields each format carries (docs/formats.md lists what each drops).
/// </summary>
public sealed class RoundTripTests : IDisposable
{
    private const string ArticleUrl = "https://example.org/news/kazakh-visit";
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>The knowledge base and one article's extracted event, with its document's sentence as evidence.</summary>
    private IReadOnlyList<Event> SourceEvents()
    {
        using var store = SqliteEventStore.Open(_dir.File("source.db"));
        store.SyncCuratedEvents(KnowledgeBase.Mongolia.Events, KnowledgeBase.Mongolia.Version);
        var article = Document.Create("Kazakh President Tokayev paid a state visit to Mongolia on 3 June 2031. The talks covered rail links.", url: ArticleUrl);
        var ingest = IngestPipeline.Default.Ingest(article, store);
        Assert.Single(ingest.Events);
        var events = store.QueryEvents(new EventQuery());
        Assert.Contains(events, e => e.Origin == EventOrigin.Extracted && e.Evidences.Any(v => v is DocumentEvidence));
        return events;
    }

    private List<Event> RoundTrip(ExchangeFormat format, IReadOnlyList<Event> events, out ExportResult export)
    {
        var path = _dir.File("export." + format.ToName());
        using (var file = File.Create(path))
        {
            export = EventExport.Write(format, file, events, ReferenceData.Default, CameoCatalog.Default);
        }

        using var target = SqliteEventStore.Open(_dir.File(format.ToName() + ".db"));
        var result = EventImporter.ImportFile(target, path, EventImporter.ReaderFor(format), new ImportOptions());
        Assert.True(result.Committed, string.Join("\n", result.Errors));
        Assert.Equal(0, result.Skipped);
        Assert.Empty(result.Errors);
        return [.. target.QueryEvents(new EventQuery())];
    }

    [Fact]
    public void Gdelt_ImportOfExport_SameActorsCodesDaysPlacesAndFirstSource()
    {
        var events = SourceEvents();
        var back = RoundTrip(ExchangeFormat.Gdelt, events, out var export).ToDictionary(e => e.Id);

        Assert.Equal(events.Count, export.Written);
        Assert.Equal(events.Count, back.Count);
        foreach (var e in events)
        {
            var b = back[DatasetIds.Gdelt(DatasetIds.NumericFor(e.Id, DatasetIds.GdeltPrefix))];

            // GDELT carries a day: a month or a year comes back as its first day.
            FuzzyDate? day = e.Date is { IsOpenStart: false } d ? FuzzyDate.OfDay(d.Earliest) : null;
            Assert.Equal((e.Source.Code, e.Target.Code, e.Cameo, day, e.Location), (b.Source.Code, b.Target.Code, b.Cameo, b.Date, b.Location));
            Assert.Equal(e.Evidences.Select(v => v.Url).FirstOrDefault(u => u is not null), b.Evidences.Select(v => v.Url).SingleOrDefault());
            Assert.Equal(EventOrigin.Imported, b.Origin);
        }
    }

    [Fact]
    public void Gdelt_ExportOfImported_GivesTheDatasetIdBack()
    {
        using var store = SqliteEventStore.Open(_dir.File("g.db"));
        EventImporter.ImportFile(store, ExchangeTestData.File("gdelt-sample.export.CSV"), GdeltEventReader.Default, new ImportOptions());
        var imported = store.QueryEvents(new EventQuery());

        var back = RoundTrip(ExchangeFormat.Gdelt, imported, out _);

        Assert.Equal(imported.Select(e => e.Id).Order(StringComparer.Ordinal), back.Select(e => e.Id).Order(StringComparer.Ordinal));
        Assert.Equal(imported.Select(e => (e.Id, e.Cameo, e.Date, e.Location)), back.OrderBy(e => imported.ToList().FindIndex(i => i.Id == e.Id)).Select(e => (e.Id, e.Cameo, e.Date, e.Location)));
    }

    [Fact]
    public void Icews_ImportOfExport_SameActorsRootsDaysAndPlaces()
    {
        var events = SourceEvents();
        var back = RoundTrip(ExchangeFormat.Icews, events, out var export);
        var dated = events.Where(e => e.Date is { IsOpenStart: false }).ToList();

        Assert.Equal(dated.Count, export.Written);
        Assert.Equal(events.Count - dated.Count, export.Omitted.Count);
        Assert.Equal(dated.Count, back.Count);
        var byKey = back.ToDictionary(b => b.Id);
        foreach (var e in dated)
        {
            var day = e.Date!.Value.Earliest;
            var b = byKey[DatasetIds.Icews(day, DatasetIds.NumericFor(e.Id, DatasetIds.IcewsPrefix))];

            // ICEWS has no two-digit roots: 04 comes back as 040, "consult, not specified".
            var code = e.Cameo.Level == 1 ? CameoCode.Parse(e.Cameo.Value + "0") : e.Cameo;
            Assert.Equal((e.Source.Code, e.Target.Code, code, FuzzyDate.OfDay(day), e.Location), (b.Source.Code, b.Target.Code, b.Cameo, b.Date!.Value, b.Location));
        }
    }

    [Fact]
    public void Plover_ImportOfExport_SameEventsDatesTitlesAndSources()
    {
        var events = SourceEvents();
        var back = RoundTrip(ExchangeFormat.Plover, events, out var export).ToDictionary(e => e.Id);

        Assert.Equal(events.Count, export.Written);
        Assert.Equal(events.Count, back.Count);
        foreach (var e in events)
        {
            var b = back[DatasetIds.Plover(e.Id)];
            Assert.Equal((e.Source.Code, e.Target.Code, e.Cameo, e.Date, e.Location, e.Title), (b.Source.Code, b.Target.Code, b.Cameo, b.Date, b.Location, b.Title));

            // Every evidence with an address comes back as a source with its words; a document's span stays in the file.
            var expected = e.Evidences.Where(v => v.Url is not null).Select(v => (v.Url, v.Text)).Distinct();
            Assert.Equal(expected.Order(), b.Evidences.Select(v => (v.Url, v.Text)).Order());
        }
    }

    [Fact]
    public void Plover_Export_CarriesTheDocumentSpan()
    {
        var events = SourceEvents();
        using var stream = new MemoryStream();
        EventExport.Write(ExchangeFormat.Plover, stream, events, ReferenceData.Default, CameoCatalog.Default);
        var extracted = events.Single(e => e.Origin == EventOrigin.Extracted);
        var evidence = (DocumentEvidence)extracted.Evidences.Single();
        var line = System.Text.Encoding.UTF8.GetString(stream.ToArray()).Split('\n').Single(l => l.Contains(extracted.Id, StringComparison.Ordinal));

        Assert.Contains($"\"document\":\"{evidence.DocumentId}\",\"start\":{evidence.Start},\"end\":{evidence.End}", line, StringComparison.Ordinal);
        Assert.Equal(0, evidence.Start);
    }

    [Fact]
    public void ImportOfExport_IntoTheSameStore_ChangesNoEvent()
    {
        using var store = SqliteEventStore.Open(_dir.File("same.db"));
        store.SyncCuratedEvents(KnowledgeBase.Mongolia.Events, KnowledgeBase.Mongolia.Version);
        var events = store.QueryEvents(new EventQuery());
        var path = _dir.File("self.jsonl");
        using (var file = File.Create(path))
        {
            EventExport.Write(ExchangeFormat.Plover, file, events, ReferenceData.Default, CameoCatalog.Default);
        }

        var result = EventImporter.ImportFile(store, path, PloverReader.Default, new ImportOptions());

        // Every record is a curated event told again: each merges, none is added or altered.
        Assert.Equal((events.Count, 0L), ((int)result.Merged, result.Written));
        var after = store.QueryEvents(new EventQuery());
        Assert.Equal(events.Select(e => (e.Id, e.Cameo, e.Date, e.Origin, e.Title)), after.Select(e => (e.Id, e.Cameo, e.Date, e.Origin, e.Title)));
    }
}
