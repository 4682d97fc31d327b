using System.Text.Json;
using Orkhon.Cli;
using Orkhon.Domain;
using Orkhon.Storage;

namespace Orkhon.Tests.Cli;

/// <summary><c>orkhon ingest</c> as a user runs it: a poisoned folder, two ingests at once, a small heap.</summary>
public sealed class CliIngestTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private string Db => _dir.File("orkhon.db");

    public void Dispose() => _dir.Dispose();

    private static string Visit(int month, int day, bool retold) => retold
        ? $"Tokayev, the president of Kazakhstan, arrived in Ulaanbaatar on {day} {Month(month)} 2032 for a state visit."
        : $"Kazakh President Tokayev paid a state visit to Mongolia on {day} {Month(month)} 2032.";

    private static string Month(int month) => new DateOnly(2032, month, 1).ToString("MMMM", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Ingest_FolderWithOneUndecodableFile_StoresEveryOtherAndExitsNamingIt()
    {
        for (var day = 1; day <= 12; day++)
        {
            _dir.Write($"docs/{day:D2}.txt", Visit(3, day, retold: false));
        }

        _dir.WriteBytes("docs/07-poison.txt", [(byte)'T', (byte)'o', (byte)'k', 0xC3, 0x28, (byte)'.']);

        var r = CliRunner.Run(Db, "ingest", _dir.File("docs"), "--format", "json");

        Assert.True(r.ExitCode == ExitCodes.BadInput, r.ToString());
        var report = JsonDocument.Parse(r.Stdout).RootElement;
        Assert.Equal(12, report.GetProperty("added").GetArrayLength());
        var failed = Assert.Single(report.GetProperty("failed").EnumerateArray());
        Assert.EndsWith("07-poison.txt", failed.GetProperty("path").GetString(), StringComparison.Ordinal);
        Assert.Equal(3, failed.GetProperty("offset").GetInt64());
        Assert.Equal(JsonValueKind.Null, report.GetProperty("stopped").ValueKind);
        Assert.Contains("07-poison.txt", r.Stderr, StringComparison.Ordinal);
        using var store = SqliteEventStore.Open(Db, StoreAccessMode.ReadOnly);
        Assert.Equal(12, store.QueryEvents(new EventQuery { Actor = "KAZ", From = FuzzyDate.OfYear(2032) }).Count);
    }

    // Issue 12: ingest reports the claims the record contradicts, in its summary and in its JSON, after the older fields.
    [Fact]
    public void Ingest_DocumentWithAFalseClaim_ReportsItAndKeepsTheOtherFields()
    {
        _dir.Write("docs/a.txt", "Mongolia, a member of the Shanghai Cooperation Organisation, hosted the talks. Mongolia joined the WTO in 1997.");
        _dir.Write("docs/b.txt", "Mongolia is an observer of the SCO.");

        var r = CliRunner.Run(Db, "ingest", _dir.File("docs"), "--doc-date", "2025-03-01", "--format", "json");

        Assert.True(r.ExitCode == ExitCodes.Success, r.ToString());
        var report = JsonDocument.Parse(r.Stdout).RootElement;
        Assert.Equal(["added", "already_present", "sentences", "events", "skipped", "stopped", "failed", "contradicted_claims"],
            report.EnumerateObject().Select(p => p.Name).ToArray());
        var claim = Assert.Single(report.GetProperty("contradicted_claims").EnumerateArray());
        Assert.Equal("SCO", claim.GetProperty("object").GetString());
        Assert.EndsWith("a.txt", claim.GetProperty("doc").GetString(), StringComparison.Ordinal);

        // Stored documents are not read again, so a second run reports none; the table's summary counts them.
        var again = CliRunner.Run(Db, "ingest", _dir.File("docs"), "--format", "json");
        Assert.Equal(0, JsonDocument.Parse(again.Stdout).RootElement.GetProperty("contradicted_claims").GetArrayLength());
        _dir.Write("docs/c.txt", "Mongolia, a member of the SCO, agreed.");
        var table = CliRunner.Run(Db, "ingest", _dir.File("docs/c.txt"));
        Assert.Contains("1 contradicted claim", table.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_TwoProcessesOnOverlappingFoldersAtOnce_StoreEachRealEventOnce()
    {
        // Each folder tells the same 40 visits in its own words, in the same order, so the two runs meet on each in its own words, and both hold 10 identical files.
        for (var i = 0; i < 40; i++)
        {
            var (month, day) = (1 + (i / 20), 1 + (i % 20));
            _dir.Write($"a/{i:D2}.txt", Visit(month, day, retold: false));
            _dir.Write($"b/{i:D2}.txt", Visit(month, day, retold: true));
        }

        for (var i = 0; i < 10; i++)
        {
            var shared = $"Mongolia and Japan signed an accord on {i + 1} August 2031.";
            _dir.Write($"a/shared-{i}.txt", shared);
            _dir.Write($"b/shared-{i}.txt", shared);
        }

        CliRunner.Run(Db, "init"); // both start from a ready database, so neither waits on the other's migration
        using var first = CliRunner.Start(Db, "ingest", _dir.File("a"), "--format", "json");
        using var second = CliRunner.Start(Db, "ingest", _dir.File("b"), "--format", "json");
        var results = new[] { CliRunner.Collect(first, ["ingest", "a"]), CliRunner.Collect(second, ["ingest", "b"]) };

        Assert.All(results, r => Assert.True(r.ExitCode == ExitCodes.Success, r.ToString()));
        var added = results.Sum(r => JsonDocument.Parse(r.Stdout).RootElement.GetProperty("added").GetArrayLength());
        Assert.Equal(90, added); // 40 + 40 + the 10 shared ones once
        using var store = SqliteEventStore.Open(Db, StoreAccessMode.ReadOnly);
        var visits = store.QueryEvents(new EventQuery { Actor = "KAZ", Partner = "MNG", From = FuzzyDate.OfYear(2032) });
        Assert.Equal(40, visits.Count);
        Assert.All(visits, v => Assert.Equal(2, v.Evidences.Count));
        Assert.Equal(10, store.QueryEvents(new EventQuery { Actor = "JPN", Partner = "MNG", From = FuzzyDate.OfYear(2031), To = FuzzyDate.OfYear(2031) }).Count);
    }

    [Fact]
    public void Ingest_TwoThousandFilesUnderA100MegabyteHeap_StoresThemAll()
    {
        // The heap limit is generous for one document at a time; a pipeline that buffered every extracted
        // document ahead of the writer would not stay under it as files grow in number.
        const int count = 2000;
        var paragraph = string.Concat(Enumerable.Repeat("Officials from both sides discussed trade, transit and the rail link at length. ", 20));
        for (var i = 0; i < count; i++)
        {
            _dir.Write($"many/{i / 100:D2}/{i:D4}.txt", $"Report {i}. {paragraph}Mongolia and Japan signed an accord on {1 + (i % 28)} May 2033.");
        }

        var r = CliRunner.Run(Db, new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = "0x6400000" }, "ingest", _dir.File("many"), "--format", "json");

        Assert.True(r.ExitCode == ExitCodes.Success, r.ToString());
        Assert.Equal(count, JsonDocument.Parse(r.Stdout).RootElement.GetProperty("added").GetArrayLength());
    }
}
