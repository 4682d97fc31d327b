using Orkhon.Storage;

namespace Orkhon.Tests.Storage;

/// <summary>What only the PostgreSQL store does: recognising its schema, reporting an unreachable server, its search syntax.</summary>
public sealed class PostgresEventStoreTests(TestPostgres server) : IDisposable
{
    private TestPostgres.Schema? _schema;

    private TestPostgres.Schema Schema => _schema ??= server.CreateSchema();

    public void Dispose() => _schema?.Dispose();

    private IEventStore Open(StoreAccessMode mode = StoreAccessMode.ReadWrite) => EventStores.Open(StoreLocation.Parse(Schema.Url), mode);

    [Fact]
    public void Open_SomeoneElsesTables_AreRefusedAndLeftUntouched()
    {
        TestPostgres.Execute(Schema.Url, "CREATE TABLE invoices (id integer); INSERT INTO invoices VALUES (1);");
        var e = Assert.Throws<StoreException>(() => Open());
        Assert.Equal(StoreErrorKind.NotOrkhon, e.Kind);
        using var connection = TestPostgres.Connect(Schema.Url);
        using var cmd = new Npgsql.NpgsqlCommand("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()", connection);
        Assert.Equal(1L, cmd.ExecuteScalar());
    }

    [Fact]
    public void Open_NewerSchema_IsRefused_OlderIsMigratedOnlyByAWriter()
    {
        Open().Dispose();
        TestPostgres.Execute(Schema.Url, "UPDATE orkhon_schema SET version = 99");
        var newer = Assert.Throws<StoreException>(() => Open());
        Assert.Equal(StoreErrorKind.NewerSchema, newer.Kind);
        Assert.Contains("99", newer.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_EmptySchemaForReading_NeedsMigration_ThenAWriterCreatesIt()
    {
        var e = Assert.Throws<StoreException>(() => Open(StoreAccessMode.ReadOnly));
        Assert.Equal(StoreErrorKind.NeedsMigration, e.Kind);
        using (var writer = Open())
        {
            Assert.Equal(PostgresSchema.LatestVersion, writer.GetStatistics().SchemaVersion);
        }

        using var reader = Open(StoreAccessMode.ReadOnly);
        Assert.Equal(0, reader.GetStatistics().Events);
    }

    [Fact]
    public void Open_MissingSchemaOrDatabase_IsUnusableWithAReason()
    {
        var schema = Assert.Throws<StoreException>(() => EventStores.Open(StoreLocation.Parse(server.Url + (server.Url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "search_path=no_such_schema")));
        Assert.Equal(StoreErrorKind.Unusable, schema.Kind);
        Assert.Contains("CREATE SCHEMA", schema.Message, StringComparison.Ordinal);

        var settings = StoreLocation.Parse(server.Url).Postgres!;
        var url = settings.Host!.StartsWith('/')
            ? $"postgres://{settings.Username}@/no_such_database?host={settings.Host}&port={settings.Port}"
            : $"postgres://{settings.Username}@{settings.Host}:{settings.Port}/no_such_database";
        var database = Assert.Throws<StoreException>(() => EventStores.Open(StoreLocation.Parse(url)));
        Assert.Equal(StoreErrorKind.Unusable, database.Kind);
        Assert.Contains("no such database", database.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_NoServerThere_IsUnusableAndNamesItWithoutThePassword()
    {
        using var dir = new TempDirectory();
        var e = Assert.Throws<StoreException>(() => EventStores.Open(StoreLocation.Parse($"postgres://someone:s3cret@/orkhon?host={dir.Path}&connect_timeout=5")));
        Assert.Equal(StoreErrorKind.Unusable, e.Kind);
        Assert.DoesNotContain("s3cret", e.Message, StringComparison.Ordinal);
        Assert.Contains("postgres://someone@/orkhon", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"unterminated")]
    [InlineData("embassy*")]
    [InlineData("NEAR(a b)")]
    [InlineData("AND OR NOT")]
    public void SearchSentences_Fts5OnlySyntax_IsNeverAnError(string query)
    {
        using var store = Open();
        var doc = Orkhon.Domain.Document.Create("Kyrgyzstan opened an embassy in Ulaanbaatar.");
        store.AddDocument(doc, Orkhon.Text.SentenceSplitter.Split(doc.Text));
        Assert.True(store.SearchSentences(query, 5).Count <= 1);
    }

    [Theory]
    [InlineData(2)]    // the batch's id range holds two stored events: new events go in by plain INSERT
    [InlineData(1200)] // it holds 1,200, past the cap (1,000 + 2 per staged id): the whole batch is upserted
    public void UpsertEvents_NewAndStoredInOneBatch_MergeTheSameWhateverTheIdRangeHolds(int storedInRange)
    {
        using var store = Open();
        var expected = new Dictionary<string, Orkhon.Domain.Event>(StringComparer.Ordinal);
        void Write(params Orkhon.Domain.Event[] events)
        {
            store.UpsertEvents(events);
            foreach (var e in events)
            {
                // Upserting replaces the fields and adds the evidences the stored event lacks.
                var kept = expected.TryGetValue(e.Id, out var old) ? old.Evidences.ToList() : [];
                kept.AddRange(e.Evidences.Where(v => !kept.Contains(v)));
                expected[e.Id] = e with { Evidences = kept };
            }
        }

        var initial = Enumerable.Range(0, 1200).Select(i => Visit($"e{i:D4}", i % 2 == 0 ? "CHN" : "RUS", 1 + (i % 28))).ToArray();
        Write(initial);
        var (first, last) = storedInRange == 2 ? (500, 501) : (0, 1199);
        Write(
            Visit(initial[first].Id, "KAZ", 3, "https://example.org/second"), // stored: moves to another dyad-day, gains an evidence
            initial[last], // stored, written again unchanged
            Visit(initial[first].Id + "x", "KGZ", 5), // new, inside the range
            Visit(initial[first].Id + "x", "KGZ", 6, "https://example.org/later")); // the same new event again: the later write wins

        string Text(Orkhon.Domain.Event e) => $"{e.Id} {e.Source.Code} {e.Date} [{string.Join(", ", e.Evidences)}]";
        Assert.Equal(
            expected.Values.OrderBy(e => e.Date!.Value.Earliest).ThenBy(e => e.Id, StringComparer.Ordinal).Select(Text),
            store.QueryEvents(new EventQuery()).Select(Text));
        Assert.Equal(DyadDayCountOracle.From(expected.Values), DyadDayCountOracle.Sorted(store.GetDyadDayCounts(new DyadCountQuery("MNG"))));
    }

    private static Orkhon.Domain.Event Visit(string id, string source, int day, string? url = null) =>
        new(id, new Orkhon.Domain.ActorRef(source, Orkhon.Domain.ActorRole.HeadOfState), new Orkhon.Domain.ActorRef("MNG"),
            Orkhon.Domain.CameoCode.Parse("042"), Orkhon.Domain.FuzzyDate.Parse($"2020-01-{day:D2}"), null, Orkhon.Domain.EventOrigin.Extracted, 0.8,
            [Orkhon.Domain.Evidence.FromSource(url ?? "https://example.org/" + id)], Orkhon.Domain.EventKind.StateVisit, "title " + id);
}
