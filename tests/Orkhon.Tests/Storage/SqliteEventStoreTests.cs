using Microsoft.Data.Sqlite;
using Orkhon.Domain;
using Orkhon.Knowledge;
using Orkhon.Storage;
using Orkhon.Text;

namespace Orkhon.Tests.Storage;

public sealed class SqliteEventStoreTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private SqliteEventStore Open() => SqliteEventStore.Open(_dir.File("orkhon.db"));

    private static Event Visit(string id, string source, string target, string date, string cameo = "042", EventOrigin origin = EventOrigin.Extracted) =>
        new(id, new ActorRef(source, ActorRole.HeadOfState), new ActorRef(target), CameoCode.Parse(cameo), FuzzyDate.Parse(date), null, origin, 0.8,
            [Evidence.FromSource("https://example.org/" + id)], EventKind.StateVisit, "title " + id);

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
    }

    [Fact]
    public void SearchSentences_FindsWordsThroughFts5()
    {
        using var store = Open();
        var doc = Document.Create("Mongolia joined the WTO in 1997. Kyrgyzstan opened an embassy in Ulaanbaatar.", title: "t");
        store.AddDocument(doc, SentenceSplitter.Split(doc.Text));
        var hit = Assert.Single(store.SearchSentences("embassy", 10));
        Assert.Equal("Kyrgyzstan opened an embassy in Ulaanbaatar.", hit.Text);
        Assert.Equal(doc.Text[hit.Start..hit.End], hit.Text);
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
        Assert.Equal(["a"], Ids(new EventQuery { From = FuzzyDate.OfDay(2023, 7, 9), To = FuzzyDate.OfDay(2023, 7, 9) }));
        // A year-precision event overlaps a month window inside it.
        Assert.Equal(["c"], Ids(new EventQuery { From = FuzzyDate.OfMonth(2019, 6), To = FuzzyDate.OfMonth(2019, 6) }));
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
    }

    [Theory]
    [InlineData("UPDATE events SET kind = 'trade_deal'", "kind")]          // a kind this version does not know
    [InlineData("UPDATE events SET cameo = '21'", "CAMEO")]                // not a code
    [InlineData("UPDATE evidences SET source_url = NULL", "neither")]      // evidence with neither a document nor a URL
    public void GetEvent_RowThisVersionNeverWrites_IsInvalidData(string tamper, string named)
    {
        var path = _dir.File("orkhon.db");
        using (var store = Open())
        {
            store.UpsertEvents([Visit("a", "KGZ", "MNG", "2023-07")]);
        }

        using (var c = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = tamper;
            Assert.Equal(1, cmd.ExecuteNonQuery());
        }

        using var reopened = Open();
        var e = Assert.Throws<InvalidDataException>(() => reopened.GetEvent("a"));
        Assert.Contains(named, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SyncCuratedEvents_LoadsOnceThenOnlyOnChange()
    {
        using var store = Open();
        var kb = KnowledgeBase.Mongolia;
        Assert.True(store.SyncCuratedEvents(kb.Events, kb.Version).Changed);
        Assert.Equal(kb.Events.Count, store.GetStatistics().CuratedEvents);
        Assert.False(store.SyncCuratedEvents(kb.Events, kb.Version).Changed);

        var fewer = kb.Events.Skip(1).ToList();
        var outcome = store.SyncCuratedEvents(fewer, "next");
        Assert.Equal(1, outcome.Removed);
        Assert.Null(store.GetEvent(kb.Events[0].Id));
        Assert.Equal("next", store.GetStatistics().KnowledgeBaseVersion);
    }

    [Fact]
    public void RoundTrip_EventKeepsEveryField()
    {
        using var store = Open();
        var e = Visit("a", "KGZ", "MNG", "1990/1993") with { Location = "Ulaanbaatar", Confidence = 0.42 };
        store.UpsertEvents([e]);
        var back = store.GetEvent("a")!;
        Assert.Equal(e.Date, back.Date);
        Assert.Equal(e.Location, back.Location);
        Assert.Equal(e.Confidence, back.Confidence);
        Assert.Equal(e.Kind, back.Kind);
        Assert.Equal(e.Title, back.Title);
        Assert.Equal(e.Evidences, back.Evidences);
    }

    [Fact]
    public void Open_NotAnSqliteFile_IsRefusedAndLeftUntouched()
    {
        var path = _dir.Write("notes.db", "these are my notes, not a database");
        var e = Assert.Throws<StoreException>(() => SqliteEventStore.Open(path));
        Assert.Equal(StoreErrorKind.NotADatabase, e.Kind);
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
        Assert.Equal("these are my notes, not a database", File.ReadAllText(path));
    }

    [Fact]
    public void Open_SomeoneElsesSqliteDatabase_IsRefusedAndLeftUntouched()
    {
        var path = _dir.File("other.db");
        using (var c = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "CREATE TABLE invoices (id INTEGER); INSERT INTO invoices VALUES (1);";
            cmd.ExecuteNonQuery();
        }

        var before = File.ReadAllBytes(path);
        var e = Assert.Throws<StoreException>(() => SqliteEventStore.Open(path));
        Assert.Equal(StoreErrorKind.NotOrkhon, e.Kind);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void Open_NewerSchema_IsRefusedAndLeftUntouched()
    {
        var path = _dir.File("future.db");
        using (var store = SqliteEventStore.Open(path))
        {
        }

        using (var c = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "PRAGMA user_version = 99;";
            cmd.ExecuteNonQuery();
        }

        var e = Assert.Throws<StoreException>(() => SqliteEventStore.Open(path));
        Assert.Equal(StoreErrorKind.NewerSchema, e.Kind);
        Assert.Contains("99", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_EmptyFile_BecomesANewDatabase()
    {
        var path = _dir.Write("empty.db", "");
        using var store = SqliteEventStore.Open(path);
        Assert.Equal(0, store.GetStatistics().Events);
    }

    [Fact]
    public void Open_Directory_IsRefused()
    {
        var e = Assert.Throws<StoreException>(() => SqliteEventStore.Open(_dir.Path));
        Assert.Equal(StoreErrorKind.Unusable, e.Kind);
    }

    [Fact]
    public void AddDocument_FailureMidWay_LeavesNothingBehind()
    {
        using var store = Open();
        var doc = Document.Create("One. Two.");
        // A sentence list with a duplicate ordinal violates the schema half-way through the insert.
        var bad = new List<Sentence> { new(0, 0, 4, "One."), new(0, 5, 9, "Two.") };
        Assert.ThrowsAny<SqliteException>(() => store.AddDocument(doc, bad));
        Assert.Null(store.GetDocument(doc.Id));
        Assert.Equal(0, store.GetStatistics().Sentences);
        Assert.Equal(IngestOutcome.Added, store.AddDocument(doc, SentenceSplitter.Split(doc.Text)));
    }
}
