using Microsoft.Data.Sqlite;
using Orkhon.Domain;
using Orkhon.Extraction;
using Orkhon.Ingestion;
using Orkhon.Storage;
using Orkhon.Tests.Storage;
using Orkhon.Text;

namespace Orkhon.Tests.Ingestion;

public sealed class IngestPipelineTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>One dated visit per file, each a distinct real event (Kazakhstan to Mongolia on day <c>i</c>).</summary>
    private List<string> WriteVisits(string folder, int count, int firstDay = 1)
    {
        var files = new List<string>();
        for (var i = 0; i < count; i++)
        {
            files.Add(_dir.Write($"{folder}/{i:D3}.txt", $"Kazakh President Tokayev paid a state visit to Mongolia on {firstDay + i} June 2027. The talks covered rail links."));
        }

        return files;
    }

    [Fact]
    public async Task IngestFiles_SecondRun_StoresNothingAndExtractsNothing()
    {
        using var store = SqliteEventStore.Open(_dir.File("o.db"));
        var files = WriteVisits("docs", 6);
        var first = await IngestPipeline.Default.IngestFilesAsync(files, store, cancellationToken: Cancel);
        Assert.Equal(6, first.Added.Count);
        Assert.Equal(6, first.Extracted);

        var seen = new List<DocumentIngest>();
        var second = await IngestPipeline.Default.IngestFilesAsync(files, store, seen.Add, Cancel);
        Assert.Empty(second.Added);
        Assert.Equal(files, second.AlreadyPresent.Select(d => d.Path));
        Assert.Equal(0, second.Extracted); // the content hash was found before extraction
        Assert.All(seen, d => Assert.False(d.Extracted));
        Assert.Equal(6, store.QueryEvents(new EventQuery { Actor = "KAZ", From = FuzzyDate.OfYear(2027) }).Count);
    }

    [Theory]
    [InlineData(1)] // the writer waits on every document
    [InlineData(IngestOptions.DefaultDocumentsAhead)]
    public async Task IngestFiles_OneUndecodableFile_StoresEveryOtherAndNamesIt(int ahead)
    {
        using var store = SqliteEventStore.Open(_dir.File("o.db"));
        var files = WriteVisits("docs", 20);
        var poison = _dir.WriteBytes("docs/010-poison.txt", [(byte)'M', (byte)'o', 0xFF, 0xFE, (byte)'.']);
        files.Insert(10, poison);
        var pipeline = new IngestPipeline(EventExtractor.Default, new IngestOptions { MaxDocumentsAhead = ahead, MaxDegreeOfParallelism = 2 });

        var result = await pipeline.IngestFilesAsync(files, store, cancellationToken: Cancel);

        Assert.Null(result.StoreFailure);
        Assert.Equal(files.Where(f => f != poison), result.Added.Select(a => a.Path)); // all the others, in the files' order
        var failed = Assert.Single(result.Failed);
        Assert.Equal(poison, failed.Path);
        Assert.Equal(2, failed.ByteOffset); // where the bad byte is
        Assert.Equal(20, store.GetStatistics().Documents);
    }

    [Fact]
    public async Task IngestFiles_StoreBusyMidway_StopsWithTheDocumentsBeforeItStored()
    {
        var path = _dir.File("o.db");
        using var store = SqliteEventStore.Open(path, busyTimeout: TimeSpan.FromMilliseconds(200));
        var files = WriteVisits("docs", 12);
        SqliteConnection? holder = null;
        try
        {
            // After the third document another writer takes the lock and keeps it: the fourth write times out.
            var result = await IngestPipeline.Default.IngestFilesAsync(files, store, d =>
            {
                if (d.Position == 2)
                {
                    holder = WriteLock.Hold(path);
                }
            }, Cancel);

            Assert.Equal(StoreErrorKind.Busy, result.StoreFailure?.Kind);
            Assert.Equal(files.Take(3), result.Added.Select(a => a.Path));
            Assert.Empty(result.Failed);
        }
        finally
        {
            holder?.Dispose();
        }

        Assert.Equal(3, store.GetStatistics().Documents);
    }

    [Fact]
    public void Ingest_StoredSentencesAndEvidenceSpans_ComeFromOneSplit()
    {
        // «Gen. is a title after the guillemet only once the guillemet reads as '"': split as it stands, the raw
        // text breaks after "Gen." and its stored sentences would not be the ones the evidences point at.
        const string text = "Officials quoted «Gen. Batbold» at length on the rail link. Mongolia and Japan signed an accord on 3 March 2025.";
        Assert.Equal(3, SentenceSplitter.Split(text).Count); // the disagreement this guards against
        using var store = SqliteEventStore.Open(_dir.File("o.db"));
        var doc = Document.Create(text);

        var ingest = IngestPipeline.Default.Ingest(doc, store);

        Assert.Equal(DocumentOutcome.Added, ingest.Outcome);
        var sentences = store.GetSentences(doc.Id);
        Assert.Equal(2, sentences.Count);
        var evidence = Assert.IsType<DocumentEvidence>(Assert.Single(Assert.Single(ingest.Events).Evidences));
        Assert.Contains(sentences, s => s.Start == evidence.Start && s.End == evidence.End && s.Text == evidence.Sentence);
    }

    [Fact]
    public async Task Ingest_PairsTellingOneVisitOnSeparateConnectionsAtOnce_StoreOneEventPerVisit()
    {
        var path = _dir.File("o.db");
        SqliteEventStore.Open(path).Dispose();
        const int pairs = 10;
        using var start = new Barrier(2 * pairs);
        var writers = Enumerable.Range(0, 2 * pairs).Select(i => Task.Factory.StartNew(() =>
        {
            var day = 1 + (i / 2);
            var text = i % 2 == 0
                ? $"Kazakh President Tokayev paid a state visit to Mongolia on {day} June 2027."
                : $"Tokayev, the president of Kazakhstan, arrived in Ulaanbaatar on {day} June 2027 for a state visit.";
            using var store = SqliteEventStore.Open(path);
            start.SignalAndWait(Cancel);
            return IngestPipeline.Default.Ingest(Document.Create(text), store).Outcome;
        }, Cancel, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();
        Assert.All(await Task.WhenAll(writers), o => Assert.Equal(DocumentOutcome.Added, o));

        using var check = SqliteEventStore.Open(path, StoreAccessMode.ReadOnly);
        var events = check.QueryEvents(new EventQuery { Actor = "KAZ", Partner = "MNG", From = FuzzyDate.OfYear(2027) });
        Assert.Equal(pairs, events.Count);
        Assert.All(events, e => Assert.Equal(2, e.Evidences.Count));
    }
}
