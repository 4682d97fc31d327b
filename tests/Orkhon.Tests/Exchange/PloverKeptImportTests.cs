using Orkhon.Domain;
using Orkhon.Exchange;
using Orkhon.Knowledge;
using Orkhon.Storage;

namespace Orkhon.Tests.Exchange;

/// <summary>
/// PLOVER records with no one CAMEO code through a whole import: kept, not skipped; a re-import changes
/// nothing; a bad row keeps the whole file out; and import(export(x)) = x.
/// </summary>
public sealed class PloverKeptImportTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    // Records of every shape a kept record can take: mode or none, one context, several or none, dated at
    // any precision or undated, with sources or without, a place or none; and one that maps (03).
    private const string Records = """
        {"id":"k1","date":"2024-04-01","source":[{"actorText":"Mongolia","code":"MNG"}],"target":[{"actorText":"China","code":"CHN"}],"event":"REQUEST","mode":"assist","context":"economic","text":"Mongolia asked China for help.","eventLoc":{"name":"Beijing"},"evidence":[{"url":"https://example.org/a","text":"Mongolia asked China for help."},{"url":"https://example.org/b"}]}
        {"id":"k2","date":"2024-05","source":"RUS","target":"MNG","event":"ACCUSE"}
        {"id":"k3","source":"CHN","target":"MNG","event":"COERCE","mode":"restrict","context":["economic","legal"]}
        {"id":"k4","date":"2023","source":"MNG","target":"KAZ","event":"ASSAULT","context":"military; cbrn","text":"ünïcode “quotes”"}
        {"id":"m1","date":"2024-04-02","source":"MNG","target":"JPN","event":"AGREE"}

        """;

    private string File(string name, string text)
    {
        var path = _dir.File(name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    private static IReadOnlyList<PloverEvent> Kept(IEventStore store) => store.QueryPloverEvents(new EventQuery());

    private static void AssertSame(IReadOnlyList<PloverEvent> expected, IReadOnlyList<PloverEvent> actual)
    {
        Assert.Equal(expected.Select(e => e.Id), actual.Select(e => e.Id));
        Assert.All(expected.Zip(actual), p => Assert.True(p.First.SameAs(p.Second), $"{p.First} became {p.Second}"));
    }

    [Fact]
    public void ImportFile_NoOneCameoCode_KeptNotSkipped()
    {
        using var store = SqliteEventStore.Open(_dir.File("o.db"));
        var result = EventImporter.ImportFile(store, File("in.jsonl", Records), PloverReader.Default, new ImportOptions());

        Assert.Equal((true, 1L, 4L, 0L), (result.Committed, result.Written, result.KeptAsPlover, result.Skipped));
        var kept = Kept(store);
        Assert.Equal(["plover-k3", "plover-k4", "plover-k1", "plover-k2"], kept.Select(k => k.Id));
        var k1 = kept[2];
        Assert.Equal(("REQUEST", "assist", "MNG", "CHN", "2024-04-01", "Beijing"), (k1.Type, k1.Mode, k1.Source, k1.Target, k1.Date.ToString(), k1.Location));
        Assert.Equal([("https://example.org/a", "Mongolia asked China for help."), ("https://example.org/b", null)], k1.Evidences.Select(v => (v.Url, v.Text)));
        Assert.Equal(["economic", "legal"], kept[0].Contexts);
        Assert.Equal(["military", "cbrn"], kept[1].Contexts);
        Assert.Equal(EventOrigin.Imported, Assert.Single(store.QueryEvents(new EventQuery { Origin = EventOrigin.Imported })).Origin);
    }

    [Fact]
    public void ImportFile_Twice_SecondChangesNothing()
    {
        using var store = SqliteEventStore.Open(_dir.File("o.db"));
        var path = File("in.jsonl", Records);
        EventImporter.ImportFile(store, path, PloverReader.Default, new ImportOptions());
        var (kept, stats) = (Kept(store), store.GetStatistics());

        var again = EventImporter.ImportFile(store, path, PloverReader.Default, new ImportOptions());

        Assert.True(again.Committed);
        AssertSame(kept, Kept(store));
        Assert.Equal(stats, store.GetStatistics());
    }

    [Fact]
    public void ImportFile_ABadRow_NoKeptRecordStoredEither()
    {
        using var store = SqliteEventStore.Open(_dir.File("o.db"));
        var result = EventImporter.ImportFile(store, File("bad.jsonl", Records + "{\"id\":\"x\",\"date\":\"2024-13-01\",\"event\":\"REQUEST\"}\n"),
            PloverReader.Default, new ImportOptions());

        Assert.False(result.Committed);
        Assert.Empty(Kept(store));
        Assert.Equal(0, store.GetStatistics().PloverEvents);
    }

    [Fact]
    public void ImportExportImport_KeptRecordsComeBackExactly()
    {
        IReadOnlyList<PloverEvent> original;
        var exported = _dir.File("out.jsonl");
        using (var store = SqliteEventStore.Open(_dir.File("a.db")))
        {
            EventImporter.ImportFile(store, File("in.jsonl", Records), PloverReader.Default, new ImportOptions());
            original = Kept(store);
            var events = store.QueryEvents(new EventQuery { Origin = EventOrigin.Imported });
            using var output = System.IO.File.Create(exported);
            var written = EventExport.Write(ExchangeFormat.Plover, output, events, ReferenceData.Default, CameoCatalog.Default, plover: original);
            Assert.Equal(5, written.Written);
        }

        using var copy = SqliteEventStore.Open(_dir.File("b.db"));
        var result = EventImporter.ImportFile(copy, exported, PloverReader.Default, new ImportOptions());

        Assert.Equal((true, 4L, 0L), (result.Committed, result.KeptAsPlover, result.Skipped));
        AssertSame(original, Kept(copy));
    }

    [Fact]
    public void ImportExportImport_SeededRandomRecords_ComeBackExactly()
    {
        // x is what the store holds after importing random records; import(export(x)) must hold x again.
        var random = new Random(11);
        string[] actors = ["MNG", "CHN", "RUS", "KAZ", "USA", "JPN"];
        string?[] modes = [null, "assist", "meet", "change", "yield", "Allege"];
        string[] contexts = ["economic", "military", "legal", "human_rights", "cbrn", "pro_autocracy"];
        string[] words = ["Ulaanbaatar", "“asked”", "ünïcode", "tab\there", "line\nbreak", "quote \" and \\", "😀", "<b>&amp;</b>"];
        string Words(int n) => string.Join(" ", Enumerable.Range(0, n).Select(_ => words[random.Next(words.Length)]));
        string? Date() => random.Next(4) switch
        {
            0 => null,
            1 => $"{random.Next(1990, 2030)}",
            2 => $"{random.Next(1990, 2030)}-{random.Next(1, 13):00}",
            _ => $"{random.Next(1990, 2030)}-{random.Next(1, 13):00}-{random.Next(1, 29):00}",
        };

        var records = new List<PloverEvent>();
        for (var i = 0; i < 300; i++)
        {
            records.Add(new PloverEvent($"plover-r{i}", "REQUEST", modes[random.Next(modes.Length)],
                [.. Enumerable.Range(0, random.Next(4)).Select(_ => contexts[random.Next(contexts.Length)])],
                actors[random.Next(actors.Length)], actors[random.Next(actors.Length)], Date() is { } d ? FuzzyDate.Parse(d) : null,
                random.Next(2) == 0 ? null : Words(2), random.Next(3) == 0 ? null : Words(random.Next(1, 6)),
                [.. Enumerable.Range(0, random.Next(3)).Select(j => Evidence.FromSource($"https://example.org/{i}/{j}?q=ü", random.Next(2) == 0 ? null : Words(3)))]));
        }

        IReadOnlyList<PloverEvent> Roundtrip(IReadOnlyList<PloverEvent> input, string name)
        {
            var path = _dir.File(name + ".jsonl");
            using (var output = System.IO.File.Create(path))
            {
                EventExport.Write(ExchangeFormat.Plover, output, [], ReferenceData.Default, CameoCatalog.Default, plover: input);
            }

            using var store = SqliteEventStore.Open(_dir.File(name + ".db"));
            var result = EventImporter.ImportFile(store, path, PloverReader.Default, new ImportOptions());
            Assert.True(result.Committed && result.Errors.Count == 0 && result.Skipped == 0, string.Join("; ", result.Errors));
            return Kept(store);
        }

        var x = Roundtrip(records, "x");
        Assert.Equal(records.Count, x.Count);
        AssertSame(x, Roundtrip(x, "y"));
    }

    [Fact]
    public void Export_OtherFormats_KeptRecordsNamedNotWritten()
    {
        var kept = new PloverEvent("plover-k1", "REQUEST", null, [], "MNG", "CHN", FuzzyDate.Parse("2024"), null, null, []);
        using var output = new MemoryStream();
        var result = EventExport.Write(ExchangeFormat.Gdelt, output, [], ReferenceData.Default, CameoCatalog.Default, plover: [kept]);

        Assert.Equal(("plover-k1", EventExport.NoCameoCode), Assert.Single(result.Omitted));
        Assert.Equal(0, result.Written);
    }
}
