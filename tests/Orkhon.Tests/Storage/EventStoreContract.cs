using System.Data.Common;
using Orkhon.Domain;
using Orkhon.Knowledge;
using Orkhon.Storage;
using Orkhon.Text;

namespace Orkhon.Tests.Storage;

/// <summary>
/// What every <see cref="IEventStore"/> backend must do, written once: each backend's test class derives
/// from this one and says how to open a store and how another program holds its write lock.
/// </summary>
public abstract partial class EventStoreContract : IDisposable
{
    /// <summary>A new connection to this test's store (created empty by the first call).</summary>
    protected abstract IEventStore Open(StoreAccessMode mode = StoreAccessMode.ReadWrite, TimeSpan? busyTimeout = null);

    /// <summary>Another connection, as another process would hold it, owning the store's write lock until disposed.</summary>
    protected abstract IDisposable HoldWriteLock();

    public abstract void Dispose();

    private static Event Visit(string id, string source, string target, string date, string cameo = "042", EventOrigin origin = EventOrigin.Extracted) =>
        new(id, new ActorRef(source, ActorRole.HeadOfState), new ActorRef(target), CameoCode.Parse(cameo), FuzzyDate.Parse(date), null, origin, 0.8,
            [Evidence.FromSource("https://example.org/" + id)], EventKind.StateVisit, "title " + id);

    private static readonly Evidence[] s_none = [];

    /// <summary>An event as a value: records compare their evidence lists by reference, so the list is compared as text.</summary>
    private static (Event Fields, string Evidences) Value(Event e) => (e with { Evidences = s_none }, string.Join(" | ", e.Evidences));

    private static (Document Document, IReadOnlyList<Sentence> Sentences) Article(string text)
    {
        var doc = Document.Create(text, title: "t");
        return (doc, SentenceSplitter.Split(doc.Text));
    }

    [Fact]
    public void AddDocument_Twice_SecondIsNoOp()
    {
        using var store = Open();
        var doc = Document.Create("Mongolia joined the WTO in 1997. It joined the OSCE in 2012.", path: "a.txt");
        var sentences = SentenceSplitter.Split(doc.Text);
        Assert.Equal(IngestOutcome.Added, store.AddDocument(doc, sentences));
        var before = store.GetStatistics();
        Assert.Equal(IngestOutcome.AlreadyPresent, store.AddDocument(doc with { Title = "another title" }, sentences));
        Assert.Equal(before, store.GetStatistics());
        Assert.Equal(2, store.GetSentences(doc.Id).Count);
        Assert.Null(store.GetDocument(doc.Id)!.Title);
        Assert.True(store.HasDocument(doc.Id));
        Assert.Equal(doc with { Published = null }, store.GetDocument(doc.Id)! with { Published = null });
    }

    [Fact]
    public void SearchSentences_WordsAndPhrases()
    {
        using var store = Open();
        var (doc, sentences) = Article("Mongolia joined the WTO in 1997. Kyrgyzstan opened an embassy in Ulaanbaatar.");
        store.AddDocument(doc, sentences);
        var hit = Assert.Single(store.SearchSentences("embassy", 10));
        Assert.Equal("Kyrgyzstan opened an embassy in Ulaanbaatar.", hit.Text);
        Assert.Equal(doc.Text[hit.Start..hit.End], hit.Text);
        Assert.Equal((doc.Id, "t"), (hit.DocumentId, hit.DocumentTitle));
        // The syntax both backends read alike: all words, a quoted phrase, OR, case-insensitive.
        Assert.Single(store.SearchSentences("EMBASSY kyrgyzstan", 10));
        Assert.Single(store.SearchSentences("\"opened an embassy\"", 10));
        Assert.Empty(store.SearchSentences("\"an opened embassy\"", 10));
        Assert.Equal(2, store.SearchSentences("WTO OR embassy", 10).Count);
        Assert.Single(store.SearchSentences("WTO OR embassy", 1));
        Assert.Empty(store.SearchSentences("consulate", 10));
    }

    [Fact]
    public void QueryEvents_FiltersByActorPartnerDatesCodeAndOrigin()
    {
        using var store = Open();
        store.UpsertEvents([
            Visit("a", "KGZ", "MNG", "2023-07-09"),
            Visit("b", "MNG", "KGZ", "2025-07"),
            Visit("c", "MNG", "CHN", "2019"),
            Visit("d", "MNG", "RUS", "2024-09-02", cameo: "057", origin: EventOrigin.Curated),
        ]);
        string[] Ids(EventQuery q) => store.QueryEvents(q).Select(e => e.Id).ToArray();
        Assert.Equal(["a", "b"], Ids(new EventQuery { Actor = "MNG", Partner = "KGZ" }));
        Assert.Equal(["a", "b"], Ids(new EventQuery { Partner = "KGZ" }));
        Assert.Equal(["a", "d", "b"], Ids(new EventQuery { Actor = "MNG", From = FuzzyDate.OfYear(2023) }));
        Assert.Equal(["c", "a"], Ids(new EventQuery { Actor = "MNG", To = FuzzyDate.OfMonth(2023, 7) }));
        Assert.Equal(["d"], Ids(new EventQuery { CodePrefix = "05" }));
        Assert.Equal(["d"], Ids(new EventQuery { Origin = EventOrigin.Curated }));
        Assert.Equal(["b", "d"], Ids(new EventQuery { Descending = true, Limit = 2 }));
        Assert.Equal(["d", "a"], Ids(new EventQuery { Descending = true, Limit = 2, Offset = 1 }));
        Assert.Equal(["a"], Ids(new EventQuery { From = FuzzyDate.OfDay(2023, 7, 9), To = FuzzyDate.OfDay(2023, 7, 9) }));
        Assert.Equal(["b"], Ids(new EventQuery { Source = "MNG", Target = "KGZ" }));
        // A year-precision event overlaps a month window inside it.
        Assert.Equal(["c"], Ids(new EventQuery { From = FuzzyDate.OfMonth(2019, 6), To = FuzzyDate.OfMonth(2019, 6) }));
        Assert.Equal(3, store.CountEvents(new EventQuery { Actor = "MNG", From = FuzzyDate.OfYear(2023), Limit = 1 }));
        Assert.Empty(store.QueryEvents(new EventQuery { WithEvidences = false }).SelectMany(e => e.Evidences));
    }

    [Fact]
    public void QueryEvents_UndatedEvents_SortFirstAndMatchNoDateRange()
    {
        using var store = Open();
        store.UpsertEvents([Visit("dated", "MNG", "KGZ", "2023-07-09"), Visit("undated", "MNG", "KGZ", "2023") with { Date = null }]);
        Assert.Equal(["undated", "dated"], store.QueryEvents(new EventQuery()).Select(e => e.Id).ToArray());
        Assert.Equal(["dated"], store.QueryEvents(new EventQuery { From = FuzzyDate.OfYear(1) }).Select(e => e.Id).ToArray());
        Assert.Null(store.GetEvent("undated")!.Date);
    }

    [Theory]
    [InlineData("MNG' OR '1'='1")]
    [InlineData("MNG\"; DROP TABLE events; --")]
    [InlineData("%")]
    public void QueryEvents_SqlLikeInput_IsJustAValue(string hostile)
    {
        using var store = Open();
        store.UpsertEvents([Visit("a", "KGZ", "MNG", "2023-07-09")]);
        Assert.Empty(store.QueryEvents(new EventQuery { Actor = hostile }));
        Assert.Empty(store.QueryEvents(new EventQuery { CodePrefix = hostile }));
        Assert.Single(store.QueryEvents(new EventQuery()));
    }

    [Fact]
    public void UpsertEvents_SameEventAgain_AddsEvidenceWithoutDuplicating()
    {
        using var store = Open();
        var doc = Document.Create("Japarov visited Ulaanbaatar in July 2023.");
        store.AddDocument(doc, SentenceSplitter.Split(doc.Text));
        var e = Visit("a", "KGZ", "MNG", "2023-07");
        store.UpsertEvents([e]);
        store.UpsertEvents([e with { Evidences = [.. e.Evidences, Evidence.FromSentence(doc.Id, 0, doc.Text.Length, doc.Text)] }]);
        store.UpsertEvents([e]);
        var stored = store.GetEvent("a")!;
        Assert.Equal(2, stored.Evidences.Count);
        Assert.Equal(doc.Id, Assert.IsType<DocumentEvidence>(stored.Evidences[1]).DocumentId);
        Assert.Equal(ActorRole.HeadOfState, stored.Source.Role);
        Assert.Equal(1, store.GetStatistics().Events);
    }

    [Fact]
    public void UpsertEvents_OneIdTwiceInOneCall_LaterWinsAndEvidencesAdd()
    {
        using var store = Open();
        var first = Visit("a", "KGZ", "MNG", "2023-07");
        var second = first with { Cameo = CameoCode.Parse("057"), Evidences = [Evidence.FromSource("https://example.org/second"), Evidence.FromSource("https://example.org/a", "now with text")] };
        store.UpsertEvents([first, second]);
        var stored = store.GetEvent("a")!;
        Assert.Equal("057", stored.Cameo.Value);
        Assert.Equal(["https://example.org/a", "https://example.org/second"], stored.Evidences.Select(v => v.Url!).ToArray());
        Assert.Equal("now with text", stored.Evidences[0].Text);
    }

    [Fact]
    public void UpsertEvents_BothEvidenceCasesAndTheKind_RoundTrip()
    {
        using var store = Open();
        var doc = Document.Create("Japarov visited Ulaanbaatar in July 2023.", url: "https://news.example/1");
        store.AddDocument(doc, SentenceSplitter.Split(doc.Text));
        Evidence[] evidences = [Evidence.FromSource("https://example.org/kb", "A state visit"), Evidence.FromSentence(doc.Id, 0, doc.Text.Length, doc.Text, doc.Url)];
        var curated = Visit("a", "KGZ", "MNG", "2023-07") with { Evidences = evidences, Kind = EventKind.OfficialVisit, Cameo = CameoCode.Parse("0421") };
        var extracted = Visit("b", "KGZ", "MNG", "2023-07", "057") with { Kind = null, Evidences = [Evidence.FromSentence(doc.Id, 0, 7, "Japarov")] };
        store.UpsertEvents([curated, extracted]);
        var a = store.GetEvent("a")!;
        Assert.Equal(evidences, a.Evidences);
        Assert.Equal((EventKind.OfficialVisit, "0421"), (a.Kind, a.Cameo.Value));
        var b = store.GetEvent("b")!;
        Assert.Null(b.Kind);
        Assert.Equal(CameoCode.SignAgreement, b.Cameo);
        Assert.Equal(extracted.Evidences, b.Evidences);
        Assert.Equal(["b"], store.QueryEvents(new EventQuery { Origin = EventOrigin.Extracted, CodePrefix = "05" }).Select(e => e.Id).ToArray());
        // Curated, but confirmed by an article: it counts as extracted too.
        Assert.Equal(["a", "b"], store.QueryEvents(new EventQuery { Origin = EventOrigin.Extracted }).Select(e => e.Id).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void SyncCuratedEvents_LoadsOnceThenOnlyOnChange()
    {
        using var store = Open();
        var kb = KnowledgeBase.Mongolia;
        Assert.True(store.SyncCuratedEvents(kb.Events, kb.Version).Changed);
        Assert.Equal(kb.Events.Count, store.GetStatistics().CuratedEvents);
        Assert.Equal(kb.Version, store.GetKnowledgeBaseVersion());
        Assert.False(store.SyncCuratedEvents(kb.Events, kb.Version).Changed);

        var fewer = kb.Events.Skip(1).ToList();
        var outcome = store.SyncCuratedEvents(fewer, "next");
        Assert.Equal(1, outcome.Removed);
        Assert.Null(store.GetEvent(kb.Events[0].Id));
        Assert.Equal("next", store.GetStatistics().KnowledgeBaseVersion);
        Assert.Equal(Value(kb.Events[1]), Value(store.GetEvent(kb.Events[1].Id)!));
    }

    [Fact]
    public void RoundTrip_EventKeepsEveryField()
    {
        using var store = Open();
        var e = Visit("a", "KGZ", "MNG", "1990/1993") with { Location = "Ulaanbaatar", Confidence = 0.42, Target = new ActorRef("MNG", ActorRole.ForeignMinistry) };
        store.UpsertEvents([e]);
        Assert.Equal(Value(e), Value(store.GetEvent("a")!));
    }

    [Fact]
    public void GetActorActivity_CountsEachActorOncePerEvent()
    {
        using var store = Open();
        store.UpsertEvents([Visit("a", "KGZ", "MNG", "2023-07-09"), Visit("b", "MNG", "KGZ", "2025-07"), Visit("c", "MNG", "MNG", "2019")]);
        Assert.Equal(
            [new ActorActivity("MNG", 3, "2019", "2025-07"), new ActorActivity("KGZ", 2, "2023-07-09", "2025-07")],
            store.GetActorActivity());
    }

    [Fact]
    public void Reopen_SeesWhatWasCommitted_ReadOnlyConnectionRefusesWrites()
    {
        using (var store = Open())
        {
            store.UpsertEvents([Visit("a", "KGZ", "MNG", "2023-07-09")]);
        }

        using var reader = Open(StoreAccessMode.ReadOnly);
        Assert.NotNull(reader.GetEvent("a"));
        Assert.True(reader.GetStatistics().SchemaVersion > 0);
        var e = Assert.Throws<StoreException>(() => reader.UpsertEvents([Visit("b", "KGZ", "MNG", "2023-07-09")]));
        Assert.Equal(StoreErrorKind.ReadOnly, e.Kind);
        Assert.Null(reader.GetEvent("b"));
    }

    [Fact]
    public void AddDocument_FailureMidWay_LeavesNothingBehind()
    {
        using var store = Open();
        var doc = Document.Create("One. Two.");
        // A sentence list with a duplicate ordinal violates the schema half-way through the insert.
        var bad = new List<Sentence> { new(0, 0, 4, "One."), new(0, 5, 9, "Two.") };
        Assert.ThrowsAny<DbException>(() => store.AddDocument(doc, bad, [Visit("a", "KGZ", "MNG", "2023")]));
        Assert.Null(store.GetDocument(doc.Id));
        Assert.Null(store.GetEvent("a"));
        Assert.Equal(0, store.GetStatistics().Sentences);
        Assert.Equal(IngestOutcome.Added, store.AddDocument(doc, SentenceSplitter.Split(doc.Text)));
    }

    [Fact]
    public void AddDocument_ThrowingCallback_LeavesNothingAndTheStoreStaysUsable()
    {
        using var store = Open();
        var (doc, sentences) = Article("Japarov visited Ulaanbaatar in July 2023.");
        Assert.Throws<InvalidOperationException>(() => store.AddDocument(doc, sentences, _ => throw new InvalidOperationException("merge failed")));
        Assert.False(store.HasDocument(doc.Id));
        Assert.Equal(0, store.GetStatistics().Sentences);
        var (outcome, events) = store.AddDocument(doc, sentences, _ => [Visit("a", "KGZ", "MNG", "2023-07")]);
        Assert.Equal((IngestOutcome.Added, 1), (outcome, events.Count));
    }

    [Fact]
    public void AddDocument_Callback_ReadsCommittedEventsAndIsNotCalledForAKnownDocument()
    {
        using var store = Open();
        store.UpsertEvents([Visit("a", "KGZ", "MNG", "2023-07")]);
        var (doc, sentences) = Article("Japarov visited Ulaanbaatar in July 2023.");
        var evidence = Evidence.FromSentence(doc.Id, sentences[0].Start, sentences[0].End, sentences[0].Text);
        var (_, events) = store.AddDocument(doc, sentences, lookup =>
            [.. lookup.QueryEvents(new EventQuery { Actor = "MNG", Partner = "KGZ", WithEvidences = false }).Select(e => e with { Evidences = [evidence] })]);
        Assert.Equal("a", Assert.Single(events).Id);
        Assert.Equal(2, store.GetEvent("a")!.Evidences.Count);

        var called = false;
        var again = store.AddDocument(doc, sentences, _ =>
        {
            called = true;
            return [];
        });
        Assert.Equal(IngestOutcome.AlreadyPresent, again.Outcome);
        Assert.False(called);
    }

    [Fact]
    public async Task AddDocument_OneEventToldByTwoArticlesAtOnce_IsStoredOnce()
    {
        using (var init = Open())
        {
            // Created before the race, so both writers find the schema in place.
        }

        var date = FuzzyDate.OfDay(2023, 7, 9);
        var start = new Barrier(2);
        IReadOnlyList<Event> Resolve(IEventLookup lookup, Document doc)
        {
            var known = lookup.QueryEvents(new EventQuery { Actor = "KGZ", Partner = "MNG", From = date, To = date, CodePrefix = "04", WithEvidences = false });
            // Widen the window between the read and the write: without the store's write lock both writers
            // would read "not there" and each store the event.
            Thread.Sleep(300);
            var evidence = Evidence.FromSentence(doc.Id, 0, doc.Text.Length, doc.Text);
            return known.Count > 0
                ? [known[0] with { Evidences = [evidence] }]
                : [Visit("visit-" + doc.Id[..8], "KGZ", "MNG", "2023-07-09") with { Evidences = [evidence] }];
        }

        var writers = new[] { "Japarov visited Ulaanbaatar on 9 July 2023.", "The Kyrgyz president arrived in Ulaanbaatar on 9 July 2023." }
            .Select(text => Task.Run(() =>
            {
                using var store = Open();
                var (doc, sentences) = Article(text);
                start.SignalAndWait(TimeSpan.FromMinutes(1));
                return store.AddDocument(doc, sentences, lookup => Resolve(lookup, doc)).Outcome;
            }))
            .ToArray();
        var outcomes = await Task.WhenAll(writers).WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);
        Assert.All(outcomes, o => Assert.Equal(IngestOutcome.Added, o));

        using var check = Open();
        var stored = Assert.Single(check.QueryEvents(new EventQuery { Actor = "KGZ" }));
        Assert.Equal(2, stored.Evidences.Count);
        Assert.Equal(2, check.GetStatistics().Documents);
    }

    [Fact]
    public void Write_WhileAnotherProgramHoldsTheWriteLock_IsBusyAndWritesNothing()
    {
        using var store = Open(busyTimeout: TimeSpan.FromMilliseconds(500));
        using (HoldWriteLock())
        {
            var e = Assert.Throws<StoreException>(() => store.UpsertEvents([Visit("a", "KGZ", "MNG", "2023")]));
            Assert.Equal(StoreErrorKind.Busy, e.Kind);
            Assert.Contains(store.Location, e.Message, StringComparison.Ordinal);
        }

        Assert.Null(store.GetEvent("a"));
        store.UpsertEvents([Visit("a", "KGZ", "MNG", "2023")]);
        Assert.NotNull(store.GetEvent("a"));
    }

    [Fact]
    public void ImportEvents_CommitKeepsEverything_FalseOrThrowKeepsNothing()
    {
        using var store = Open();
        Assert.True(store.ImportEvents(batch =>
        {
            batch.Write(Visit("kept", "KGZ", "MNG", "2023-07-09"));
            return true;
        }));
        Assert.False(store.ImportEvents(batch =>
        {
            batch.Write(Visit("dropped", "KGZ", "MNG", "2023-07-09"));
            batch.Write(Visit("kept", "CHN", "MNG", "2023-07-09"));
            return false;
        }));
        Assert.Throws<FormatException>(() => store.ImportEvents(batch =>
        {
            batch.Write(Visit("thrown", "KGZ", "MNG", "2023-07-09"));
            throw new FormatException("bad row");
        }));

        Assert.Equal(["kept"], store.QueryEvents(new EventQuery()).Select(e => e.Id).ToArray());
        Assert.Equal("KGZ", store.GetEvent("kept")!.Source.Code);

        // Idempotent: the same batch again changes nothing.
        var before = store.QueryEvents(new EventQuery()).Select(Value).ToList();
        Assert.True(store.ImportEvents(batch =>
        {
            batch.Write(Visit("kept", "KGZ", "MNG", "2023-07-09"));
            return true;
        }));
        Assert.Equal(before, store.QueryEvents(new EventQuery()).Select(Value).ToList());
    }

    [Fact]
    public void ImportEvents_TheBatchReadsItsOwnWrites()
    {
        using var store = Open();
        store.UpsertEvents([Visit("stored", "KGZ", "MNG", "2023-07-01"), Visit("moved", "KGZ", "MNG", "2023-07-02")]);
        var day = FuzzyDate.OfMonth(2023, 7);
        string[] Pair(IImportBatch b, string? code = "04", int? limit = null, bool descending = false) => b.QueryEvents(new EventQuery
        {
            Actor = "MNG", Partner = "KGZ", From = day, To = day, CodePrefix = code, Limit = limit, Descending = descending, WithEvidences = false,
        }).Select(e => e.Id).ToArray();

        Assert.True(store.ImportEvents(batch =>
        {
            batch.Write(Visit("new", "MNG", "KGZ", "2023-07-03"));
            batch.Write(Visit("moved", "KGZ", "MNG", "2023-07-02", cameo: "057"));
            Assert.Equal(["stored", "new"], Pair(batch));
            Assert.Equal(["moved"], Pair(batch, "05"));
            Assert.Equal(["new", "moved"], Pair(batch, code: null, limit: 2, descending: true));
            Assert.Equal(["stored", "moved", "new"], Pair(batch, code: null));
            Assert.Empty(batch.QueryEvents(new EventQuery { Actor = "MNG", Partner = "KGZ", From = FuzzyDate.OfYear(2024), WithEvidences = false }));
            Assert.Equal("057", batch.GetEvent("moved")!.Cameo.Value);
            Assert.Equal(3, batch.QueryEvents(new EventQuery { Actor = "KGZ" }).Count);
            Assert.Null(batch.GetEvent("nowhere"));
            return true;
        }));

        Assert.Equal(3, store.GetStatistics().Events);
        Assert.Equal("057", store.GetEvent("moved")!.Cameo.Value);
    }

    [Fact]
    public void ImportEvents_RepeatedLookups_FollowWritesThatMoveEvents()
    {
        using var store = Open();
        store.UpsertEvents([Visit("s", "KGZ", "MNG", "2023-07-01"), Visit("span", "KGZ", "MNG", "2022/2024")]);
        string[] On(IImportBatch b, string partner, string day, string code = "04")
        {
            var d = FuzzyDate.Parse(day);
            return [.. b.QueryEvents(new EventQuery { Actor = "MNG", Partner = partner, From = d, To = d, CodePrefix = code, WithEvidences = false }).Select(e => e.Id)];
        }

        Assert.True(store.ImportEvents(batch =>
        {
            Assert.Equal(["span", "s"], On(batch, "KGZ", "2023-07-01"));
            Assert.Equal(["span"], On(batch, "KGZ", "2024-03-01"));
            batch.Write(Visit("s", "KGZ", "MNG", "2024-03-01"));
            Assert.Equal(["span"], On(batch, "KGZ", "2023-07-01"));
            Assert.Equal(["span", "s"], On(batch, "KGZ", "2024-03-01"));
            batch.Write(Visit("s", "CHN", "MNG", "2024-03-01"));
            Assert.Equal(["span"], On(batch, "KGZ", "2024-03-01"));
            Assert.Equal(["s"], On(batch, "CHN", "2024-03-01"));
            batch.Write(Visit("span", "KGZ", "MNG", "2022/2024", cameo: "057"));
            Assert.Empty(On(batch, "KGZ", "2023-07-01"));
            Assert.Equal(["span"], On(batch, "KGZ", "2023-07-01", "05"));
            Assert.Equal(["span"], On(batch, "KGZ", "2023-07-01", "057"));
            batch.Write(Visit("n", "MNG", "KGZ", "2023-07-01"));
            Assert.Equal(["n"], On(batch, "KGZ", "2023-07-01"));
            Assert.Equal(["n"], On(batch, "KGZ", "2023-07-01"));
            return true;
        }));

        Assert.Equal(("CHN", "2024-03-01"), (store.GetEvent("s")!.Source.Code, store.GetEvent("s")!.Date.ToString()));
        Assert.Equal("057", store.GetEvent("span")!.Cameo.Value);
        Assert.Equal(3, store.GetStatistics().Events);
    }

    [Fact]
    public void ImportEvents_MergeTargets_DatedCuratedAndExtractedOnly_TheBatchsOwnWritesIncluded()
    {
        using var store = Open();
        store.UpsertEvents([
            Visit("c", "MNG", "KAZ", "2019-05", "057", EventOrigin.Curated),
            Visit("x", "CHN", "MNG", "2020-01-02", "0431"),
            Visit("u", "MNG", "RUS", "2020", origin: EventOrigin.Curated) with { Date = null },   // undated: never a target
            Visit("i", "MNG", "JPN", "2021", origin: EventOrigin.Imported),                      // imported: never a target
        ]);
        List<string> seen = [];
        Assert.False(store.ImportEvents(batch =>
        {
            batch.Write(Visit("i2", "MNG", "USA", "2021", origin: EventOrigin.Imported));
            batch.Write(Visit("x2", "MNG", "KGZ", "2022", "190"));
            seen = [.. batch.MergeTargets().Select(t => $"{t.Source} {t.Target} {t.Root.Value}").Distinct().Order(StringComparer.Ordinal)];
            return false;
        }));
        Assert.Equal(["CHN MNG 04", "MNG KAZ 05", "MNG KGZ 19"], seen);
        Assert.Null(store.GetEvent("x2"));
    }

    [Fact]
    public void ImportEvents_ManyEvents_AllStoredAndEachFoundByItsPairWhileImporting()
    {
        using var store = Open();
        const int count = 12_500; // more than one COPY batch on PostgreSQL
        string[] partners = ["CHN", "RUS", "USA", "JPN", "KOR"];
        Assert.True(store.ImportEvents(batch =>
        {
            for (var i = 0; i < count; i++)
            {
                var date = new DateOnly(2000, 1, 1).AddDays(i);
                var e = Visit($"e{i:D6}", "MNG", partners[i % partners.Length], date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                var day = FuzzyDate.OfDay(date.Year, date.Month, date.Day);
                var q = new EventQuery { Actor = e.Target.Code, Partner = "MNG", From = day, To = day, CodePrefix = "04", WithEvidences = false };
                Assert.Empty(batch.QueryEvents(q));
                batch.Write(e);
                Assert.Equal([e.Id], batch.QueryEvents(q).Select(x => x.Id));
            }

            return true;
        }));

        Assert.Equal(count, store.CountEvents(new EventQuery()));
        Assert.Equal(count / partners.Length, store.CountEvents(new EventQuery { Actor = "MNG", Partner = "JPN" }));
        Assert.Single(store.GetEvent("e012499")!.Evidences);
    }

    [Fact]
    public void ImportEvents_LargerThanTheStore_CountsExact_RollbackLeavesEverythingAsItWas()
    {
        // Enough rows for several bulk batches, which is when a backend may build its indexes and counts
        // apart from the row-by-row path: stored events moved between counted rows, written twice in one
        // batch, left unchanged, and new ones, then a commit and a rollback of the same kind.
        using var store = Open();
        string[] actors = ["MNG", "CHN", "RUS", "KAZ"];
        string[] codes = ["042", "043", "057", "190"];
        string?[] dates = ["2023-07-09", "2023-07", "2023", "2019-05-01", null];
        Event AnEvent(string id, int n) =>
            new(id, new ActorRef(actors[n % 4], n % 3 == 0 ? ActorRole.HeadOfState : null), new ActorRef(actors[(n / 4) % 4]),
                CameoCode.Parse(codes[(n / 16) % 4]), dates[(n / 64) % 5] is { } d ? FuzzyDate.Parse(d) : null, null,
                EventOrigin.Imported, 0.5, [Evidence.FromSource("https://example.org/" + id)], n % 5 == 0 ? EventKind.StateVisit : null);
        store.UpsertEvents([.. Enumerable.Range(0, 300).Select(i => AnEvent($"s{i:D3}", i))]);

        void CountsMatchEvents()
        {
            foreach (var actor in actors)
            {
                var events = store.QueryEvents(new EventQuery { Actor = actor, WithEvidences = false });
                Assert.Equal(DyadDayCountOracle.From(events), DyadDayCountOracle.Sorted(store.GetDyadDayCounts(new DyadCountQuery(actor))));
                Assert.Equal(DyadYearCountOracle.From(events), DyadYearCountOracle.Sorted(store.GetDyadYearCounts(new DyadCountQuery(actor))));
            }
        }

        const int count = 23_000;
        Assert.True(store.ImportEvents(batch =>
        {
            for (var i = 0; i < count; i++)
            {
                batch.Write(AnEvent($"n{i:D5}", i * 7));
                if (i % 100 == 0)
                {
                    var s = $"s{i / 100:D3}";
                    batch.Write(AnEvent(s, i / 100 + (i % 200 == 0 ? 1 : 0))); // half moved, half unchanged
                    batch.Write(AnEvent(s, i / 100 + (i % 200 == 0 ? 1 : 0)));
                }

                if (i >= 15_000 && i % 50 == 0)
                {
                    batch.Write(AnEvent($"n{i - 15_000:D5}", i)); // written thousands of rows before, moved now
                }
            }

            return true;
        }));
        Assert.Equal(count + 300, store.CountEvents(new EventQuery()));
        CountsMatchEvents();
        // Listings and counts read through the indexes (rebuilt, where a backend rebuilds them) agree with a full read.
        var all = store.QueryEvents(new EventQuery { WithEvidences = false });
        var july = FuzzyDate.Parse("2023-07");
        Assert.Equal(all.Count(e => (e.Source.Code, e.Target.Code) is ("MNG", "RUS") or ("RUS", "MNG") && e.Date is { } d && d.Latest >= july.Earliest && d.Earliest <= july.Latest),
            store.CountEvents(new EventQuery { Actor = "MNG", Partner = "RUS", From = july, To = july }));
        Assert.Equal(all.Count(e => e.Target.Code == "KAZ"), store.CountEvents(new EventQuery { Target = "KAZ" }));

        var before = store.QueryEvents(new EventQuery()).Select(Value).ToList();
        var countsBefore = DyadDayCountOracle.Sorted(store.GetDyadDayCounts(new DyadCountQuery("MNG")));
        var yearCountsBefore = DyadYearCountOracle.Sorted(store.GetDyadYearCounts(new DyadCountQuery("MNG")));
        Assert.False(store.ImportEvents(batch =>
        {
            for (var i = 0; i < count; i++)
            {
                batch.Write(AnEvent($"n{i:D5}", i * 7 + 1));
                batch.Write(AnEvent($"r{i:D5}", i));
            }

            return false;
        }));
        Assert.Equal(before, store.QueryEvents(new EventQuery()).Select(Value).ToList());
        Assert.Equal(countsBefore, DyadDayCountOracle.Sorted(store.GetDyadDayCounts(new DyadCountQuery("MNG"))));
        Assert.Equal(yearCountsBefore, DyadYearCountOracle.Sorted(store.GetDyadYearCounts(new DyadCountQuery("MNG"))));

        // The row-by-row writes after a bulk import still keep the counts.
        store.UpsertEvents([AnEvent("n00000", 5), AnEvent("late", 9)]);
        CountsMatchEvents();
    }

    [Fact]
    public void DyadDayAndYearCounts_EqualACountOverTheEvents_AfterEveryKindOfWrite()
    {
        using var store = Open();
        var random = new Random(20261205);
        string[] actors = ["MNG", "CHN", "RUS", "KAZ"];
        string[] codes = ["042", "043", "057", "190"];
        string?[] dates = ["2023-07-09", "2023-07", "2023", "2019-05-01", null];
        Event AnEvent(string id) =>
            new(id, new ActorRef(actors[random.Next(actors.Length)], random.Next(3) == 0 ? ActorRole.HeadOfState : null), new ActorRef(actors[random.Next(actors.Length)]),
                CameoCode.Parse(codes[random.Next(codes.Length)]), dates[random.Next(dates.Length)] is { } d ? FuzzyDate.Parse(d) : null, null,
                EventOrigin.Imported, 0.5, [Evidence.FromSource("https://example.org/" + id)], random.Next(4) == 0 ? EventKind.StateVisit : null);
        string Id() => "e" + random.Next(40).ToString(System.Globalization.CultureInfo.InvariantCulture);

        for (var step = 0; step < 40; step++)
        {
            switch (random.Next(5))
            {
                case 0:
                    store.UpsertEvents([.. Enumerable.Range(0, 1 + random.Next(5)).Select(_ => AnEvent(Id()))]);
                    break;
                case 1:
                    // The same events written again: nothing to count anew.
                    store.UpsertEvents([.. store.QueryEvents(new EventQuery { Limit = 5 })]);
                    break;
                case 2:
                    store.SyncCuratedEvents([.. Enumerable.Range(0, random.Next(4)).Select(i => AnEvent("k" + i) with { Origin = EventOrigin.Curated })], "v" + step);
                    break;
                case 3:
                    var commit = random.Next(2) == 0;
                    store.ImportEvents(batch =>
                    {
                        for (var i = 0; i < 5; i++)
                        {
                            batch.Write(AnEvent(Id()));
                        }

                        return commit;
                    });
                    break;
                default:
                    var (doc, sentences) = Article($"Article number {step} tells of a visit.");
                    store.AddDocument(doc, sentences, [AnEvent(Id())]);
                    break;
            }

            foreach (var actor in actors)
            {
                var events = store.QueryEvents(new EventQuery { Actor = actor, WithEvidences = false });
                Assert.Equal(DyadDayCountOracle.From(events), DyadDayCountOracle.Sorted(store.GetDyadDayCounts(new DyadCountQuery(actor))));
                var from = FuzzyDate.OfMonth(2023, 7);
                var windowed = store.QueryEvents(new EventQuery { Actor = actor, Partner = "MNG", From = from, To = from, WithEvidences = false });
                Assert.Equal(DyadDayCountOracle.From(windowed), DyadDayCountOracle.Sorted(store.GetDyadDayCounts(new DyadCountQuery(actor) { Partner = "MNG", From = from, To = from })));
                Assert.Equal(DyadYearCountOracle.From(events), DyadYearCountOracle.Sorted(store.GetDyadYearCounts(new DyadCountQuery(actor))));
                var year = FuzzyDate.OfYear(2023);
                var inYear = store.QueryEvents(new EventQuery { Actor = actor, Partner = "MNG", From = year, To = year, WithEvidences = false });
                Assert.Equal(DyadYearCountOracle.From(inYear), DyadYearCountOracle.Sorted(store.GetDyadYearCounts(new DyadCountQuery(actor) { Partner = "MNG", From = year, To = year })));
            }
        }
    }
}
