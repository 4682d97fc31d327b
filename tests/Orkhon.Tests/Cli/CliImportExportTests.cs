using System.Text.Json;
using Orkhon.Cli;
using Orkhon.Tests.Exchange;

namespace Orkhon.Tests.Cli;

/// <summary><c>orkhon import</c> and <c>orkhon export</c> as a user runs them.</summary>
public sealed class CliImportExportTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private string Db => _dir.File("orkhon.db");

    public void Dispose() => _dir.Dispose();

    private static int Count(CliResult listing) => JsonDocument.Parse(listing.Stdout).RootElement.GetArrayLength();

    [Fact]
    public void ExportThenImport_EveryFormat_ExitZeroAndNoEventAddedTwice()
    {
        var before = Count(CliRunner.Run(Db, "events", "--format", "json"));
        foreach (var format in (string[])["gdelt", "icews", "plover"])
        {
            var file = _dir.File("all." + format);
            var export = CliRunner.Run(Db, "export", format, "--out", file);
            Assert.True(export.ExitCode == 0, export.ToString());
            Assert.True(new FileInfo(file).Length > 0);

            // The knowledge base told again: every row merges into the curated event it is, twice over.
            var first = CliRunner.Run(Db, "import", format, file, "--format", "json");
            var second = CliRunner.Run(Db, "import", format, file, "--format", "json");
            Assert.True(first.ExitCode == 0, first.ToString());
            Assert.True(second.ExitCode == 0, second.ToString());
            var report = JsonDocument.Parse(second.Stdout).RootElement[0];
            Assert.True(report.GetProperty("stored").GetBoolean());
            Assert.Equal(0, report.GetProperty("events").GetInt32());
            Assert.True(report.GetProperty("merged").GetInt32() > 0);
        }

        Assert.Equal(before, Count(CliRunner.Run(Db, "events", "--format", "json")));
    }

    [Fact]
    public void Import_BadRows_Exit2NamesThemAndStoresNothing_AllowPartialStoresTheGoodRows()
    {
        var path = ExchangeTestData.File("gdelt-bad.export.CSV");
        var refused = CliRunner.Run(Db, "import", "gdelt", path);

        Assert.Equal(ExitCodes.BadInput, refused.ExitCode);
        Assert.Contains($"orkhon: error: {path}:2: 4 columns, a GDELT 2.0 event has 61 (tab-separated)", refused.Stderr, StringComparison.Ordinal);
        Assert.Contains($"{path}:3: SQLDATE '20231341' is not a day (YYYYMMDD)", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.NotFound, CliRunner.Run(Db, "show", "gdelt-900000001").ExitCode);

        var partial = CliRunner.Run(Db, "import", "gdelt", path, "--allow-partial");
        Assert.Equal(ExitCodes.BadInput, partial.ExitCode);
        Assert.Equal(0, CliRunner.Run(Db, "show", "gdelt-900000001").ExitCode);
        Assert.Equal(2, Count(CliRunner.Run(Db, "events", "--origin", "imported", "--format", "json")));
    }

    [Fact]
    public void Import_MaxErrors_GivesUpTheFile()
    {
        var result = CliRunner.Run(Db, "import", "gdelt", ExchangeTestData.File("gdelt-bad.export.CSV"), "--max-errors", "1", "--allow-partial", "--format", "json");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        var report = JsonDocument.Parse(result.Stdout).RootElement[0];
        Assert.True(report.GetProperty("gave_up").GetBoolean());
        Assert.False(report.GetProperty("stored").GetBoolean());
        Assert.Equal(2, report.GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public void ImportThenExport_Plover_ImportedEventsComeBackWithTheirIds()
    {
        var import = CliRunner.Run(Db, "import", "plover", ExchangeTestData.File("plover-sample.jsonl"));
        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.Contains("skipped: ", import.Stderr, StringComparison.Ordinal);
        Assert.Contains("1 PLOVER records kept", import.Stdout, StringComparison.Ordinal);

        // The kept REQUEST comes back too, after the events, with its type, mode and context and no cameo.
        var export = CliRunner.Run(Db, "export", "plover", "--origin", "imported");
        Assert.Equal(0, export.ExitCode);
        var records = export.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["pl-0001", "pl-0002", "pl-0003"], records.Select(r => r.GetProperty("id").GetString()).Order(StringComparer.Ordinal));
        var request = records.Single(r => r.GetProperty("id").GetString() == "pl-0003");
        Assert.Equal(("REQUEST", "assist", "economic", false), (request.GetProperty("event").GetString(), request.GetProperty("mode").GetString(),
            request.GetProperty("context").GetString(), request.TryGetProperty("cameo", out _)));

        // Other formats hold CAMEO codes: the record is left out and named.
        var gdelt = CliRunner.Run(Db, "export", "gdelt", "--origin", "imported");
        Assert.Equal(0, gdelt.ExitCode);
        Assert.Contains("plover-pl-0003: not exported: a PLOVER record with no one CAMEO code", gdelt.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_PloverWithLimit_EventsAndKeptRecordsCountedTogether()
    {
        Assert.Equal(0, CliRunner.Run(Db, "import", "plover", ExchangeTestData.File("plover-sample.jsonl")).ExitCode);

        var two = CliRunner.Run(Db, "export", "plover", "--origin", "imported", "--limit", "2");
        var three = CliRunner.Run(Db, "export", "plover", "--origin", "imported", "--limit", "3");

        Assert.Equal(2, two.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.DoesNotContain("pl-0003", two.Stdout, StringComparison.Ordinal);
        Assert.Contains("pl-0003", three.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("table")]
    [InlineData("json")]
    [InlineData("jsonl")]
    [InlineData("csv")]
    public void Events_Plover_ListsKeptRecordsInEveryFormat(string format)
    {
        Assert.Equal(0, CliRunner.Run(Db, "import", "plover", ExchangeTestData.File("plover-sample.jsonl")).ExitCode);

        var listed = CliRunner.Run(Db, "events", "--plover", "--actor", "MNG", "--format", format, "--wide");
        Assert.True(listed.ExitCode == 0, listed.ToString());
        Assert.Contains("plover-pl-0003", listed.Stdout, StringComparison.Ordinal);
        Assert.Contains("REQUEST", listed.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("plover-pl-0001", listed.Stdout, StringComparison.Ordinal);
        switch (format)
        {
            case "json":
                var item = Assert.Single(JsonDocument.Parse(listed.Stdout).RootElement.EnumerateArray());
                Assert.Equal(("assist", "imported", "CHN"), (item.GetProperty("mode").GetString(), item.GetProperty("origin").GetString(), item.GetProperty("target").GetString()));
                break;
            case "csv":
                Assert.StartsWith("id,date,source,source_name,target,target_name,plover,mode,contexts", listed.Stdout, StringComparison.Ordinal);
                break;
        }

        // Neither a CAMEO filter nor the events listing selects it: it has no CAMEO code.
        Assert.DoesNotContain("plover-pl-0003", CliRunner.Run(Db, "events", "--plover", "--code", "02", "--format", "jsonl").Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("plover-pl-0003", CliRunner.Run(Db, "events", "--actor", "MNG", "--format", "jsonl").Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_PolecatTsvAsPlover_HeaderRecognisedRowsStoredOrSkippedWithLine()
    {
        var path = ExchangeTestData.File("polecat-sample.tsv");
        var import = CliRunner.Run(Db, "import", "plover", path);
        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.DoesNotContain($"{path}:4", import.Stderr, StringComparison.Ordinal);
        Assert.Contains($"skipped: {path}:5: Actor Country 'ATL'", import.Stderr, StringComparison.Ordinal);

        var export = CliRunner.Run(Db, "export", "plover", "--origin", "imported");
        Assert.Equal(0, export.ExitCode);
        var records = export.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)
            .Select(r => (r.GetProperty("id").GetString(), r.TryGetProperty("cameo", out var c) ? c.GetString() : null));
        Assert.Equal([("ork-pc-0001", "04"), ("ork-pc-0002", "03"), ("ork-pc-0003", null)], records.Order());
    }

    [Fact]
    public void Export_TimelineWithFilters_OneSlidePerDatedEvent()
    {
        var listing = Count(CliRunner.Run(Db, "events", "--actor", "MNG", "--partner", "KAZ", "--format", "json"));
        var export = CliRunner.Run(Db, "export", "timeline", "--actor", "MNG", "--partner", "KAZ");

        Assert.Equal(0, export.ExitCode);
        var slides = JsonDocument.Parse(export.Stdout).RootElement.GetProperty("events");
        Assert.True(listing > 0);
        Assert.Equal(listing, slides.GetArrayLength());
        Assert.True(slides[0].GetProperty("start_date").GetProperty("year").GetInt32() > 1900);
    }

    [Fact]
    public void Export_OutInAMissingFolder_Exit2AndNoFileLeft()
    {
        var path = _dir.File("missing/out.tsv");
        var result = CliRunner.Run(Db, "export", "gdelt", "--out", path);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("orkhon: error: " + path, result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(path + ".part"));
    }

    [Theory]
    [InlineData("import", "xml", "a.xml")]
    [InlineData("import", "timeline", "a.json")] // written, never read
    [InlineData("export", "pdf")]
    public void UnknownFormat_Exit1(params string[] args) =>
        Assert.Equal(ExitCodes.Usage, CliRunner.Run(Db, args).ExitCode);
}
