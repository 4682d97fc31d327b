using System.Text.Json;
using CsvHelper;
using Orkhon.Cli;

namespace Orkhon.Tests.Cli;

/// <summary>The <c>orkhon</c> command end to end: real process, real database file, output parsed as a tool would.</summary>
public sealed class CliEndToEndTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private string Db => _dir.File("orkhon.db");

    public void Dispose() => _dir.Dispose();

    private CliResult Orkhon(params string[] args) => CliRunner.Run(Db, args);

    [Fact]
    public void Help_ListsEveryVerb()
    {
        var r = Orkhon("--help");
        Assert.Equal(ExitCodes.Success, r.ExitCode);
        foreach (var verb in new[] { "demo", "init", "ingest", "events", "timeline", "show", "actors" })
        {
            Assert.Contains(verb, r.Stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Demo_OnAFreshDatabase_PrintsTheOverview()
    {
        var r = Orkhon("demo");
        Assert.True(r.ExitCode == ExitCodes.Success, r.ToString());
        Assert.Contains("knowledge base loaded", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("Most recent engagements", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("Partners", r.Stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Db));
    }

    [Fact]
    public void Demo_Json_HasCountsRecentEventsAndPartnerSummary()
    {
        var r = Orkhon("demo", "--format", "json");
        using var json = JsonDocument.Parse(r.Stdout);
        var root = json.RootElement;
        Assert.Equal("MNG", root.GetProperty("country").GetString());
        Assert.True(root.GetProperty("events").GetInt32() >= 120);
        Assert.True(root.GetProperty("partners").GetInt32() >= 20);
        Assert.Equal(10, root.GetProperty("recent").GetArrayLength());
        Assert.Contains(root.GetProperty("partner_summary").EnumerateArray(), p => p.GetProperty("partner").GetString() == "CHN");
    }

    [Fact]
    public void Events_MongoliaKyrgyzstanJsonl_ListsThe2023StateVisitWithItsSource()
    {
        var r = Orkhon("events", "--actor", "MNG", "--partner", "KGZ", "--format", "jsonl");
        Assert.Equal(ExitCodes.Success, r.ExitCode);
        var events = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var visit = Assert.Single(events, e => e.GetProperty("source").GetString() == "KGZ" && e.GetProperty("cameo").GetString() == "042"
            && e.GetProperty("date").GetString()!.StartsWith("2023-07", StringComparison.Ordinal));
        Assert.Equal("MNG", visit.GetProperty("target").GetString());
        Assert.StartsWith("http", visit.GetProperty("sources")[0].GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.All(events, e => Assert.Contains(e.GetProperty("source").GetString(), new[] { "MNG", "KGZ" }));
    }

    [Fact]
    public void Events_Csv_IsValidCsvWithAHeaderAndOneRowPerEvent()
    {
        var r = Orkhon("events", "--actor", "MNG", "--from", "2023", "--format", "csv");
        Assert.Equal(ExitCodes.Success, r.ExitCode);
        using var csv = new CsvReader(new StringReader(r.Stdout), System.Globalization.CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        Assert.Equal(global::Orkhon.Contracts.EventCsv.Columns, csv.HeaderRecord);
        var rows = 0;
        while (csv.Read())
        {
            rows++;
            Assert.True(string.CompareOrdinal(csv.GetField("date"), "2023") >= 0);
            Assert.Equal(global::Orkhon.Contracts.EventCsv.Columns.Count, csv.Parser.Count);
        }

        var json = JsonDocument.Parse(Orkhon("events", "--actor", "MNG", "--from", "2023", "--format", "json").Stdout);
        Assert.Equal(json.RootElement.GetArrayLength(), rows);
        Assert.True(rows > 10);
    }

    [Fact]
    public void Events_CodeAndOriginFilters()
    {
        var json = JsonDocument.Parse(Orkhon("events", "--code", "057", "--origin", "curated", "--format", "json").Stdout);
        Assert.NotEqual(0, json.RootElement.GetArrayLength());
        Assert.All(json.RootElement.EnumerateArray(), e => Assert.StartsWith("057", e.GetProperty("cameo").GetString(), StringComparison.Ordinal));
        Assert.Equal(0, JsonDocument.Parse(Orkhon("events", "--origin", "extracted", "--format", "json").Stdout).RootElement.GetArrayLength());
    }

    [Theory]
    [InlineData("events", "--actor", "XYZ")] // unknown actor
    [InlineData("events", "--from", "2023-13")] // not a date
    [InlineData("events", "--code", "4x")]
    [InlineData("events", "--format", "xml")]
    [InlineData("frobnicate")]
    public void BadCommandLine_ExitsWithUsageCodeAndAMessage(params string[] args)
    {
        var r = Orkhon(args);
        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.NotEqual("", r.Stderr.Trim());
    }

    [Fact]
    public void Timeline_GroupsByYearWithDirection()
    {
        var r = Orkhon("timeline", "--actor", "MNG", "--partner", "CHN");
        Assert.Equal(ExitCodes.Success, r.ExitCode);
        Assert.Contains("→ CHN", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("← CHN", r.Stdout, StringComparison.Ordinal);
        var json = JsonDocument.Parse(Orkhon("timeline", "--actor", "MNG", "--partner", "KAZ", "--format", "json").Stdout);
        var years = json.RootElement.EnumerateArray().Select(y => y.GetProperty("year").GetInt32()).ToList();
        Assert.Equal(years.Order(), years);
        Assert.All(json.RootElement.EnumerateArray(), y => Assert.Equal(y.GetProperty("count").GetInt32(), y.GetProperty("events").GetArrayLength()));
    }

    [Fact]
    public void Show_KnownEvent_PrintsItsSource_UnknownIsNotFound()
    {
        var first = JsonDocument.Parse(Orkhon("events", "--actor", "KGZ", "--code", "042", "--format", "json").Stdout).RootElement[0];
        var id = first.GetProperty("id").GetString()!;
        var r = Orkhon("show", id);
        Assert.Equal(ExitCodes.Success, r.ExitCode);
        Assert.Contains(first.GetProperty("sources")[0].GetProperty("url").GetString()!, r.Stdout.Replace("\n", "", StringComparison.Ordinal).Replace("│", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var json = JsonDocument.Parse(Orkhon("show", id, "--format", "json").Stdout);
        Assert.Equal(id, json.RootElement.GetProperty("id").GetString());

        var missing = Orkhon("show", "no-such-event");
        Assert.Equal(ExitCodes.NotFound, missing.ExitCode);
        Assert.Contains("no-such-event", missing.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Actors_ListsActorsWithCounts()
    {
        var json = JsonDocument.Parse(Orkhon("actors", "--format", "json").Stdout).RootElement;
        var mng = json.EnumerateArray().First();
        Assert.Equal("MNG", mng.GetProperty("code").GetString());
        Assert.Contains(json.EnumerateArray(), a => a.GetProperty("code").GetString() == "SCO" && a.GetProperty("kind").GetString() == "organisation");
        var all = JsonDocument.Parse(Orkhon("actors", "--all", "--format", "json").Stdout).RootElement;
        Assert.True(all.GetArrayLength() > 240);
    }

    [Fact]
    public void Ingest_DirectoryOfMixedFiles_StoresTheGoodReportsTheBadAndIsIdempotent()
    {
        var docs = Path.Combine(_dir.Path, "docs");
        _dir.Write("docs/a.txt", "Mongolia and Kazakhstan held talks in Astana. Both sides praised the outcome.");
        _dir.Write("docs/b.md", "---\ntitle: B\n---\nThe Kyrgyz president visited Ulaanbaatar.\n");
        _dir.Write("docs/c.html", "<html><body><p>Japan and Mongolia signed an accord.</p></body></html>");
        _dir.Write("docs/empty.txt", "");
        _dir.WriteBytes("docs/binary.txt", [1, 2, 0, 4]);
        _dir.WriteBytes("docs/latin1.txt", [(byte)'c', (byte)'a', (byte)'f', 0xE9, (byte)'.']);
        _dir.Write("docs/picture.png", "not read: not a document type");

        var r = Orkhon("ingest", docs, "--format", "json");
        Assert.Equal(ExitCodes.BadInput, r.ExitCode);
        var report = JsonDocument.Parse(r.Stdout).RootElement;
        Assert.Equal(3, report.GetProperty("added").GetArrayLength());
        Assert.Equal(3, report.GetProperty("failed").GetArrayLength());
        Assert.Equal(1, report.GetProperty("skipped").GetInt32());
        foreach (var name in new[] { "empty.txt", "binary.txt", "latin1.txt" })
        {
            Assert.Contains(name, r.Stderr, StringComparison.Ordinal);
        }

        Assert.Contains("latin1.txt:1 (byte 3): invalid UTF-8", r.Stderr, StringComparison.Ordinal);

        var again = JsonDocument.Parse(Orkhon("ingest", Path.Combine(docs, "a.txt"), Path.Combine(docs, "b.md"), Path.Combine(docs, "c.html"), "--format", "json").Stdout).RootElement;
        Assert.Equal(0, again.GetProperty("added").GetArrayLength());
        Assert.Equal(3, again.GetProperty("already_present").GetArrayLength());
    }

    [Fact]
    public void Ingest_MissingPath_NamesItAndFails()
    {
        var r = Orkhon("ingest", "/no/such/place.txt");
        Assert.Equal(ExitCodes.BadInput, r.ExitCode);
        Assert.Contains("/no/such/place.txt: no such file or directory", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_FileOverTheLimit_IsRefused()
    {
        var path = _dir.Write("big.txt", new string('x', 5000) + ".");
        var r = Orkhon("ingest", path, "--max-size", "1000");
        Assert.Equal(ExitCodes.BadInput, r.ExitCode);
        Assert.Contains("big.txt", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("over the limit", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_ExplicitUnsupportedFile_IsAnError()
    {
        var path = _dir.Write("slides.pptx", "x");
        var r = Orkhon("ingest", path);
        Assert.Equal(ExitCodes.BadInput, r.ExitCode);
        Assert.Contains("unsupported file type", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void AnyVerb_OnAForeignDatabase_FailsWithDatabaseCodeAndLeavesItUnchanged()
    {
        var foreign = _dir.Write("foreign.db", "not a database at all, just text");
        var r = CliRunner.Run(foreign, "events");
        Assert.Equal(ExitCodes.Database, r.ExitCode);
        Assert.Contains("foreign.db", r.Stderr, StringComparison.Ordinal);
        Assert.Equal("not a database at all, just text", File.ReadAllText(foreign));
    }

    [Fact]
    public void DbOption_OverridesTheEnvironment()
    {
        var other = _dir.File("other.db");
        Assert.Equal(ExitCodes.Success, Orkhon("--db", other, "init").ExitCode);
        Assert.True(File.Exists(other));
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public void Init_Twice_SecondSaysUpToDate()
    {
        Assert.Contains("loaded", Orkhon("init").Stdout, StringComparison.Ordinal);
        Assert.Contains("already up to date", Orkhon("init").Stdout, StringComparison.Ordinal);
    }
}

/// <summary>The seed articles the product was specified from, read end to end.</summary>
public sealed class SeedIngestTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Ingest_SeedArticles_StoresEverySentenceWithExactOffsets()
    {
        var seeds = SharedData.Path("seeds");
        var db = _dir.File("orkhon.db");
        var r = CliRunner.Run(db, "ingest", seeds, "--format", "json");
        Assert.True(r.ExitCode == 0, r.ToString());
        var report = JsonDocument.Parse(r.Stdout).RootElement;
        Assert.Equal(Directory.GetFiles(seeds, "*.txt").Length, report.GetProperty("added").GetArrayLength());

        using var store = global::Orkhon.Storage.SqliteEventStore.Open(db);
        foreach (var added in report.GetProperty("added").EnumerateArray())
        {
            var doc = store.GetDocument(added.GetProperty("document").GetString()!)!;
            var sentences = store.GetSentences(doc.Id);
            Assert.True(sentences.Count > 5);
            Assert.All(sentences, s => Assert.Equal(s.Text, doc.Text[s.Start..s.End]));
        }

        // Full-text search reaches the stored sentences.
        Assert.NotEmpty(store.SearchSentences("Kyrgyzstan", 5));
    }
}

/// <summary>The analysis verbs on the embedded knowledge base, checked against counts made by hand from the data file.</summary>
public sealed class AnalysisCliTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private CliResult Orkhon(params string[] args) => CliRunner.Run(_dir.File("orkhon.db"), args);

    // Rows of data/knowledge/mongolia.tsv whose partner is one of the five Central Asian states, by year.
    private static Dictionary<int, int> CentralAsiaRowsByYear()
    {
        string[] centralAsia = ["KAZ", "KGZ", "TJK", "TKM", "UZB"];
        return File.ReadLines(Path.Combine(RepositoryRoot.Path, "data", "knowledge", "mongolia.tsv")).Skip(1)
            .Select(l => l.Split('\t'))
            .Where(f => (f[2] == "MNG" && centralAsia.Contains(f[3])) || (f[3] == "MNG" && centralAsia.Contains(f[2])))
            .GroupBy(f => int.Parse(f[1][..4], System.Globalization.CultureInfo.InvariantCulture))
            .ToDictionary(g => g.Key, g => g.Count());
    }

    [Fact]
    public void Pivot_CentralAsiaSince2023_IsASignificantIncreaseMatchingTheDataFile()
    {
        var r = Orkhon("pivot", "--country", "MNG", "--pillar", "central-asia", "--before", "2015..2022", "--after", "2023..2025", "--format", "json");
        Assert.True(r.ExitCode == 0, r.ToString());
        var json = JsonDocument.Parse(r.Stdout).RootElement;
        var byYear = CentralAsiaRowsByYear();
        var before = Enumerable.Range(2015, 8).Sum(y => byYear.GetValueOrDefault(y));
        var after = Enumerable.Range(2023, 3).Sum(y => byYear.GetValueOrDefault(y));
        var perYear = json.GetProperty("per_year");
        Assert.Equal(before, perYear.GetProperty("before").GetInt32());
        Assert.Equal(after, perYear.GetProperty("after").GetInt32());
        Assert.True(perYear.GetProperty("significant").GetBoolean());
        Assert.True(perYear.GetProperty("ci_lower").GetDouble() > 1);
        Assert.Equal(0.95, perYear.GetProperty("confidence").GetDouble());

        var table = Orkhon("pivot", "--pillar", "central-asia", "--before", "2015..2022", "--after", "2023..2025");
        Assert.Contains("significant increase", table.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Balance_YearlyPillarShares_MatchTheDataFile()
    {
        var r = Orkhon("balance", "--country", "MNG", "--framework", "mongolia-2023", "--by", "year", "--from", "2023", "--to", "2025", "--format", "json");
        Assert.True(r.ExitCode == 0, r.ToString());
        var rows = JsonDocument.Parse(r.Stdout).RootElement.EnumerateArray().ToList();
        Assert.Equal(["2023", "2024", "2025"], rows.Select(x => x.GetProperty("period").GetProperty("label").GetString()));
        var byYear = CentralAsiaRowsByYear();
        foreach (var row in rows)
        {
            var year = int.Parse(row.GetProperty("period").GetProperty("label").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            var pillars = row.GetProperty("pillars").EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!);
            Assert.Equal(byYear.GetValueOrDefault(year), pillars["central-asia"].GetProperty("events").GetInt32());
            Assert.Equal(row.GetProperty("events").GetInt32(), pillars.Values.Sum(p => p.GetProperty("events").GetInt32()));
            Assert.Equal(1.0, pillars.Values.Sum(p => p.GetProperty("share").GetDouble()), 6);
        }

        var csv = Orkhon("balance", "--by", "quarter", "--from", "2024", "--to", "2024", "--format", "csv");
        Assert.Equal(5, csv.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length); // header + 4 quarters
    }

    [Theory]
    [InlineData("frameworks")]
    [InlineData("tone", "--by", "pillar")]
    [InlineData("reciprocity", "--partner", "KGZ")]
    [InlineData("corridors", "--from", "MNG", "--to", "UZB")]
    public void AnalysisVerbs_JsonIsValid(params string[] args)
    {
        var r = Orkhon([.. args, "--format", "json"]);
        Assert.True(r.ExitCode == 0, r.ToString());
        using var _ = JsonDocument.Parse(r.Stdout);
    }

    [Fact]
    public void Pivot_UnknownPillar_IsAUsageError()
    {
        var r = Orkhon("pivot", "--pillar", "atlantis", "--before", "2015..2022", "--after", "2023..2025");
        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.Contains("atlantis", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Reciprocity_Kyrgyzstan_VisitsBothWays()
    {
        var row = JsonDocument.Parse(Orkhon("reciprocity", "--partner", "KGZ", "--format", "json").Stdout).RootElement[0];
        Assert.True(row.GetProperty("made").GetInt32() >= 1);
        Assert.True(row.GetProperty("received").GetInt32() >= 1);
        Assert.True(row.GetProperty("received_by_level").GetProperty("state").GetInt32() >= 1);
    }
}

/// <summary>Extraction through the command line: the jsonl contract, and ingest storing merged events.</summary>
public sealed class ExtractionCliTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private CliResult Orkhon(params string[] args) => CliRunner.Run(_dir.File("orkhon.db"), args);

    [Fact]
    public void Extract_Jsonl_FollowsTheContract()
    {
        const string text = "Intro line.\n\nFrom the Mongolian side, President Khurelsukh Ukhnaa visited Tashkent in June 2024, attended the Shanghai Cooperation Organization (SCO) Summit in Astana in July 2024, and conducted a state visit to Ashgabat in October 2024.";
        var path = _dir.Write("a.txt", text);
        var r = Orkhon("extract", "--format", "jsonl", path);
        Assert.True(r.ExitCode == 0, r.ToString());
        var lines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, lines.Count);
        foreach (var field in new[] { "doc", "source", "source_role", "target", "target_role", "cameo", "date", "sentence", "start", "end" })
        {
            Assert.All(lines, l => Assert.True(l.TryGetProperty(field, out _), field));
        }

        Assert.All(lines, l =>
        {
            Assert.Equal(path, l.GetProperty("doc").GetString());
            Assert.Equal(l.GetProperty("sentence").GetString(), text[l.GetProperty("start").GetInt32()..l.GetProperty("end").GetInt32()]);
            Assert.Equal(JsonValueKind.String, l.GetProperty("cameo").ValueKind);
        });
        Assert.Equal(["UZB", "SCO", "TKM"], lines.Select(l => l.GetProperty("target").GetString()));
        Assert.Equal(["2024-06", "2024-07", "2024-10"], lines.Select(l => l.GetProperty("date").GetString()));
    }

    [Fact]
    public void Extract_DocDate_ResolvesRelativeDates()
    {
        var path = _dir.Write("b.txt", "Kazakhstan's foreign minister visited Tokyo last week.");
        var line = JsonDocument.Parse(Orkhon("extract", "--doc-date", "2024-06-12", "--format", "jsonl", path).Stdout.Trim()).RootElement;
        Assert.Equal("2024-06-03/2024-06-09", line.GetProperty("date").GetString());
        var undated = JsonDocument.Parse(Orkhon("extract", "--format", "jsonl", path).Stdout.Trim()).RootElement;
        Assert.Equal(JsonValueKind.Null, undated.GetProperty("date").ValueKind); // never invented
    }

    [Fact]
    public void IngestSeeds_ThenEventsExtractedSince2023_ShowTheCentralAsianStateVisitsWithEvidence()
    {
        var seeds = SharedData.Path("seeds");
        Assert.Equal(0, Orkhon("ingest", seeds).ExitCode);
        var json = JsonDocument.Parse(Orkhon("events", "--actor", "MNG", "--from", "2023", "--origin", "extracted", "--format", "json").Stdout).RootElement;
        string[] centralAsia = ["KAZ", "KGZ", "TJK", "TKM", "UZB"];
        var visits = json.EnumerateArray().Where(e => e.GetProperty("cameo").GetString()!.StartsWith("042", StringComparison.Ordinal)
            && (centralAsia.Contains(e.GetProperty("source").GetString()) || centralAsia.Contains(e.GetProperty("target").GetString()))).ToList();
        Assert.True(visits.Count >= 5, $"{visits.Count} Central Asian visits");
        Assert.All(visits, v => Assert.Contains(v.GetProperty("sources").EnumerateArray(), s => s.GetProperty("document").ValueKind == JsonValueKind.String && s.GetProperty("sentence").GetString()!.Length > 0));
        // Ingesting again changes nothing.
        var before = Orkhon("events", "--format", "json").Stdout;
        Assert.Equal(0, Orkhon("ingest", seeds).ExitCode);
        Assert.Equal(before, Orkhon("events", "--format", "json").Stdout);
    }
}

/// <summary>Hostile input through ingest: bounded pieces, no crash, nothing partial.</summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Ingest_SixMegabyteLineWithoutPunctuation_IsStoredInBoundedSentences()
    {
        var path = _dir.File("line.txt");
        var random = new Random(3);
        string[] words = ["Mongolia", "Russia", "visited", "talks", "the", "of", "xqz", "China", "signed", "2024"];
        File.WriteAllText(path, string.Join(' ', Enumerable.Range(0, 1_000_000).Select(_ => words[random.Next(words.Length)])));
        var db = _dir.File("o.db");
        var r = CliRunner.Run(db, "ingest", path, "--format", "json");
        Assert.True(r.ExitCode == 0, r.ToString());
        using var store = global::Orkhon.Storage.SqliteEventStore.Open(db);
        var doc = JsonDocument.Parse(r.Stdout).RootElement.GetProperty("added")[0].GetProperty("document").GetString()!;
        Assert.All(store.GetSentences(doc), s => Assert.True(s.Text.Length <= 2 * global::Orkhon.Text.SentenceSplitter.MaxSentenceLength));
    }

    [Fact]
    public void Ingest_GarbageAndBrokenHtml_AreReadWithoutCrashing()
    {
        var garbage = _dir.Write("garbage.txt", new string(Enumerable.Range(0, 20_000).Select(i => (char)('!' + (i * 7919 % 90))).ToArray()));
        var html = _dir.Write("broken.html", string.Concat(Enumerable.Repeat("<div><p>Mongolia <b>and <i>Japan</div></p><table><tr><td>signed", 2000)) + "<script>alert(1)</script");
        var r = CliRunner.Run(_dir.File("o.db"), "ingest", garbage, html, "--format", "json");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(2, JsonDocument.Parse(r.Stdout).RootElement.GetProperty("added").GetArrayLength());
    }
}
