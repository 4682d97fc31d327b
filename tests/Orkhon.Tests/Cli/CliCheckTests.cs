using System.Text.Json;
using Orkhon.Cli;

namespace Orkhon.Tests.Cli;

/// <summary><c>orkhon check</c> through the real program: the report's JSON, and files that cannot be read.</summary>
public sealed class CliCheckTests(KnowledgeBaseDatabase database) : IClassFixture<KnowledgeBaseDatabase>
{
    [Fact]
    public void Check_Json_ReportsCountsAndTheContradictingRecordWithItsSource()
    {
        var r = CliRunner.Run(database.Path, "check", "--doc-date", "2025-03-01", database.ClaimsArticle, "--format", "json");
        Assert.True(r.ExitCode == ExitCodes.Success, r.ToString());
        using var json = JsonDocument.Parse(r.Stdout);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("documents").GetInt32());
        Assert.Equal(1, root.GetProperty("contradicted").GetInt32());
        Assert.Equal(1, root.GetProperty("consistent").GetInt32());
        var sco = root.GetProperty("claims").EnumerateArray().Single(c => c.GetProperty("object").GetString() == "SCO");
        Assert.Equal("contradicted", sco.GetProperty("verdict").GetString());
        Assert.Equal("member", sco.GetProperty("kind").GetString());
        Assert.StartsWith("https://", sco.GetProperty("source_url").GetString(), StringComparison.Ordinal);
        Assert.Contains("observer", sco.GetProperty("record").GetString(), StringComparison.Ordinal);
        Assert.Equal(database.ClaimsArticle, sco.GetProperty("doc").GetString());
    }

    [Fact]
    public void Check_MissingFile_IsExit2AndTheOthersAreStillChecked()
    {
        var r = CliRunner.Run(database.Path, "check", "/nonexistent/claims.txt", database.ClaimsArticle, "--format", "jsonl");
        Assert.True(r.ExitCode == ExitCodes.BadInput, r.ToString());
        Assert.Contains("/nonexistent/claims.txt", r.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
