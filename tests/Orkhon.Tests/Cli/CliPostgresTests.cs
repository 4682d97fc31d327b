using System.Text.Json;
using Orkhon.Benchmarks;
using Orkhon.Tests.Storage;

namespace Orkhon.Tests.Cli;

/// <summary>The command line on PostgreSQL (<c>--db postgres://…</c>) gives what it gives on SQLite.</summary>
public sealed class CliPostgresTests(TestPostgres server) : IDisposable
{
    private readonly TempDirectory _dir = new();
    private TestPostgres.Schema? _schema;

    public void Dispose()
    {
        _schema?.Dispose();
        _dir.Dispose();
    }

    [Fact]
    public void ImportGdeltThenBalance_SameNumbersOnSqliteAndPostgres_SecondImportChangesNothing()
    {
        _schema = server.CreateSchema();
        var file = _dir.File("sample.export.CSV");
        GdeltEventsFile.Write(file, 3_000);

        var sqlite = _dir.File("orkhon.db");
        var before = CliRunner.Run(sqlite, "balance", "--country", "MNG", "--format", "json");
        Assert.True(before.ExitCode == 0, before.ToString());

        var outputs = new List<(string Balance, string ByYear, string Imported)>();
        foreach (var db in new[] { sqlite, _schema.Url })
        {
            var first = CliRunner.Run(db, "import", "gdelt", file, "--format", "json");
            Assert.True(first.ExitCode == 0, first.ToString());
            var imported = CliRunner.Run(db, "events", "--origin", "imported", "--format", "json");
            var second = CliRunner.Run(db, "import", "gdelt", file, "--format", "json");
            Assert.True(second.ExitCode == 0, second.ToString());
            Assert.Equal(first.Stdout, second.Stdout); // the same report: each row lands on the event it stored before
            Assert.Equal(imported.Stdout, CliRunner.Run(db, "events", "--origin", "imported", "--format", "json").Stdout);

            var balance = CliRunner.Run(db, "balance", "--country", "MNG", "--format", "json");
            var byYear = CliRunner.Run(db, "balance", "--country", "MNG", "--by", "year", "--format", "json");
            Assert.True(balance.ExitCode == 0 && byYear.ExitCode == 0, balance + "\n" + byYear);
            outputs.Add((balance.Stdout, byYear.Stdout, imported.Stdout));
        }

        Assert.NotEqual(before.Stdout, outputs[0].Balance); // the imported rows count
        Assert.True(JsonDocument.Parse(outputs[0].Imported).RootElement.GetArrayLength() > 2_000);
        Assert.Equal(outputs[0], outputs[1]);
    }

    [Fact]
    public void Init_ShowsTheServerWithoutThePassword()
    {
        _schema = server.CreateSchema();
        var init = CliRunner.Run(_schema.Url, "init");
        Assert.True(init.ExitCode == 0, init.ToString());
        Assert.Contains("postgres://", init.Stdout, StringComparison.Ordinal);

        var at = _schema.Url.IndexOf('@', StringComparison.Ordinal);
        Assert.True(at > 0, "the test server's URL names a user");
        var withPassword = _schema.Url[..at] + ":not-the-password" + _schema.Url[at..];
        var again = CliRunner.Run(withPassword, "init");
        Assert.DoesNotContain("not-the-password", again.Stdout + again.Stderr, StringComparison.Ordinal);
    }
}
