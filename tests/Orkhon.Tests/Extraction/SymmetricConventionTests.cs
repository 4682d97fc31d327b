using System.Text;
using Orkhon.Domain;
using Orkhon.Exchange;
using Orkhon.Extraction;
using Orkhon.Ingestion;
using Orkhon.Knowledge;
using Orkhon.Storage;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// The one convention for symmetric acts (<see cref="CameoCode.IsSymmetric"/>: roots 04, 05, 06, 19), held the same way by
/// every stage: extraction codes one event per unordered pair, ingest and import merge A→B with B→A, and exports write the
/// merged event once. Directed roots keep both directions apart.
/// </summary>
public sealed class SymmetricConventionTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    // Each pair tells one act from each side, on the same day, in two articles.
    public static TheoryData<string, string, string> SymmetricActs => new()
    {
        { "040", "Chile's president met Peru's president in Lima on 3 March 2025.", "Peru's president met Chile's president in Lima on 3 March 2025." },
        { "057", "Chile and Peru signed a fisheries accord on 3 March 2025.", "Peru and Chile signed a fisheries accord on 3 March 2025." },
        { "062", "Chile and Peru held joint naval exercises on 3 March 2025.", "Peru and Chile held joint naval exercises on 3 March 2025." },
        { "194", "Chilean and Peruvian troops exchanged fire on 3 March 2025.", "Peruvian and Chilean troops exchanged fire on 3 March 2025." },
    };

    [Theory]
    [InlineData("04", true)]
    [InlineData("0421", true)]
    [InlineData("057", true)]
    [InlineData("062", true)]
    [InlineData("194", true)]
    [InlineData("036", false)] // an intent is each party's own
    [InlineData("111", false)]
    [InlineData("163", false)]
    [InlineData("20", false)]
    public void IsSymmetric_ConsultCooperateAndFightOnly(string code, bool symmetric) => Assert.Equal(symmetric, CameoCode.Parse(code).IsSymmetric);

    [Theory]
    [InlineData("040", true)]
    [InlineData("057", true)]
    [InlineData("061", true)]
    [InlineData("190", true)]
    [InlineData("036", false)]
    [InlineData("111", false)]
    [InlineData("173", false)]
    public void Merge_ReversedPair_IsTheSameEventOnlyForSymmetricRoots(string code, bool same)
    {
        var day = FuzzyDate.OfDay(2025, 3, 3);
        var known = Event("k", "CHL", "PER", code, day);
        Assert.Equal(same, EventMerger.IsSameEvent(known, Event("c", "PER", "CHL", code, day)));
        Assert.True(EventMerger.IsSameEvent(known, Event("c", "CHL", "PER", code, day)));
    }

    [Theory]
    [MemberData(nameof(SymmetricActs))]
    public void Ingest_OneActToldFromEachSide_IsOneEventWithBothArticles(string code, string one, string other)
    {
        using var store = SqliteEventStore.Open(_dir.File("o.db"));
        IngestPipeline.Default.Ingest(Document.Create(one, url: "https://a.example/1"), store);
        IngestPipeline.Default.Ingest(Document.Create(other, url: "https://b.example/2"), store);

        var e = Assert.Single(store.QueryEvents(new EventQuery { Actor = "CHL", Partner = "PER" }));
        Assert.Equal((code, "CHL", "PER", 2), (e.Cameo.Value, e.Source.Code, e.Target.Code, e.Evidences.Count));
    }

    [Fact]
    public void Ingest_DirectedActFromEachSide_IsTwoEvents()
    {
        using var store = SqliteEventStore.Open(_dir.File("o.db"));
        IngestPipeline.Default.Ingest(Document.Create("Chile's foreign minister criticised Peru on 3 March 2025.", url: "https://a.example/1"), store);
        IngestPipeline.Default.Ingest(Document.Create("Peru's foreign minister criticised Chile on 3 March 2025.", url: "https://b.example/2"), store);

        var events = store.QueryEvents(new EventQuery { Actor = "CHL", Partner = "PER" });
        Assert.Equal(["CHL>PER", "PER>CHL"], events.Select(e => $"{e.Source.Code}>{e.Target.Code}").Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Chile and Peru signed a fisheries accord on 3 March 2025.", "057", 1L, 0L)]
    [InlineData("Chile's foreign minister criticised Peru on 3 March 2025.", "111", 0L, 1L)]
    public void Import_DatasetRowTellingTheReversedPair_MergesOnlyASymmetricAct(string article, string code, long merged, long written)
    {
        using var store = SqliteEventStore.Open(_dir.File("o.db"));
        IngestPipeline.Default.Ingest(Document.Create(article, url: "https://a.example/1"), store);
        var path = _dir.Write("row.CSV", Orkhon.Tests.Exchange.GdeltEventReaderTests.Row("777", "20250303", "PER", "CHL", code));

        var result = EventImporter.ImportFile(store, path, GdeltEventReader.Default, new ImportOptions());

        Assert.Equal((merged, written), (result.Merged, result.Written));
        Assert.Equal(1 + (int)written, store.QueryEvents(new EventQuery { Actor = "CHL", Partner = "PER" }).Count);
    }

    [Theory]
    [InlineData(ExchangeFormat.Gdelt)]
    [InlineData(ExchangeFormat.Icews)]
    [InlineData(ExchangeFormat.Plover)]
    [InlineData(ExchangeFormat.Csv)]
    [InlineData(ExchangeFormat.Jsonl)]
    public void Export_ASymmetricActToldFromEachSide_IsOneRecord(ExchangeFormat format)
    {
        using var store = SqliteEventStore.Open(_dir.File("o.db"));
        IngestPipeline.Default.Ingest(Document.Create("Chile and Peru signed a fisheries accord on 3 March 2025.", url: "https://a.example/1"), store);
        IngestPipeline.Default.Ingest(Document.Create("Peru and Chile signed a fisheries accord on 3 March 2025.", url: "https://b.example/2"), store);
        var events = store.QueryEvents(new EventQuery { Actor = "CHL", Partner = "PER" });

        using var output = new MemoryStream();
        var result = EventExport.Write(format, output, events, ReferenceData.Default, CameoCatalog.Default);

        Assert.Equal(1, result.Written);
        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = format is ExchangeFormat.Icews or ExchangeFormat.Csv ? 1 : 0;
        Assert.Equal(1 + header, lines.Length);
        // Both parties in the one record, by code or (ICEWS) by name.
        Assert.True(lines[header].Contains("CHL", StringComparison.Ordinal) || lines[header].Contains("Chile", StringComparison.Ordinal), lines[header]);
        Assert.True(lines[header].Contains("PER", StringComparison.Ordinal) || lines[header].Contains("Peru", StringComparison.Ordinal), lines[header]);
    }

    private static Event Event(string id, string source, string target, string code, FuzzyDate date) =>
        new(id, new ActorRef(source, null), new ActorRef(target, null), CameoCode.Parse(code), date, null, EventOrigin.Extracted, 0.8, []);
}
