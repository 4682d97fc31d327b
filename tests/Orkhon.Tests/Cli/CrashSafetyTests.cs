using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;
using Orkhon.Storage;

namespace Orkhon.Tests.Cli;

/// <summary>
/// kill -9 in the middle of an ingest must leave the database as it was before the document being
/// written: every stored document complete, the interrupted one absent, the file intact.
/// </summary>
public sealed class CrashSafetyTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void KillDuringIngest_LeavesEarlierDocumentsIntactAndNoPartialDocument()
    {
        var db = _dir.File("orkhon.db");
        var small = _dir.Write("small.txt", "Mongolia and Japan signed an economic partnership agreement. It entered into force later.");
        Assert.Equal(0, CliRunner.Run(db, "ingest", small).ExitCode);

        var big = new StringBuilder();
        for (var i = 0; big.Length < 24_000_000; i++)
        {
            big.Append("Delegation ").Append(i).Append(" from partner ").Append(i % 97).Append(" met officials in Ulaanbaatar on day ").Append(i % 28 + 1).Append(". ");
        }

        var bigPath = _dir.Write("big.txt", big.ToString());
        using var process = CliRunner.Start(db, "ingest", bigPath);
        var wal = db + "-wal";
        var walAtStart = File.Exists(wal) ? new FileInfo(wal).Length : 0;
        var clock = Stopwatch.StartNew();

        // Wait until the big document's transaction is spilling pages into the WAL, then kill hard.
        while (!process.HasExited && clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (File.Exists(wal) && new FileInfo(wal).Length > walAtStart + (4 << 20))
            {
                break;
            }

            Thread.Sleep(5);
        }

        var killedMidWay = !process.HasExited;
        process.Kill(entireProcessTree: true);
        process.WaitForExit();

        using (var c = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "PRAGMA integrity_check";
            Assert.Equal("ok", cmd.ExecuteScalar());
            cmd.CommandText = "SELECT count(*) FROM documents d WHERE d.sentence_count <> (SELECT count(*) FROM sentences s WHERE s.document_id = d.id)";
            Assert.Equal(0L, cmd.ExecuteScalar());
        }

        using var store = SqliteEventStore.Open(db);
        var smallId = Orkhon.Domain.Document.ComputeId(File.ReadAllText(small));
        Assert.Equal(2, store.GetSentences(smallId).Count);
        var bigDoc = store.GetDocument(Orkhon.Domain.Document.ComputeId(big.ToString()));
        Assert.True(killedMidWay || bigDoc is not null, "the ingest finished before it could be interrupted");
        if (killedMidWay && bigDoc is null)
        {
            Assert.Equal(1, store.GetStatistics().Documents);
        }

        // And the interrupted document can simply be ingested again.
        Assert.Equal(0, CliRunner.Run(db, "ingest", bigPath).ExitCode);
        Assert.Equal(2, store.GetStatistics().Documents);
    }
}
