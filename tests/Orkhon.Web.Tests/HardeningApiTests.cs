using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;

namespace Orkhon.Web.Tests;

/// <summary>
/// Issue 8 against a real Kestrel: what an unauthenticated caller can cost, the Host allow-list, the
/// security headers on every kind of response, errors without internals, the edge inputs that were 500s.
/// </summary>
public sealed class HardeningApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string Sentence = "Russia offered to mediate between Kyrgyzstan and Tajikistan. ";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        var what = $"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}";
        Assert.True(response.Headers.TryGetValues("Content-Security-Policy", out var csp), what);
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, csp.Single());
        Assert.True(response.Headers.TryGetValues("X-Content-Type-Options", out var nosniff), what);
        Assert.Equal("nosniff", nosniff.Single());
        Assert.True(response.Headers.TryGetValues("Referrer-Policy", out var referrer), what);
        Assert.Equal("no-referrer", referrer.Single());
        Assert.True(response.Headers.TryGetValues("X-Frame-Options", out var frame), what);
        Assert.Equal("DENY", frame.Single());
        Assert.False(response.Headers.Contains("Server"), what);
    }

    private static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        AssertSecurityHeaders(response);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static HttpRequestMessage Extract(string text) =>
        new(HttpMethod.Post, "/api/extract") { Content = JsonContent.Create(new { text }) };

    // ---- security headers on every kind of response

    [Theory]
    [InlineData("/api/actors", HttpStatusCode.OK)]
    [InlineData("/index.html", HttpStatusCode.OK)]
    [InlineData("/api/events?limit=0", HttpStatusCode.BadRequest)]
    [InlineData("/api/events/no-such-id", HttpStatusCode.NotFound)]
    [InlineData("/api/no-such-endpoint", HttpStatusCode.NotFound)]
    [InlineData("/no-such-file.png", HttpStatusCode.NotFound)] // the status-code page, not an endpoint
    public async Task SecurityHeaders_OnSuccessesAndErrors(string path, HttpStatusCode expected)
    {
        using var response = await server.Client.GetAsync(path, Cancel);
        Assert.Equal(expected, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task SecurityHeaders_On401()
    {
        using var response = await server.Client.PostAsJsonAsync("/api/documents", new { text = "Mongolia signed." }, Cancel);
        await Problem(response, HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task SecurityHeaders_On403()
    {
        var (app, address) = await ServerFixture.StartAsync(new ServerOptions { DatabasePath = server.DatabasePath, Urls = "http://127.0.0.1:0" });
        await using var _ = app;
        using var client = new HttpClient { BaseAddress = address };
        using var response = await client.PostAsJsonAsync("/api/documents", new { text = "Mongolia signed." }, Cancel);
        await Problem(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task SecurityHeaders_On413FromTheBodyLimit()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/extract")
        {
            Content = new StringContent("{\"text\":\"" + new string('a', (int)ServerOptions.MaxRequestBytes + 10) + "\"}", Encoding.UTF8, "application/json"),
        };

        // Asks before sending the body, so the 413 comes back before the client writes 2 MB into a connection the server may close.
        request.Headers.ExpectContinue = true;
        using var response = await server.Client.SendAsync(request, Cancel);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task ServerError_IsAPlainProblemWithHeaders_NoExceptionNoPath()
    {
        const string Secret = "secret-detail /home/build/src/Orkhon/Hidden.cs:line 42";
        var (app, address) = await ServerFixture.StartAsync(new ServerOptions { DatabasePath = server.DatabasePath, Urls = "http://127.0.0.1:0" },
            a => a.MapGet("/api/test-failure", string () => throw new InvalidOperationException(Secret)));
        await using var _ = app;
        using var client = new HttpClient { BaseAddress = address };
        using var response = await client.GetAsync("/api/test-failure", Cancel);
        var body = await Problem(response, HttpStatusCode.InternalServerError);
        Assert.Equal(500, body.GetProperty("status").GetInt32());
        var text = body.GetRawText();
        foreach (var leak in new[] { "secret-detail", "/home/", "InvalidOperationException", "Hidden.cs", " at " })
        {
            Assert.DoesNotContain(leak, text, StringComparison.Ordinal);
        }
    }

    // ---- Host allow-list

    [Theory]
    [InlineData("localhost")]
    [InlineData("LocalHost:5080")]
    [InlineData("127.0.0.1:1")]
    [InlineData("[::1]:5080")]
    [InlineData("[::1]")]
    public async Task Host_Loopback_IsAnswered(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/frameworks");
        request.Headers.Host = host;
        using var response = await server.Client.SendAsync(request, Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("evil.example")] // a DNS-rebinding page: its name now resolves to 127.0.0.1
    [InlineData("evil.example:5080")]
    [InlineData("localhost.evil.example")]
    [InlineData("127.0.0.1.nip.io")]
    [InlineData("0.0.0.0")]
    public async Task Host_Other_Is400WithHeaders(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/events?actor=MNG");
        request.Headers.Host = host;
        using var response = await server.Client.SendAsync(request, Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertSecurityHeaders(response);
        Assert.DoesNotContain("MNG", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_Configured_OnlyThoseNamesAreAnswered()
    {
        var (app, address) = await ServerFixture.StartAsync(new ServerOptions
        {
            DatabasePath = server.DatabasePath, Urls = "http://127.0.0.1:0", AllowedHosts = ServerOptions.ParseHosts("orkhon.example.org, *.lab.example"),
        });
        await using var _ = app;
        using var client = new HttpClient { BaseAddress = address };
        foreach (var (host, expected) in new[] { ("orkhon.example.org", HttpStatusCode.OK), ("a.lab.example:8080", HttpStatusCode.OK), ("127.0.0.1", HttpStatusCode.BadRequest), ("evil.example", HttpStatusCode.BadRequest) })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/frameworks");
            request.Headers.Host = host;
            using var response = await client.SendAsync(request, Cancel);
            Assert.True(expected == response.StatusCode, host);
        }
    }

    [Theory]
    [InlineData("a,b;c d", new[] { "a", "b", "c", "d" })]
    [InlineData(" localhost ; ", new[] { "localhost" })]
    [InlineData("", new string[0])]
    [InlineData(null, new string[0])]
    public void ParseHosts_SplitsOnCommasSemicolonsAndSpaces(string? text, string[] expected) => Assert.Equal(expected, ServerOptions.ParseHosts(text));

    // ---- the bearer token

    [Theory]
    [InlineData(ServerFixture.Token, true)]
    [InlineData("", false)]
    [InlineData("test-token-4f1", false)] // a prefix: used to return early on the length difference
    [InlineData(ServerFixture.Token + "0", false)]
    [InlineData("TEST-TOKEN-4F1C", false)]
    [InlineData("test-token-4f1d", false)]
    public void Token_MatchesOnlyTheExactToken(string given, bool expected) => Assert.Equal(expected, new WriteAccess(ServerFixture.Token).Matches(given));

    [Fact]
    public void Token_NoneConfigured_NothingMatches()
    {
        Assert.False(new WriteAccess(null).Matches(""));
        Assert.False(new WriteAccess("").Matches(""));
    }

    // ---- /api/extract: size, mentions, time

    [Fact]
    public async Task Extract_TextOverTheLimit_Is413NamingTheLimit()
    {
        using var request = Extract(new string('a', ServerOptions.DefaultMaxExtractChars + 1));
        using var response = await server.Client.SendAsync(request, Cancel);
        var body = await Problem(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains(ServerOptions.DefaultMaxExtractChars.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_TextAtTheLimit_IsAnsweredWithABoundedResponse()
    {
        var text = string.Concat(Enumerable.Repeat("The Mongolian foreign minister met his Chinese counterpart in Beijing. ", 400));
        text += new string('x', ServerOptions.DefaultMaxExtractChars - text.Length);
        using var request = Extract(text);
        using var response = await server.Client.SendAsync(request, Cancel);
        var bytes = await response.Content.ReadAsByteArrayAsync(Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.InRange(bytes.Length, text.Length, 16 * text.Length);
    }

    [Fact]
    public async Task Extract_TooManyMentions_Is422()
    {
        var (app, address) = await ServerFixture.StartAsync(new ServerOptions { DatabasePath = server.DatabasePath, Urls = "http://127.0.0.1:0", MaxExtractMentions = 3 });
        await using var _ = app;
        using var client = new HttpClient { BaseAddress = address };
        using (var few = await client.SendAsync(Extract(Sentence), Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, few.StatusCode); // 2 mentions
        }

        using var many = await client.SendAsync(Extract(string.Concat(Enumerable.Repeat(Sentence, 5))), Cancel);
        var body = await Problem(many, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("at most 3", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_OverTheTimeBudget_Is503WithRetryAfter()
    {
        // 1 ms cannot hold the extraction of ~60,000 characters (well over 10 ms even on a fast machine).
        var (app, address) = await ServerFixture.StartAsync(new ServerOptions
        {
            DatabasePath = server.DatabasePath, Urls = "http://127.0.0.1:0", ExtractTimeBudget = TimeSpan.FromMilliseconds(1), MaxConcurrentExtractions = 1,
        });
        await using var _ = app;
        using var client = new HttpClient { BaseAddress = address };
        using var response = await client.SendAsync(Extract(string.Concat(Enumerable.Repeat(Sentence, 1000))), Cancel);
        var body = await Problem(response, HttpStatusCode.ServiceUnavailable);
        Assert.StartsWith("Extraction ", body.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.NotNull(response.Headers.RetryAfter);
    }

    // ---- the edge inputs that were 500s, and the limits on analyses and listings

    [Theory]
    [InlineData("/api/balance?to=9999&by=quarter", "to")] // the last quarter of 9999 overflowed
    [InlineData("/api/balance?from=0001&to=9999", "from")] // 9,999 years: 8.9 MB before
    [InlineData("/api/balance?from=0001&by=quarter", "from")] // to falls back on the data's last year
    [InlineData("/api/pivot?pillar=central-asia&before=9999-12..&after=2023..2025", "before")]
    [InlineData("/api/events?limit=1001", "limit")]
    [InlineData("/api/events?limit=-5", "limit")]
    [InlineData("/api/events?offset=-1", "offset")]
    [InlineData("/api/search?q=Mongolia&limit=201", "limit")]
    [InlineData("/api/search?q=Mongolia&limit=0", "limit")]
    [InlineData("/api/corridors?from=MNG&to=ZZZ", "to")]
    [InlineData("/api/corridors?from=ZZZ", "from")]
    public async Task EdgeInput_IsAValidationProblemNamingTheParameter(string path, string parameter)
    {
        using var response = await server.Client.GetAsync(path, Cancel);
        var body = await Problem(response, HttpStatusCode.BadRequest);
        Assert.True(body.GetProperty("errors").TryGetProperty(parameter, out _), body.GetRawText());
    }

    [Theory]
    [InlineData("/api/events?from=9999-12", "from")] // the date parser threw (a 500); whether 9999-12 is a date is the date code's call
    [InlineData("/api/events?to=9999-12-31", "to")]
    [InlineData("/api/balance?from=9999-12&by=quarter", "from")]
    [InlineData("/api/tone?to=9999-12", "to")]
    [InlineData("/api/reciprocity?from=9999-12&to=9999-12", "from")]
    [InlineData("/api/documents/..%2F..%2Fetc%2Fpasswd", null)]
    public async Task EdgeDate_IsAnAnswerOrAValidationProblem_NeverAServerError(string path, string? parameter)
    {
        using var response = await server.Client.GetAsync(path, Cancel);
        AssertSecurityHeaders(response);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest or HttpStatusCode.NotFound, $"{path}: {(int)response.StatusCode}");
        if (response.StatusCode == HttpStatusCode.BadRequest && parameter is not null)
        {
            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement;
            Assert.True(body.GetProperty("errors").TryGetProperty(parameter, out _), body.GetRawText());
        }
    }

    [Fact]
    public async Task Balance_TooManyPeriods_NamesTheLimit()
    {
        using var response = await server.Client.GetAsync("/api/balance?to=9999&by=quarter", Cancel);
        var body = await Problem(response, HttpStatusCode.BadRequest);
        Assert.Contains("at most 1,000 periods", body.GetProperty("errors").GetProperty("to")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Balance_EndingIn9999WithinTheLimit_Answers()
    {
        var rows = await server.Client.GetFromJsonAsync<JsonElement>("/api/balance?from=9800&to=9999&by=quarter", Cancel);
        Assert.Equal(800, rows.GetArrayLength());
    }

    [Fact]
    public async Task Corridors_FromAStateToItself_IsTheTrivialPath()
    {
        using var response = await server.Client.GetAsync("/api/corridors?from=MNG&to=MNG", Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement;
        Assert.Equal(["MNG"], body.GetProperty("shortest_path").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(0, body.GetProperty("unavoidable_transit").GetArrayLength());
    }

    [Fact]
    public async Task Search_AtTheMaximum_Answers()
    {
        using var response = await server.Client.GetAsync($"/api/search?q=Mongolia&limit={ServerOptions.MaxSearchHits}", Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
