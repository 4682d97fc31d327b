using Orkhon.Domain;
using Orkhon.Exchange;
using Orkhon.Storage;

namespace Orkhon.Tests.Exchange;

public sealed class GdeltMentionReaderTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Read_SampleFile_WebMentionsAreSourcesOfTheirEvent()
    {
        var records = ExchangeTestData.Read(GdeltMentionReader.Default, ExchangeTestData.File("gdelt-mentions-sample.mentions.CSV"));

        Assert.Equal([ImportRecordKind.Evidence, ImportRecordKind.Skipped, ImportRecordKind.Evidence, ImportRecordKind.Bad], records.Select(r => r.Kind));
        Assert.Equal("gdelt-900000001", records[0].EventId);
        var source = Assert.IsType<SourceEvidence>(records[0].Evidence);
        Assert.Equal("https://example.org/wire/mng-kgz-visit-follow-up", source.Url);
        Assert.Equal("GDELT mention of event 900000001: sentence 2, action at character 140 of 2400", source.Note);
        Assert.StartsWith("MentionType '2' is not a web page", records[1].Reason, StringComparison.Ordinal);
        Assert.Equal((4L, "'one' is not a number (SentenceID, ActionCharOffset and MentionDocLen are)"), (records[3].Line, records[3].Reason));
    }

    [Fact]
    public void ImportFile_AfterTheEvents_AddsSourcesOnceAndSkipsUnknownEvents()
    {
        using var store = SqliteEventStore.Open(_dir.File("m.db"));
        EventImporter.ImportFile(store, ExchangeTestData.File("gdelt-sample.export.CSV"), GdeltEventReader.Default, new ImportOptions());
        var mentions = ExchangeTestData.File("gdelt-mentions-sample.mentions.CSV");
        var options = new ImportOptions { AllowPartial = true };

        var first = EventImporter.ImportFile(store, mentions, GdeltMentionReader.Default, options);
        var second = EventImporter.ImportFile(store, mentions, GdeltMentionReader.Default, options);

        Assert.Equal((true, 1L, 2L), (first.Committed, first.Merged, first.Skipped));
        Assert.Contains(first.SkippedExamples, s => s.Reason.StartsWith("event gdelt-900000099 is not stored", StringComparison.Ordinal));
        Assert.Equal(first.Merged, second.Merged);
        var visit = store.GetEvent("gdelt-900000001")!;
        Assert.Equal(["https://example.org/wire/mng-kgz-visit", "https://example.org/wire/mng-kgz-visit-follow-up"], visit.Evidences.Select(v => v.Url).Order(StringComparer.Ordinal));
        Assert.Equal(EventOrigin.Imported, visit.Origin);
    }

    [Fact]
    public void ImportFile_BadRowWithoutAllowPartial_NoSourceAdded()
    {
        using var store = SqliteEventStore.Open(_dir.File("m.db"));
        EventImporter.ImportFile(store, ExchangeTestData.File("gdelt-sample.export.CSV"), GdeltEventReader.Default, new ImportOptions());

        var result = EventImporter.ImportFile(store, ExchangeTestData.File("gdelt-mentions-sample.mentions.CSV"), GdeltMentionReader.Default, new ImportOptions());

        Assert.False(result.Committed);
        Assert.Single(store.GetEvent("gdelt-900000001")!.Evidences);
    }
}
