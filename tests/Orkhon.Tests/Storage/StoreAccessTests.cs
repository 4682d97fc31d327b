using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Orkhon.Domain;
using Orkhon.Extraction;
using Orkhon.Knowledge;
using Orkhon.Storage;
using Orkhon.Text;

namespace Orkhon.Tests.Storage;

/// <summary>Readers, writers and the busy policy: who may wait for whom, and what a reader never does.</summary>
[Collection(TimingCollection.Name)]
public sealed class StoreAccessTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string NewDatabase(int events = 0)
    {
        var path = _dir.File("orkhon.db");
        using var store = SqliteEventStore.Open(path);
        store.SyncCuratedEvents(KnowledgeBase.Mongolia.Events, KnowledgeBase.Mongolia.Version);
        if (events > 0)
        {
            store.UpsertEvents(ManyEvents(events));
        }

        return path;
    }

    [Fact]
    public void OpenReadOnly_WhileAWriterHoldsTheLock_ReadsAtOnce()
    {
        var path = NewDatabase();
        using var writer = WriteLock.Hold(path);
        var watch = Stopwatch.StartNew();
        using var reader = SqliteEventStore.Open(path, StoreAccessMode.ReadOnly);
        Assert.NotEmpty(reader.QueryEvents(new EventQuery { Actor = "MNG", Limit = 5 }));
        Assert.Equal(KnowledgeBase.Mongolia.Version, reader.GetKnowledgeBaseVersion());

        // The default busy timeout is a minute: a reader that queued behind the writer would take that long.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"the reader waited {watch.Elapsed}");
    }

    [Fact]
    public void SyncCuratedEvents_UpToDate_TakesNoWriteLock()
    {
        var path = NewDatabase();
        using var writer = WriteLock.Hold(path);
        // Were the sync to ask for the held lock, it would wait this long and fail: a fail-fast bound, not a speed limit.
        using var store = SqliteEventStore.Open(path, busyTimeout: TimeSpan.FromSeconds(10));
        Assert.False(store.SyncCuratedEvents(KnowledgeBase.Mongolia.Events, KnowledgeBase.Mongolia.Version).Changed);
    }

    [Fact]
    public void OpenReadOnly_ReadsWithoutChangingTheFile()
    {
        var path = NewDatabase();
        var before = SHA256.HashData(File.ReadAllBytes(path));
        using (var reader = SqliteEventStore.Open(path, StoreAccessMode.ReadOnly))
        {
            reader.QueryEvents(new EventQuery());
            reader.GetStatistics();
        }

        Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(path)));
    }

    [Fact]
    public void OpenReadOnly_Writes_AreRefusedAsReadOnly()
    {
        var path = NewDatabase();
        using var reader = SqliteEventStore.Open(path, StoreAccessMode.ReadOnly);
        var doc = Document.Create("Mongolia and Japan signed an accord.");
        var e = Assert.Throws<StoreException>(() => reader.AddDocument(doc, SentenceSplitter.Split(doc.Text)));
        Assert.Equal(StoreErrorKind.ReadOnly, e.Kind);
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OpenReadOnly_MissingFile_IsRefusedAndNotCreated()
    {
        var path = _dir.File("absent.db");
        var e = Assert.Throws<StoreException>(() => SqliteEventStore.Open(path, StoreAccessMode.ReadOnly));
        Assert.Equal(StoreErrorKind.Unusable, e.Kind);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void OpenReadOnly_SchemaNotYetMigrated_NeedsAWriter()
    {
        var path = _dir.Write("new.db", "");
        var e = Assert.Throws<StoreException>(() => SqliteEventStore.Open(path, StoreAccessMode.ReadOnly));
        Assert.Equal(StoreErrorKind.NeedsMigration, e.Kind);
        Assert.Equal(0, new FileInfo(path).Length);
    }

    [Fact]
    public void AddDocument_WriteLockHeldPastTheTimeout_FailsBusyAndWritesNothing()
    {
        var path = NewDatabase();
        // The lock is held for the whole wait, so this timeout is meant to expire; a busy machine only makes it expire later.
        using var store = SqliteEventStore.Open(path, busyTimeout: TimeSpan.FromSeconds(1));
        var doc = Document.Create("Mongolia and Japan signed an accord on 3 March 2025.");
        StoreException e;
        using (WriteLock.Hold(path))
        {
            e = Assert.Throws<StoreException>(() => store.AddDocument(doc, SentenceSplitter.Split(doc.Text)));
        }

        Assert.Equal(StoreErrorKind.Busy, e.Kind);
        Assert.Contains("busy", e.Message, StringComparison.Ordinal);
        Assert.False(store.HasDocument(doc.Id));

        // Once the lock is gone the same write goes through.
        Assert.Equal(IngestOutcome.Added, store.AddDocument(doc, SentenceSplitter.Split(doc.Text)));
    }

    [Fact]
    public async Task AddDocument_WriteLockReleasedWithinTheTimeout_Waits()
    {
        var path = NewDatabase();
        using var store = SqliteEventStore.Open(path, busyTimeout: TimeSpan.FromSeconds(30));
        var doc = Document.Create("Mongolia and Japan signed an accord on 3 March 2025.");
        var holder = WriteLock.Hold(path);
        var release = Task.Run(async () =>
        {
            await Task.Delay(500, TestContext.Current.CancellationToken);
            holder.Dispose();
        }, TestContext.Current.CancellationToken);
        Assert.Equal(IngestOutcome.Added, store.AddDocument(doc, SentenceSplitter.Split(doc.Text)));
        await release;
    }

    [Fact]
    public void Open_ManyProcessesMigratingOneNewFile_AllSucceed()
    {
        // Several first opens at once (threads stand in for processes: each has its own connection and lock).
        var path = _dir.File("race.db");
        var errors = new List<Exception>();
        var threads = Enumerable.Range(0, 6).Select(_ => new Thread(() =>
        {
            try
            {
                using var store = SqliteEventStore.Open(path);
                store.GetStatistics();
            }
            catch (Exception e)
            {
                lock (errors)
                {
                    errors.Add(e);
                }
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.Empty(errors);
    }

    [Fact]
    public void SqliteDatabase_Connect_GivesReadersAndWritersOnTheValidatedFile()
    {
        var path = NewDatabase();
        var database = SqliteDatabase.Open(path);
        var doc = Document.Create("Mongolia and Japan signed an accord on 3 March 2025.");
        using (var writer = database.Connect(StoreAccessMode.ReadWrite))
        {
            Assert.Equal(IngestOutcome.Added, writer.AddDocument(doc, SentenceSplitter.Split(doc.Text)));
        }

        using var reader = database.Connect(StoreAccessMode.ReadOnly);
        Assert.True(reader.HasDocument(doc.Id));
        Assert.Equal(StoreErrorKind.ReadOnly, Assert.Throws<StoreException>(() => reader.UpsertEvents(ManyEvents(1))).Kind);
    }

    [Fact]
    public void Merge_IntoAStoreHoldingManyEventsOfTheDyad_CostsAboutTheSameAsIntoAnEmptyOne()
    {
        // Ingest cost per document must not grow with the store: the merge asks only for the dyad's events
        // of the same root whose dates overlap, not for every event of the pair with its evidence.
        var text = string.Join(' ', Enumerable.Range(1, 20).Select(d => $"The President of Mongolia met the President of Kazakhstan in Astana on {d} May 2024."));
        var document = Document.Create(text, published: FuzzyDate.OfDay(2024, 5, 30));
        var mentions = EventExtractor.Default.Extract(document);
        Assert.NotEmpty(mentions);

        using var empty = SqliteEventStore.Open(_dir.File("empty.db"));
        using var full = SqliteEventStore.Open(_dir.File("full.db"));
        full.UpsertEvents(ManyEvents(20_000));

        var inEmpty = TimeMerges(document, mentions, empty);
        var inFull = TimeMerges(document, mentions, full);
        Assert.True(inFull < (inEmpty * 8) + TimeSpan.FromMilliseconds(200),
            $"merging into a store of 20,000 events of the dyad took {inFull.TotalMilliseconds:F0} ms, into an empty one {inEmpty.TotalMilliseconds:F0} ms");
    }

    [Fact]
    public void Merge_IntoAStoreHoldingManyUndatedAndOtherPartnersEvents_CostsAboutTheSame()
    {
        // Undated events span every day, and the busier actor's other pairs share its index: a lookup
        // that reads either grows with the archive (400 articles into a store of 12,000 took 35 s that way).
        var text = string.Join(' ', Enumerable.Range(1, 20).Select(d => $"The President of Mongolia met the President of Kazakhstan in Astana on {d} May 2024."));
        var document = Document.Create(text, published: FuzzyDate.OfDay(2024, 5, 30));
        var mentions = EventExtractor.Default.Extract(document);
        string[] others = ["CHN", "RUS", "USA", "JPN", "KOR", "IND", "TUR", "DEU"];
        using var empty = SqliteEventStore.Open(_dir.File("empty.db"));
        using var full = SqliteEventStore.Open(_dir.File("full.db"));
        full.UpsertEvents([.. Enumerable.Range(0, 20_000).Select(i => new Event($"undated-{i}", new ActorRef("MNG"), new ActorRef(i % 3 == 0 ? "KAZ" : others[i % others.Length]),
            mentions[0].Cameo, null, null, EventOrigin.Extracted, 0.5, [Evidence.FromSource($"https://example.org/{i}", $"Sentence {i}.")]))]);

        var inEmpty = TimeMerges(document, mentions, empty);
        var inFull = TimeMerges(document, mentions, full);
        Assert.True(inFull < (inEmpty * 8) + TimeSpan.FromMilliseconds(200),
            $"merging into a store of 20,000 undated events took {inFull.TotalMilliseconds:F0} ms, into an empty one {inEmpty.TotalMilliseconds:F0} ms");
    }

    [Fact]
    public void Merge_WhenTheKnownEventsHaveThousandsOfSources_CostsAboutTheSame()
    {
        // An event told by many articles keeps gaining sources; merging one more must not read (or
        // rewrite) all the sources it already has.
        var text = string.Join(' ', Enumerable.Range(1, 10).Select(d => $"The President of Mongolia met the President of Kazakhstan in Astana on {d} May 2024."));
        var document = Document.Create(text, published: FuzzyDate.OfDay(2024, 5, 30));
        var mentions = EventExtractor.Default.Extract(document);
        Assert.NotEmpty(mentions);

        using var empty = SqliteEventStore.Open(_dir.File("empty.db"));
        using var full = SqliteEventStore.Open(_dir.File("full.db"));
        full.UpsertEvents(mentions.Select((m, i) => new Event($"told-{i}", m.Source, m.Target, m.Cameo, m.Date, null, EventOrigin.Imported, 0.5,
            [.. Enumerable.Range(0, 3_000).Select(k => Evidence.FromSource($"https://example.org/{i}/{k}", $"Source {k}."))])).ToList());
        var before = full.GetEvent("told-0")!.Evidences.Count;

        var inEmpty = TimeMerges(document, mentions, empty);
        var inFull = TimeMerges(document, mentions, full);
        Assert.True(inFull < (inEmpty * 8) + TimeSpan.FromMilliseconds(200),
            $"merging into events with 3,000 sources each took {inFull.TotalMilliseconds:F0} ms, into an empty store {inEmpty.TotalMilliseconds:F0} ms");

        // The merged events are the known ones, carrying only the new evidence; storing adds it to the rest.
        var merged = EventMerger.Merge(document, mentions, full);
        Assert.All(merged, e => Assert.StartsWith("told-", e.Id, StringComparison.Ordinal));
        full.AddDocument(document, SentenceSplitter.Split(document.Text), merged);
        Assert.True(full.GetEvent("told-0")!.Evidences.Count > before);
    }

    [Fact]
    public void Open_VersionOneFileWithData_MigratesAndKeepsEveryEvent()
    {
        var path = _dir.File("v1.db");
        using (var c = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = SqliteSchema.Migrations[0] + $"""
                PRAGMA application_id = {SqliteSchema.ApplicationId}; PRAGMA user_version = 1;
                INSERT INTO events (id, source, target, cameo, date, date_start, date_end, origin, confidence)
                VALUES ('old', 'MNG', 'KAZ', '042', '2023-07', '2023-07-01', '2023-07-31', 'curated', 1.0);
                """;
            cmd.ExecuteNonQuery();
        }

        // Readers cannot migrate; a writer does, once.
        Assert.Equal(StoreErrorKind.NeedsMigration, Assert.Throws<StoreException>(() => SqliteEventStore.Open(path, StoreAccessMode.ReadOnly)).Kind);
        using (var writer = SqliteEventStore.Open(path))
        {
            Assert.Equal(SqliteSchema.LatestVersion, writer.GetStatistics().SchemaVersion);
        }

        using var reader = SqliteEventStore.Open(path, StoreAccessMode.ReadOnly);
        var found = Assert.Single(reader.QueryEvents(new EventQuery { Actor = "KAZ", Partner = "MNG", CodePrefix = "04", From = FuzzyDate.OfDay(2023, 7, 9), To = FuzzyDate.OfDay(2023, 7, 9) }));
        Assert.Equal("old", found.Id);
        Assert.Empty(reader.QueryEvents(new EventQuery { Actor = "KAZ", Partner = "MNG", CodePrefix = "05" }));
        Assert.Equal(1, Assert.Single(reader.GetDyadDayCounts(new DyadCountQuery("KAZ"))).Events);
    }

    [Fact]
    public void Schema_ListingOrder_NeedsNoSortAndTheUnusedActorsTableIsGone()
    {
        var path = NewDatabase();
        using var c = new SqliteConnection($"Data Source={path};Pooling=False;Mode=ReadOnly");
        c.Open();
        using var plan = c.CreateCommand();
        // The order every listing uses (QueryEvents): "the first N" must read N rows, not sort them all.
        plan.CommandText = "EXPLAIN QUERY PLAN SELECT id FROM events ORDER BY date_start ASC, date_end ASC, id ASC LIMIT 1";
        using (var r = plan.ExecuteReader())
        {
            var steps = new List<string>();
            while (r.Read())
            {
                steps.Add(r.GetString(3));
            }

            Assert.DoesNotContain(steps, s => s.Contains("TEMP B-TREE", StringComparison.Ordinal));
        }

        using var tables = c.CreateCommand();
        tables.CommandText = "SELECT count(*) FROM sqlite_schema WHERE name = 'actors'";
        Assert.Equal(0L, tables.ExecuteScalar());
    }

    [Fact]
    public void SearchSentences_MalformedQuery_IsAnInvalidQueryNotAnSqliteError()
    {
        var path = NewDatabase();
        using var store = SqliteEventStore.Open(path);
        var e = Assert.Throws<StoreException>(() => store.SearchSentences("\"unterminated", 10));
        Assert.Equal(StoreErrorKind.InvalidQuery, e.Kind);
        Assert.StartsWith("not a valid search", e.Message, StringComparison.Ordinal);
    }

    private static TimeSpan TimeMerges(Document document, IReadOnlyList<EventMention> mentions, IEventStore store)
    {
        EventMerger.Merge(document, mentions, store); // warm up
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < 5; i++)
        {
            var watch = Stopwatch.StartNew();
            EventMerger.Merge(document, mentions, store);
            best = watch.Elapsed < best ? watch.Elapsed : best;
        }

        return best;
    }

    // Many events of one dyad spread over the years and roots, each with an evidence row, as a large archive holds.
    private static List<Event> ManyEvents(int count)
    {
        string[] codes = ["036", "042", "043", "057", "061", "010", "111", "172"];
        return Enumerable.Range(0, count).Select(i =>
        {
            var date = FuzzyDate.OfDay(1990 + (i % 34), 1 + (i % 12), 1 + (i % 28));
            return new Event($"bulk-{i}", new ActorRef(i % 2 == 0 ? "MNG" : "KAZ"), new ActorRef(i % 2 == 0 ? "KAZ" : "MNG"), CameoCode.Parse(codes[i % codes.Length]), date, null,
                EventOrigin.Imported, 0.5, [Evidence.FromSource($"https://example.org/{i}", $"Sentence {i}.")]);
        }).ToList();
    }
}
