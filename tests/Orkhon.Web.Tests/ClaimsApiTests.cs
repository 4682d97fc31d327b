using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Orkhon.Tests.Cli;

namespace Orkhon.Web.Tests;

/// <summary><c>POST /api/check</c> on a real Kestrel: the same JSON as <c>orkhon check --format json</c>, and the limits of <c>/api/extract</c>.</summary>
public sealed class ClaimsApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string Text = "Mongolia, a member of the Shanghai Cooperation Organisation, sent its prime minister. Mongolia is an observer of the SCO.";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Check_AnswersTheJsonOfTheCommandLine()
    {
        using var response = await server.Client.PostAsJsonAsync("/api/check", new { text = Text, date = "2025-03-01" }, Cancel);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var api = JsonNode.Parse(body)!.AsObject();
        Assert.Equal(1, api["contradicted"]!.GetValue<int>());
        Assert.Equal(1, api["consistent"]!.GetValue<int>());
        var sco = api["claims"]!.AsArray()[0]!;
        Assert.Equal("contradicted", sco["verdict"]!.GetValue<string>());
        Assert.StartsWith("https://", sco["source_url"]!.GetValue<string>(), StringComparison.Ordinal);

        var file = Path.Combine(Path.GetDirectoryName(server.DatabasePath)!, "claims-api-test.txt");
        File.WriteAllText(file, Text);
        var cli = CliRunner.Run(server.DatabasePath, "check", "--doc-date", "2025-03-01", file, "--format", "json");
        Assert.True(cli.ExitCode == 0, cli.ToString());
        var printed = JsonNode.Parse(cli.Stdout)!.AsObject();

        // The one difference: the command line names the file each claim is in, posted text has none.
        foreach (var claim in printed["claims"]!.AsArray())
        {
            Assert.Equal(file, claim!["doc"]!.GetValue<string>());
            claim["doc"] = null;
        }

        Assert.True(JsonNode.DeepEquals(api, printed), $"API:\n{api}\nCLI:\n{printed}");
    }

    // Storing a document reports its contradicted claims too, as ingest does; a second post of the same text stores nothing and reports none.
    [Fact]
    public async Task PostDocument_ListsTheContradictedClaims()
    {
        var text = "Mongolia, a member of the Shanghai Cooperation Organisation, sent its prime minister on 3 March 2031.";
        foreach (var (expected, status) in new[] { (1, HttpStatusCode.Created), (0, HttpStatusCode.OK) })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = JsonContent.Create(new { text, date = "2031-03-04" }) };
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ServerFixture.Token);
            using var response = await server.Client.SendAsync(request, Cancel);
            var body = await response.Content.ReadAsStringAsync(Cancel);
            Assert.True(response.StatusCode == status, body);
            var claims = JsonDocument.Parse(body).RootElement.GetProperty("contradicted_claims");
            Assert.Equal(expected, claims.GetArrayLength());
            if (expected == 1)
            {
                Assert.Equal("SCO", claims[0].GetProperty("object").GetString());
                Assert.Equal(JsonValueKind.Null, claims[0].GetProperty("doc").ValueKind);
            }
        }
    }

    [Fact]
    public async Task Check_TextOverTheExtractLimit_Is413()
    {
        using var response = await server.Client.PostAsJsonAsync("/api/check", new { text = new string('a', ServerOptions.DefaultMaxExtractChars + 1) }, Cancel);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("{\"text\":\"\"}", "text")]
    [InlineData("{\"text\":\"Mongolia is an observer of the SCO.\",\"date\":\"yesterday\"}", "date")]
    public async Task Check_BadRequest_Is400NamingTheField(string json, string field)
    {
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        using var response = await server.Client.PostAsync("/api/check", content, Cancel);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, body);
        Assert.True(JsonDocument.Parse(body).RootElement.GetProperty("errors").TryGetProperty(field, out _), body);
    }
}
