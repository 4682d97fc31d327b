using Orkhon.Domain;
using Orkhon.Extraction;
using Orkhon.Ingestion;
using Orkhon.Knowledge;
using Orkhon.Storage;

namespace Orkhon.Tests.Extraction;

public sealed class EventMergerTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static void Ingest(IEventStore store, string text, string? url = null)
    {
        // Through the product's one ingest path, so these tests hold for the CLI and the API alike.
        IngestPipeline.Default.Ingest(Document.Create(text, url: url), store);
    }

    [Fact]
    public void SameEventTwiceInADocument_IsOneEventWithTwoEvidences()
    {
        using var store = SqliteEventStore.Open(_dir.File("o.db"));
        Ingest(store, "Japarov arrived in Ulaanbaatar on 9 July 2023. The Kyrgyz president's state visit to Mongolia in July 2023 was the first in 21 years.");
        var e = Assert.Single(store.QueryEvents(new EventQuery { Origin = EventOrigin.Extracted }));
        Assert.Equal("KGZ", e.Source.Code);
        Assert.Equal(2, e.Evidences.Count);
        Assert.Equal(FuzzyDate.OfDay(2023, 7, 9), e.Date);
    }

    [Fact]
    public void SameEventInTwoDocuments_IsOneEvent_DifferentDatesAreTwo()
    {
        using var store = SqliteEventStore.Open(_dir.File("o.db"));
        Ingest(store, "Mongolia and Kazakhstan signed an agreement on visa-free travel in October 2023.", "https://a.example/1");
        Ingest(store, "Kazakhstan and Mongolia signed a visa agreement on 17 October 2023 in Astana.", "https://b.example/2");
        Ingest(store, "Mongolia and Kazakhstan signed a railway agreement in March 2025.", "https://c.example/3");
        var events = store.QueryEvents(new EventQuery { Actor = "MNG", Partner = "KAZ" });
        Assert.Equal(2, events.Count);
        Assert.Equal(2, events[0].Evidences.Count);
        Assert.Equal(["https://a.example/1", "https://b.example/2"], events[0].Evidences.Select(v => v.Url));
    }

    [Fact]
    public void ExtractedMentionOfACuratedEvent_AddsEvidenceToTheKnowledgeBaseRow()
    {
        using var store = SqliteEventStore.Open(_dir.File("o.db"));
        var kb = KnowledgeBase.Mongolia;
        store.SyncCuratedEvents(kb.Events, kb.Version);
        Ingest(store, "In July 2023, President Sadyr Japarov of Kyrgyzstan paid a state visit to Mongolia.");
        var visit = Assert.Single(store.QueryEvents(new EventQuery { Actor = "KGZ", Partner = "MNG", CodePrefix = "042", Origin = EventOrigin.Extracted }));
        Assert.Equal(EventOrigin.Curated, visit.Origin); // the knowledge-base row, now also supported by the article
        Assert.Contains(visit.Evidences, v => v is SourceEvidence);
        Assert.Contains(visit.Evidences, v => v is DocumentEvidence d && d.Sentence.Contains("Japarov", StringComparison.Ordinal));
        Assert.Equal(kb.Events.Count, store.GetStatistics().Events);
    }

    [Fact]
    public void UndatedMention_DoesNotMergeAcrossDocuments()
    {
        using var store = SqliteEventStore.Open(_dir.File("o.db"));
        Ingest(store, "Moscow criticised Washington for its policy in Central Asia in May 2024.");
        Ingest(store, "Moscow criticised Washington again.");
        Assert.Equal(2, store.QueryEvents(new EventQuery { Actor = "RUS", Partner = "USA" }).Count);
    }
}
