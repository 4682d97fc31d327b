using System.Text;
using System.Text.Json;
using Orkhon.Cli;
using Orkhon.Domain;
using Orkhon.Storage;
using Orkhon.Tests.Exchange;

namespace Orkhon.Tests.Cli;

/// <summary>
/// The whole path a bad document takes through <c>extract</c>, <c>ingest</c> and <c>import</c>, as a user meets it: binary bytes,
/// an empty file, two encodings in one file, a NUL in the middle of text, front matter never closed, markup nested a hundred
/// thousand deep, a 50 MB line with no space and a JSON-lines file broken in the middle. Each must be named on stderr with its
/// line and byte where it has one, give the documented exit code, and cost the good documents beside it nothing.
/// </summary>
public sealed class BadDocumentTortureTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private string Db => _dir.File("orkhon.db");

    public void Dispose() => _dir.Dispose();

    private static string Visit(int day) => $"Kazakh President Tokayev paid a state visit to Mongolia on {day} March 2032.";

    // Three good documents (one of them under deep markup) and every kind of bad one, with the place each error must name.
    private (string Folder, string[] Places) WriteFolder()
    {
        _dir.Write("docs/01-good.txt", Visit(3));
        _dir.Write("docs/02-good.md", $"---\ntitle: Visit\n---\n{Visit(4)}\n");
        const int depth = 100_000;
        _dir.Write("docs/03-deep.html", $"<html><body>{string.Concat(Enumerable.Repeat("<div>", depth))}<p>{Visit(5)}</p>{string.Concat(Enumerable.Repeat("</div>", depth))}</body></html>");
        _dir.WriteBytes("docs/binary.txt", [.. "ab\n"u8, 0x00, 0x9F, 0x92, 0xFF, 0x01]);
        _dir.Write("docs/empty.txt", "");
        var utf8 = Encoding.UTF8.GetBytes("Mongolia's president visited China.\n");
        _dir.WriteBytes("docs/mixed.txt", [.. utf8, .. Encoding.Latin1.GetBytes("Caf\u00e9 talks in Z\u00fcrich.")]);
        _dir.WriteBytes("docs/nul.txt", [.. "Japan protested.\nChina replied.\0 Then nothing.\n"u8]);
        _dir.Write("docs/front.md", "---\ntitle: \"never closed\nChina met Mongolia.\n");
        _dir.Write("docs/lines.jsonl", "{\"text\": \"China met Mongolia.\"}\n{\"text\": broken\n");
        return (_dir.File("docs"),
        [
            "binary.txt:2 (byte 3): binary file", "empty.txt: empty document", $"mixed.txt:2 (byte {utf8.Length + 3}): invalid UTF-8",
            "nul.txt:2 (byte 31): binary file", "front.md:1: front matter opened with '---' is never closed",
        ]);
    }

    [Fact]
    public void Ingest_FolderOfBadDocumentsBesideGoodOnes_NamesEachWithItsPlaceAndStoresTheGood()
    {
        var (folder, places) = WriteFolder();

        var r = CliRunner.Run(Db, "ingest", folder, "--format", "json");

        Assert.True(r.ExitCode == ExitCodes.BadInput, r.ToString());
        var report = JsonDocument.Parse(r.Stdout).RootElement;
        Assert.Equal(3, report.GetProperty("added").GetArrayLength());
        Assert.Equal(places.Length, report.GetProperty("failed").GetArrayLength());
        // The JSON-lines file is no document type: in a folder it is skipped and counted, not read.
        Assert.Equal(1, report.GetProperty("skipped").GetInt32());
        Assert.All(places, place => Assert.Contains(place, r.Stderr, StringComparison.Ordinal));
        using var store = SqliteEventStore.Open(Db, StoreAccessMode.ReadOnly);
        Assert.Equal(3, store.QueryEvents(new EventQuery { Actor = "KAZ", Partner = "MNG", From = FuzzyDate.OfYear(2032) }).Count);
    }

    [Fact]
    public void Extract_BadDocumentsBesideGoodOnes_NamesEachAndPrintsTheGoodOnesEvents()
    {
        var (folder, places) = WriteFolder();

        var r = CliRunner.Run(Db, "extract", folder, "--format", "jsonl");

        Assert.True(r.ExitCode == ExitCodes.BadInput, r.ToString());
        Assert.All(places, place => Assert.Contains(place, r.Stderr, StringComparison.Ordinal));
        var events = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, events.Count(e => e.GetProperty("source").GetString() == "KAZ" && e.GetProperty("target").GetString() == "MNG"));
    }

    [Fact]
    public void Extract_JsonLinesFileNamed_IsRefusedByItsTypeAndTheOthersAreRead()
    {
        var good = _dir.Write("good.txt", Visit(3));
        var lines = _dir.Write("lines.jsonl", "{\"text\": \"China met Mongolia.\"}\n{\"text\": broken\n{\"text\": \"Japan met Korea.\"}\n");

        var r = CliRunner.Run(Db, "extract", lines, good, "--format", "jsonl");

        Assert.True(r.ExitCode == ExitCodes.BadInput, r.ToString());
        Assert.Contains("lines.jsonl: unsupported file type '.jsonl'", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("\"KAZ\"", r.Stdout, StringComparison.Ordinal);
    }

    // 50 MB with no space and no line break, then one sentence: refused by name over the default limit, and read, stored and
    // coded within a raised one, in linear time (a tokenizer or splitter that rescans the word would not finish).
    [Fact]
    public void Ingest_FiftyMegabyteLineWithNoSpace_IsRefusedOverTheLimitAndStoredWithinARaisedOne()
    {
        var path = _dir.File("long.txt");
        using (var writer = new StreamWriter(path, append: false, new UTF8Encoding(false)))
        {
            var block = new string('x', 1_000_000);
            for (var i = 0; i < 50; i++)
            {
                writer.Write(block);
            }

            writer.Write(". " + Visit(6));
        }

        var refused = CliRunner.Run(Db, "ingest", path);
        Assert.True(refused.ExitCode == ExitCodes.BadInput, refused.ToString());
        Assert.Contains("long.txt: file is 50,000,0", refused.Stderr, StringComparison.Ordinal);
        Assert.Contains("over the limit", refused.Stderr, StringComparison.Ordinal);

        var r = CliRunner.Run(Db, "ingest", path, "--max-size", "60000000", "--format", "json");
        Assert.True(r.ExitCode == ExitCodes.Success, r.ToString());
        Assert.Equal(1, JsonDocument.Parse(r.Stdout).RootElement.GetProperty("added").GetArrayLength());
        using var store = SqliteEventStore.Open(Db, StoreAccessMode.ReadOnly);
        Assert.Single(store.QueryEvents(new EventQuery { Actor = "KAZ", Partner = "MNG", From = FuzzyDate.OfYear(2032) }));
    }

    // A JSON-lines file broken in the middle (a cut-off record, control bytes, a record nested past the reader's depth): each bad
    // line is named with its number; the file is stored whole or not at all, unless --allow-partial keeps its good lines.
    [Fact]
    public void ImportPlover_LinesBrokenInTheMiddle_NamesEachLineAndKeepsTheGoodOnlyWhenAllowed()
    {
        var sample = File.ReadAllLines(ExchangeTestData.File("plover-sample.jsonl"));
        var path = _dir.Write("broken.jsonl", string.Join('\n', sample[0], sample[1], "{\"id\":\"pl-cut\",\"date\":\"2024-03-1", "\u0001binary",
            new string('[', 100), sample[2]) + "\n");

        var whole = CliRunner.Run(Db, "import", "plover", path, "--format", "json");
        Assert.True(whole.ExitCode == ExitCodes.BadInput, whole.ToString());
        foreach (var line in new[] { 3, 4, 5 })
        {
            Assert.Contains($"broken.jsonl:{line}: ", whole.Stderr, StringComparison.Ordinal);
        }

        Assert.Equal(0, ImportedCount());

        var partial = CliRunner.Run(Db, "import", "plover", path, "--allow-partial");
        Assert.True(partial.ExitCode == ExitCodes.BadInput, partial.ToString());
        Assert.True(ImportedCount() > 0, partial.ToString());
    }

    private int ImportedCount() =>
        JsonDocument.Parse(CliRunner.Run(Db, "events", "--origin", "imported", "--format", "json").Stdout).RootElement.GetArrayLength();
}
