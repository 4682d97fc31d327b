using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Orkhon.Tests.Cli;

namespace Orkhon.Web.Tests;

/// <summary>
/// One database (the knowledge base plus ingested documents), every analysis and reference listing asked
/// the same question through the real <c>orkhon</c> program (<c>--format json</c>) and through the API on a
/// real Kestrel: the two answers must be the same JSON, or the same refusal (exit 1 and a 400 whose message
/// is the one the command line prints), and never a 500.
/// </summary>
public sealed class CliApiParityTests(CliApiParityTests.Database database) : IClassFixture<CliApiParityTests.Database>
{
    /// <summary>A question as named parameters: a null value is a flag (<c>--weighted</c> on the command line, <c>weighted=true</c> in a query).</summary>
    public static TheoryData<string, string, string?[]> Questions => new()
    {
        // Reference listings.
        { "frameworks", "/api/frameworks", [] },
        { "frameworks", "/api/frameworks", ["country", "MNG"] },
        { "frameworks", "/api/frameworks", ["country", "kaz"] },           // lower case is read as the code
        { "frameworks", "/api/frameworks", ["country", "XXX"] },           // refused: not an actor
        { "actors", "/api/actors", [] },
        { "actors", "/api/actors", ["all", null] },
        { "actors", "/api/actors", ["all", null, "search", "stan"] },
        // Balance: the defaults, every granularity, weights, and the bounds of issue 10.
        { "balance", "/api/balance", [] },
        { "balance", "/api/balance", ["by", "quarter", "from", "2022", "to", "2024"] },
        { "balance", "/api/balance", ["weighted", null, "weights", "state-visit=4,statement=0.5", "from", "2015"] },
        { "balance", "/api/balance", ["by", "window", "window", "2015..2022", "window", "2023.."] },
        { "balance", "/api/balance", ["country", "MNG", "framework", "mongolia-2023", "from", "2020-06", "to", "2024-02-15"] },
        { "balance", "/api/balance", ["to", "2023/.."] },                   // an open interval: runs to the data's last year, bounded
        { "balance", "/api/balance", ["from", "../2020"] },                 // open start: from the data's first year, not year 1
        { "balance", "/api/balance", ["to", "2023.."] },                    // refused: a window is not a date
        { "balance", "/api/balance", ["by", "quarter", "to", "9999"] },     // refused: more than 1,000 quarters
        { "balance", "/api/balance", ["from", "0001", "to", "9999"] },      // refused: more than 1,000 years
        { "balance", "/api/balance", ["by", "quarter", "to", "2023/.."] },  // an HTTP 500 before issue 10
        { "balance", "/api/balance", ["to", "9999-12"] },                   // the calendar's last month
        { "balance", "/api/balance", ["by", "decade"] },                    // refused
        { "balance", "/api/balance", ["by", "window"] },                    // refused: no window
        { "balance", "/api/balance", ["by", "window", "window", "2020..2010"] }, // refused: backwards
        { "balance", "/api/balance", ["weights", "state-visit=Infinity"] }, // refused: weights are finite
        { "balance", "/api/balance", ["country", "ZZZ"] },                  // refused: not an actor
        { "balance", "/api/balance", ["country", "FRA"] },                  // refused: no framework for France
        { "balance", "/api/balance", ["framework", "nope"] },               // refused: unknown framework
        { "balance", "/api/balance", ["country", "KAZ"] },                  // the second country, its 2020 concept
        { "balance", "/api/balance", ["country", "KAZ", "framework", "kazakhstan-2014", "by", "window", "window", "1992..2013", "window", "2014..2019"] },
        // Compare: two countries, each by its own framework.
        { "compare", "/api/compare", ["country", "MNG", "country", "KAZ"] },
        { "compare", "/api/compare", ["country", "MNG", "country", "KAZ", "min_events", "3"] },
        { "compare", "/api/compare", ["country", "MNG", "country", "KAZ", "min_events", "-1"] }, // refused
        { "compare", "/api/compare", ["country", "MNG", "country", "KAZ", "framework", "mongolia-2011", "framework", "kazakhstan-2014", "by", "window", "window", "1992..2010", "window", "2011..2019"] },
        { "compare", "/api/compare", ["country", "MNG", "country", "KAZ", "weighted", null, "from", "2015", "to", "2024"] },
        { "compare", "/api/compare", ["country", "MNG"] },                  // refused: one country
        { "compare", "/api/compare", ["country", "MNG", "country", "KAZ", "framework", "kazakhstan-2020", "framework", "mongolia-2023"] }, // refused: swapped
        // Balance over the economic series (data/economy): yearly, missing years kept.
        { "balance", "/api/balance", ["measure", "trade", "from", "1995", "to", "2024"] },
        { "balance", "/api/balance", ["measure", "exports"] },               // the years with figures
        { "balance", "/api/balance", ["measure", "fdi", "from", "2010", "to", "2020"] },
        { "balance", "/api/balance", ["measure", "aid", "framework", "mongolia-1994", "from", "1995", "to", "2024"] },
        { "balance", "/api/balance", ["measure", "gdp"] },                   // refused: not a measure
        { "balance", "/api/balance", ["measure", "trade", "by", "quarter"] }, // refused: yearly figures
        { "balance", "/api/balance", ["measure", "imports", "weighted", null] }, // refused: weights are for events
        { "balance", "/api/balance", ["measure", "trade", "country", "KAZ", "framework", "mongolia-2023"] }, // refused: no figures, no years named
        { "balance", "/api/balance", ["measure", "trade", "from", "2024", "to", "1995"] }, // refused: backwards
        // Dependence: events beside an economic measure.
        { "dependence", "/api/dependence", [] },
        { "dependence", "/api/dependence", ["from", "1995", "to", "2024"] },
        { "dependence", "/api/dependence", ["measure", "exports", "from", "1995", "to", "2000", "weights", "agreement=3"] },
        { "dependence", "/api/dependence", ["min_events", "3", "from", "1995", "to", "2024"] },
        { "dependence", "/api/dependence", ["min_events", "ten"] },          // refused: not a whole number
        { "dependence", "/api/dependence", ["measure", "events"] },          // refused: the economic side is needed
        { "dependence", "/api/dependence", ["from", "0001", "to", "9999"] }, // refused: more than 1,000 years
        // Pivot.
        { "pivot", "/api/pivot", ["pillar", "central-asia", "before", "2015..2022", "after", "2023.."] },
        { "pivot", "/api/pivot", ["pillar", "neighbours", "before", "1990..1999", "after", "2000..2009", "weights", "agreement=3"] },
        { "pivot", "/api/pivot", ["country", "KAZ", "pillar", "central-asia", "before", "2014..2019", "after", "2020.."] },
        { "pivot", "/api/pivot", ["pillar", "nowhere", "before", "2015..2022", "after", "2023.."] }, // refused
        { "pivot", "/api/pivot", ["pillar", "central-asia", "before", "2015", "after", "x"] },       // refused
        // Tone.
        { "tone", "/api/tone", [] },
        { "tone", "/api/tone", ["by", "pillar", "from", "2010"] },
        { "tone", "/api/tone", ["country", "KAZ", "by", "pillar"] },
        { "tone", "/api/tone", ["by", "colour"] },                          // refused
        // Reciprocity.
        { "reciprocity", "/api/reciprocity", [] },
        { "reciprocity", "/api/reciprocity", ["partner", "CHN"] },
        { "reciprocity", "/api/reciprocity", ["partner", "QQQ"] },          // refused
        // Corridors.
        { "corridors", "/api/corridors", [] },
        { "corridors", "/api/corridors", ["to", "UZB"] },
        { "corridors", "/api/corridors", ["from", "KAZ", "to", "MNG", "without", "CHN", "without", "RUS"] },
        { "corridors", "/api/corridors", ["from", "MNG", "to", "MNG"] },    // the trivial path
        { "corridors", "/api/corridors", ["to", "JPN"] },                   // no overland route
        { "corridors", "/api/corridors", ["from", "SCO"] },                 // refused: an organisation, not a state
    };

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task CliAndApi_SameQuestion_SameAnswer(string verb, string path, string?[] parameters)
    {
        var (args, query) = Spell(verb, parameters);
        await AssertSameAnswer(args, path + query, answer => answer);
    }

    /// <summary>
    /// <c>orkhon events --plover</c> beside <c>GET /api/plover-events</c>: the command line's JSON array is the
    /// page's <c>items</c> (the API pages; its default page holds every record of this database).
    /// </summary>
    public static TheoryData<string[], string> PloverQuestions => new()
    {
        { [], "" },
        { ["--actor", "MNG"], "?actor=MNG" },
        { ["--actor", "mng", "--partner", "CHN"], "?actor=mng&partner=CHN" },
        { ["--source", "MNG"], "?source=MNG" },
        { ["--target", "MNG", "--from", "2023", "--to", "2023-12"], "?target=MNG&from=2023&to=2023-12" },
        { ["--newest-first"], "?sort=-date" },
        { ["--limit", "2"], "?limit=2" },
        { ["--newest-first", "--limit", "1"], "?sort=-date&limit=1" },
        { ["--origin", "imported"], "?origin=imported" },
        { ["--origin", "curated"], "?origin=curated" },                         // none: every record is imported
        { ["--origin", "Imported"], "?origin=Imported" },                       // a name in any case
        { ["--origin", "guessed"], "?origin=guessed" },                         // refused: not an origin
        { ["--code", "04"], "?code=04" },                                       // none: no record has a CAMEO code
        { ["--class", "conflict"], "?class=conflict" },                         // none: a class is a set of CAMEO codes
        { ["--actor", "MNG", "--pillar", "central-asia"], "?actor=MNG&pillar=central-asia" }, // none, likewise
        { ["--actor", "ZZZ"], "?actor=ZZZ" },                                   // refused: not an actor
        { ["--from", "2023-13"], "?from=2023-13" },                             // refused: no 13th month
        { ["--code", "4a"], "?code=4a" },                                       // refused: not a CAMEO prefix
        { ["--limit", "0"], "?limit=0" },                                       // refused: not a positive number
        { ["--class", "party"], "?class=party" },                               // refused: not a class
        { ["--pillar", "central-asia"], "?pillar=central-asia" },               // refused: a pillar needs an actor
        { ["--framework", "mongolia-2023"], "?framework=mongolia-2023" },       // refused: only with a pillar
    };

    [Theory]
    [MemberData(nameof(PloverQuestions))]
    public async Task CliAndApi_SamePloverQuestion_SameRecords(string[] options, string query)
    {
        string[] args = ["events", "--plover", "--format", "json", .. options];
        await AssertSameAnswer(args, "/api/plover-events" + query, page => page?["items"]?.DeepClone());
    }

    [Fact]
    public async Task PloverQuestions_RunOnKeptRecords_TheApiTotalIsTheCliCount()
    {
        // Parity over an empty table would prove nothing: the fixture's file keeps four records.
        var cli = CliRunner.Run(database.Path, "events", "--plover", "--format", "json");
        Assert.True(cli.ExitCode == 0, cli.ToString());
        Assert.Equal(4, JsonNode.Parse(cli.Stdout)!.AsArray().Count);
        var page = JsonNode.Parse(await database.Client.GetStringAsync(new Uri("/api/plover-events?limit=1", UriKind.Relative), TestContext.Current.CancellationToken))!;
        Assert.Equal(4, (int)page["total"]!);
        Assert.Equal(1, (int)page["count"]!);
    }

    [Fact]
    public void Questions_CoverEveryAnalysisAndListing_BothAnsweredAndRefused()
    {
        // A verb whose cases all succeed (or all fail) would not test that both sides refuse alike.
        var verbs = Questions.Select(q => (string)q.Data.Item1).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["actors", "balance", "compare", "corridors", "dependence", "frameworks", "pivot", "reciprocity", "tone"], verbs);
    }

    /// <summary>
    /// Asks the command line and the API one question: the same JSON (the API's answer through
    /// <paramref name="comparable"/>), or the same refusal (exit 1 and a 400 with the CLI's message), never a 500.
    /// </summary>
    private async Task AssertSameAnswer(string[] args, string pathAndQuery, Func<JsonNode?, JsonNode?> comparable)
    {
        var cli = CliRunner.Run(database.Path, args);
        using var response = await database.Client.GetAsync(new Uri(pathAndQuery, UriKind.Relative), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var question = $"orkhon {string.Join(' ', args)}  vs  GET {pathAndQuery}";

        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        if (cli.ExitCode == 0)
        {
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{question}: the CLI answered, the API said {(int)response.StatusCode} {body}");
            var difference = FirstDifference(JsonNode.Parse(cli.Stdout), comparable(JsonNode.Parse(body)), "$");
            Assert.True(difference is null, $"{question}: the answers differ at {difference}");
        }
        else
        {
            Assert.True(cli.ExitCode == 1, $"{question}: {cli}");
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{question}: the CLI refused ({cli.Stderr.Trim()}), the API said {(int)response.StatusCode} {body}");
            var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors").EnumerateObject().ToList();
            var error = Assert.Single(errors);
            var message = $"--{error.Name.Replace('_', '-')}: {error.Value[0].GetString()}";
            Assert.True(cli.Stderr.Contains(message, StringComparison.Ordinal), $"{question}: the API's '{message}' is not what the CLI printed: {cli.Stderr}");
            Assert.Single(cli.Stderr.Trim().Split('\n'));
        }
    }

    /// <summary>The command line's arguments and the API's query string for one question.</summary>
    private static (string[] Args, string Query) Spell(string verb, string?[] parameters)
    {
        var args = new List<string> { verb, "--format", "json" };
        var query = new List<string>();
        for (var i = 0; i < parameters.Length; i += 2)
        {
            var name = parameters[i]!;
            var value = parameters[i + 1];
            // Query names are snake_case (min_events), options kebab-case (--min-events).
            args.Add("--" + name.Replace('_', '-'));
            if (value is not null)
            {
                args.Add(value);
            }

            query.Add($"{name}={Uri.EscapeDataString(value ?? "true")}");
        }

        return ([.. args], query.Count == 0 ? "" : "?" + string.Join('&', query));
    }

    /// <summary>The JSON path of the first place the two documents differ (kind, value, property set or length), or null when they are equal.</summary>
    private static string? FirstDifference(JsonNode? a, JsonNode? b, string path)
    {
        switch (a, b)
        {
            case (null, null):
                return null;
            case (JsonObject x, JsonObject y):
                var names = x.Select(p => p.Key).Union(y.Select(p => p.Key)).ToList();
                foreach (var name in names)
                {
                    if (!x.ContainsKey(name) || !y.ContainsKey(name))
                    {
                        return $"{path}.{name} (in {(x.ContainsKey(name) ? "the CLI" : "the API")} only)";
                    }

                    if (FirstDifference(x[name], y[name], $"{path}.{name}") is { } d)
                    {
                        return d;
                    }
                }

                return null;
            case (JsonArray x, JsonArray y):
                if (x.Count != y.Count)
                {
                    return $"{path} ({x.Count} items in the CLI, {y.Count} in the API)";
                }

                for (var i = 0; i < x.Count; i++)
                {
                    if (FirstDifference(x[i], y[i], $"{path}[{i}]") is { } d)
                    {
                        return d;
                    }
                }

                return null;
            case (JsonValue x, JsonValue y):
                return JsonNode.DeepEquals(x, y) ? null : $"{path} ({x.ToJsonString()} vs {y.ToJsonString()})";
            default:
                return $"{path} ({a?.ToJsonString() ?? "null"} vs {b?.ToJsonString() ?? "null"})";
        }
    }

    /// <summary>The knowledge base and a few ingested documents, written by the CLI, served by a real Kestrel.</summary>
    public sealed class Database : IAsyncLifetime
    {
        private readonly string _dir = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "orkhon-parity-tests", Guid.NewGuid().ToString("N"));
        private Microsoft.AspNetCore.Builder.WebApplication? _app;

        public string Path => System.IO.Path.Combine(_dir, "orkhon.db");

        public HttpClient Client { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            var docs = System.IO.Path.Combine(_dir, "docs");
            Directory.CreateDirectory(docs);
            await File.WriteAllTextAsync(System.IO.Path.Combine(docs, "astana.md"),
                "---\ntitle: Astana talks\ndate: 2024-06-12\n---\nThe President of Mongolia visited Kazakhstan on 10 June 2024. Mongolia and Kazakhstan signed an agreement on transit.\n");
            await File.WriteAllTextAsync(System.IO.Path.Combine(docs, "tashkent.txt"),
                "Mongolia and Uzbekistan held talks in Tashkent in March 2025. The foreign minister of Uzbekistan visited Ulaanbaatar in 2025.\n");
            await File.WriteAllTextAsync(System.IO.Path.Combine(docs, "beijing.html"),
                "<html><head><title>Beijing</title></head><body><p>China criticised Mongolia in 2016 over the Dalai Lama's visit.</p></body></html>");
            var init = CliRunner.Run(Path, "init");
            Assert.True(init.ExitCode == 0, init.ToString());
            var ingest = CliRunner.Run(Path, "ingest", docs, "--format", "json");
            Assert.True(ingest.ExitCode == 0, ingest.ToString());
            // Four records with no one CAMEO code (kept as PLOVER) and one that maps to CAMEO 057 (an event).
            var plover = System.IO.Path.Combine(_dir, "kept.jsonl");
            await File.WriteAllLinesAsync(plover,
            [
                """{"id":"kp-1","date":"2024-04-01","source":[{"actorText":"Mongolia","code":"MNG"}],"target":[{"actorText":"China","code":"CHN"}],"event":"REQUEST","mode":"assist","context":"economic","text":"Mongolia asked China for credit.","evidence":[{"url":"https://example.org/kp-1","text":"Mongolia asked China for credit."}]}""",
                """{"id":"kp-2","date":"2023-05-10","source":[{"actorText":"Kazakhstan","code":"KAZ"}],"target":[{"actorText":"Mongolia","code":"MNG"}],"event":"ACCUSE","text":"Astana blamed Ulaanbaatar for the delay."}""",
                """{"id":"kp-3","date":"2024-11","source":[{"actorText":"Russia","code":"RUS"}],"target":[{"actorText":"Mongolia","code":"MNG"}],"event":"REQUEST"}""",
                """{"id":"kp-4","date":"2022-02-03","source":[{"actorText":"Mongolia","code":"MNG"}],"target":[{"actorText":"Kazakhstan","code":"KAZ"}],"event":"REQUEST","mode":"assist"}""",
                """{"id":"kp-5","date":"2024-03","source":[{"actorText":"Mongolia","code":"MNG"}],"target":[{"actorText":"Japan","code":"JPN"}],"event":"SUPPORT","cameo":"057","text":"Mongolia and Japan signed an accord."}""",
            ], TestContext.Current.CancellationToken);
            var import = CliRunner.Run(Path, "import", "plover", plover, "--format", "json");
            Assert.True(import.ExitCode == 0, import.ToString());

            Uri address;
            (_app, address) = await ServerFixture.StartAsync(new ServerOptions { DatabasePath = Path, Urls = "http://127.0.0.1:0" });
            Client = new HttpClient { BaseAddress = address };
        }

        public async ValueTask DisposeAsync()
        {
            Client?.Dispose();
            if (_app is not null)
            {
                await _app.DisposeAsync();
            }

            try
            {
                Directory.Delete(_dir, recursive: true);
            }
            catch (IOException)
            {
                // A pooled connection may still hold the file for a moment; the temp folder is cleaned later.
            }
        }
    }
}
