using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;

namespace Orkhon.Tests.Cli;

/// <summary>
/// The supported concurrency, tested the way SQLite tests itself: a running <c>orkhon serve</c> under
/// POST and GET load, several CLI ingests and a CLI reader, all on one file at once. Afterwards the file
/// must pass <c>PRAGMA integrity_check</c> and hold exactly the documents that were reported stored.
/// One run in an ordinary test run; <c>ORKHON_TORTURE_RUNS=20</c> repeats it on demand.
/// </summary>
public sealed class ConcurrencyTortureTests
{
    private const string Token = "torture-token-5d2e";
    private const int Posts = 40;
    private const int CliIngests = 3;
    private const int FilesPerIngest = 60;

    private static readonly string[] s_partners = ["Kazakhstan", "Japan", "Russia", "China", "Uzbekistan", "Kyrgyzstan", "Turkey", "India", "Germany", "France"];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    [Trait("Category", "Torture")]
    public async Task ServerCliIngestsAndReaders_OnOneFile_LoseNothingAndCorruptNothing()
    {
        var runs = int.TryParse(Environment.GetEnvironmentVariable("ORKHON_TORTURE_RUNS"), out var n) && n > 0 ? n : 1;
        for (var run = 0; run < runs; run++)
        {
            await TortureOnce(run);
        }
    }

    private static async Task TortureOnce(int run)
    {
        using var dir = new TempDirectory();
        var db = dir.File("orkhon.db");
        var init = CliRunner.Run(db, "init");
        Assert.True(init.ExitCode == 0, init.ToString());

        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        using var server = CliRunner.Start(db, new Dictionary<string, string> { ["ORKHON_API_TOKEN"] = Token }, "serve", "--urls", address.ToString().TrimEnd('/'));
        var serverOutput = server.StandardOutput.ReadToEndAsync(Cancel);
        var serverErrors = server.StandardError.ReadToEndAsync(Cancel);
        var summary = "";
        try
        {
            using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(3) };
            await WaitUntilServing(http, server);

            var folders = Enumerable.Range(0, CliIngests).Select(i => WriteArticles(dir, run, $"cli{i}", FilesPerIngest)).ToList();
            using var writersDone = new CancellationTokenSource();
            var getStatuses = new List<HttpStatusCode>();
            var getters = Enumerable.Range(0, 3).Select(g => Task.Run(() => GetLoad(http, g, getStatuses, writersDone.Token), Cancel)).ToList();
            var reader = Task.Run(() => ReadLoop(db, writersDone.Token), Cancel);

            var ingests = folders.Select(folder => Task.Run(() => CliRunner.Run(db, "ingest", "--format", "json", folder), Cancel)).ToList();
            var posters = Enumerable.Range(0, 2).Select(p => Task.Run(() => PostDocuments(http, run, p, Posts / 2), Cancel)).ToList();

            var ingestResults = await Task.WhenAll(ingests);
            var postStatuses = (await Task.WhenAll(posters)).SelectMany(s => s).ToList();
            await writersDone.CancelAsync();
            var readerRuns = await reader;
            await Task.WhenAll(getters);

            foreach (var result in ingestResults)
            {
                Assert.True(result.ExitCode == 0, $"run {run}: a CLI ingest failed beside the server\n{result}");
                Assert.Contains($"\"path\"", result.Stdout, StringComparison.Ordinal);
            }

            Assert.All(postStatuses, s => Assert.Equal(HttpStatusCode.Created, s));
            lock (getStatuses)
            {
                Assert.NotEmpty(getStatuses);
                Assert.All(getStatuses, s => Assert.Equal(HttpStatusCode.OK, s));
            }

            Assert.True(readerRuns > 0, "the CLI reader never ran");
            lock (getStatuses)
            {
                summary = $"{postStatuses.Count} POSTs, {ingestResults.Length} CLI ingests of {FilesPerIngest} files, {getStatuses.Count} GETs, {readerRuns} CLI reads";
            }
        }
        finally
        {
            Stop(server);
        }

        // The server is gone (a clean shutdown): what every writer reported stored must be there.
        await serverOutput;
        var errors = await serverErrors;
        Assert.DoesNotContain("malformed", errors, StringComparison.OrdinalIgnoreCase);
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False;Mode=ReadOnly");
        connection.Open();
        Assert.Equal("ok", Scalar(connection, "PRAGMA integrity_check"));
        Assert.Equal((long)(Posts + (CliIngests * FilesPerIngest)), Scalar(connection, "SELECT count(*) FROM documents"));
        Assert.Equal(0L, Scalar(connection, "SELECT count(*) FROM documents d WHERE sentence_count <> (SELECT count(*) FROM sentences s WHERE s.document_id = d.id)"));

        var after = CliRunner.Run(db, "events", "--limit", "1", "--format", "json");
        Assert.True(after.ExitCode == 0, after.ToString());
        TestContext.Current.TestOutputHelper?.WriteLine($"run {run + 1}: {summary}; integrity ok, {Posts + (CliIngests * FilesPerIngest)} documents stored of as many reported");
    }

    private static string WriteArticles(TempDirectory dir, int run, string name, int count)
    {
        var folder = dir.File(name);
        Directory.CreateDirectory(folder);
        for (var i = 0; i < count; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"a{i:D3}.txt"), Article(run, name, i));
        }

        return folder;
    }

    // Distinct texts (the reference makes each one a new document) telling overlapping events, so the
    // writers also race on merging the same visit from several sources.
    private static string Article(int run, string source, int i)
    {
        var partner = s_partners[i % s_partners.Length];
        var day = 1 + (i % 27);
        return $"The President of Mongolia met the President of {partner} in Ulaanbaatar on {day} May 2024. " +
               $"The two sides signed an agreement on trade and transport. " +
               $"Mongolia's foreign minister will visit {partner} next year. Reference {run}-{source}-{i}.";
    }

    private static async Task<List<HttpStatusCode>> PostDocuments(HttpClient http, int run, int poster, int count)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents")
            {
                Content = JsonContent.Create(new { text = Article(run, $"api{poster}", i), date = "2024-05-30" }),
            };
            request.Headers.Authorization = new("Bearer", Token);
            using var response = await http.SendAsync(request, Cancel);
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }

    private static async Task GetLoad(HttpClient http, int getter, List<HttpStatusCode> statuses, CancellationToken stop)
    {
        string[] paths = ["/api/events?actor=MNG&limit=20", "/api/actors", "/api/balance?by=year", "/api/events?actor=MNG&partner=KAZ", "/api/search?q=agreement"];
        for (var i = getter; !stop.IsCancellationRequested; i++)
        {
            using var response = await http.GetAsync(paths[i % paths.Length], Cancel);
            lock (statuses)
            {
                statuses.Add(response.StatusCode);
            }
        }
    }

    private static int ReadLoop(string db, CancellationToken stop)
    {
        var runs = 0;
        do
        {
            var result = CliRunner.Run(db, "events", "--actor", "MNG", "--limit", "5", "--format", "json");
            Assert.True(result.ExitCode == 0, "a CLI reader failed beside the writers\n" + result);
            runs++;
        }
        while (!stop.IsCancellationRequested);
        return runs;
    }

    private static async Task WaitUntilServing(HttpClient http, Process server)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(2))
        {
            Assert.False(server.HasExited, "the server exited during start-up");
            try
            {
                using var response = await http.GetAsync("/api/frameworks", Cancel);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200, Cancel);
        }

        Assert.Fail("the server did not start within two minutes");
    }

    // SIGTERM: the clean shutdown a user's Ctrl-C or a service manager gives.
    private static void Stop(Process server)
    {
        if (server.HasExited)
        {
            return;
        }

        using (var kill = Process.Start(new ProcessStartInfo("kill", ["-TERM", server.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false }))
        {
            kill?.WaitForExit();
        }

        if (!server.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            server.Kill(entireProcessTree: true);
            Assert.Fail("the server did not stop within a minute of SIGTERM");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }
}
