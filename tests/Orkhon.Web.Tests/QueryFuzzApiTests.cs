using System.Net;
using System.Text;
using Orkhon.Tests.Fuzzing;
using Xunit.Sdk;

namespace Orkhon.Web.Tests;

/// <summary>
/// Seeded fuzzing of every GET endpoint's query parameters against a real Kestrel: dates at the edges of
/// the calendar, open spans, huge and negative numbers, codes, path tricks, garbage and unicode. No request
/// may end in a server error or answer with more than <see cref="MaxResponseBytes"/>. A normal run sends
/// <see cref="DefaultRequests"/>; <c>ORKHON_FUZZ_INPUTS</c> runs a long campaign, <c>ORKHON_FUZZ_SEED</c> replays one.
/// </summary>
public sealed class QueryFuzzApiTests(ServerFixture server, ITestOutputHelper output) : IClassFixture<ServerFixture>
{
    /// <summary>A few seconds of requests in an ordinary test run.</summary>
    public const int DefaultRequests = 2_000;

    /// <summary>
    /// The largest answer any query may produce: a full page of 1,000 events or 1,000 periods of balance is
    /// about 1 MB; the 9,999-year balance that prompted the limits was 8.9 MB.
    /// </summary>
    public const int MaxResponseBytes = 4 * 1024 * 1024;

    private sealed record Endpoint(string Path, params (string Name, Kind Kind)[] Parameters);

    private enum Kind { Date, Window, Actor, Country, Number, Flag, Code, Text, Origin, Sort, By, Pillar, Framework, Id }

    private static readonly Endpoint[] s_endpoints =
    [
        new("/api/events", ("actor", Kind.Actor), ("partner", Kind.Actor), ("from", Kind.Date), ("to", Kind.Date), ("code", Kind.Code), ("origin", Kind.Origin),
            ("limit", Kind.Number), ("offset", Kind.Number), ("sort", Kind.Sort)),
        new("/api/plover-events", ("actor", Kind.Actor), ("partner", Kind.Actor), ("source", Kind.Actor), ("target", Kind.Actor), ("from", Kind.Date), ("to", Kind.Date),
            ("code", Kind.Code), ("origin", Kind.Origin), ("limit", Kind.Number), ("offset", Kind.Number), ("sort", Kind.Sort)),
        new("/api/events/{id}", ("id", Kind.Id)),
        new("/api/timeline", ("actor", Kind.Actor), ("partner", Kind.Actor)),
        new("/api/documents/{id}", ("id", Kind.Id)),
        new("/api/actors", ("all", Kind.Flag)),
        new("/api/frameworks", ("country", Kind.Country)),
        new("/api/search", ("q", Kind.Text), ("limit", Kind.Number)),
        new("/api/balance", ("country", Kind.Country), ("framework", Kind.Framework), ("from", Kind.Date), ("to", Kind.Date), ("by", Kind.By), ("weighted", Kind.Flag)),
        new("/api/pivot", ("country", Kind.Country), ("framework", Kind.Framework), ("pillar", Kind.Pillar), ("before", Kind.Window), ("after", Kind.Window),
            ("from", Kind.Date), ("to", Kind.Date)),
        new("/api/tone", ("country", Kind.Country), ("framework", Kind.Framework), ("from", Kind.Date), ("to", Kind.Date), ("by", Kind.By)),
        new("/api/reciprocity", ("country", Kind.Country), ("framework", Kind.Framework), ("from", Kind.Date), ("to", Kind.Date)),
        new("/api/corridors", ("from", Kind.Country), ("to", Kind.Country)),
    ];

    /// <summary>Per kind: values the API accepts (sent as they are, so requests get past validation) and hostile ones (mutated with the rest).</summary>
    private static readonly Dictionary<Kind, (string[] Good, string[] Hostile)> s_values = new()
    {
        [Kind.Date] = (["2023", "2023-07", "2023-07-26", "1990/1993", "2023/..", "../1991", "0001", "9999", "9800", "1961-10-27", "2024-02-29", "2015"],
            ["9999-12", "9999-12-31", "0000", "../2020", "2023-02-29", "2023-13", "2023-00", "2023-12-32", "10000", "-2023", "+2023", "2023-W01", "20230726", "2023-7-6", "9999-12-31/.."]),
        [Kind.Window] = (["2015..2022", "2023..", "2023..2025", "2023", "2023-07", "1961..2025", "2023-07..2023-07"],
            ["..2020", "9999-12..", "0001..9999", "2025..2015", "9999..", "0001..", "2023-13..2024"]),
        [Kind.Actor] = (["MNG", "CHN", "RUS", "KGZ", "KAZ", "USA", "JPN", "mng"], ["SCO", "UN", "EU", "ZZZ", "XK", "", "MNG,CHN", " MNG "]),
        [Kind.Country] = (["MNG", "CHN", "RUS", "KAZ", "JPN", "mng"], ["ZZZ", "", "SCO", "MN", "MNGL"]),
        [Kind.Number] = (["1", "5", "50", "200", "999", "1000"], ["0", "-1", "1001", "201", "2147483647", "2147483648", "-2147483648", "1e3", "0x10", "99999999999999999999", "1.5", ""]),
        [Kind.Flag] = (["true", "false"], ["1", "0", "yes", "", "TRUE"]),
        [Kind.Code] = (["04", "042", "0421", "01", "19"], ["4a", "", "99999", "0"]),
        [Kind.Text] = (["Mongolia", "visit", "Mongolia AND China", "\"state visit\"", "Улаанбаатар"], ["\"unterminated", "a OR", "NEAR(a b)", "*", "^", "(", "col:val", "-x", "蒙古"]),
        [Kind.Origin] = (["curated", "extracted", "imported"], ["guessed", "CURATED", ""]),
        [Kind.Sort] = (["date", "-date"], ["+date", "DATE", "name", ""]),
        [Kind.By] = (["year", "quarter", "partner", "pillar"], ["window", "decade", "YEAR", ""]),
        [Kind.Pillar] = (["central-asia", "neighbours", "third-neighbours"], ["atlantis", "", "NEIGHBOURS"]),
        [Kind.Framework] = (["mongolia-2023", "mongolia-2011", "mongolia-1994"], ["mongolia-2099", "", "../mongolia-2023"]),
        [Kind.Id] = (["1961-10-27-mng-un-membership-joined", "1987-01-27-usa-mng-establish-relations"], ["no-such-id", "..", "../../etc/passwd", "%00", "a/b", "CON", new string('x', 300)]),
    };

    private static readonly HashSet<string> s_required = ["pillar", "before", "after", "q"];

    private static readonly string[] s_dictionary = ["..", "/", "-", "%", "%00", "%FF", "%zz", "&", "=", "#", "+", " ", "\u0000", "\uFFFF", "é", "🇲🇳", "\uD800", "Q4", "W", "T", "Z", "9999", "0001", "99999999999"];

    private static readonly Dictionary<Kind, Func<Random, string>> s_mutators = s_values.ToDictionary(
        v => v.Key, v => Fuzz.Mutator([.. v.Value.Good, .. v.Value.Hostile], s_dictionary, v.Key == Kind.Text ? 80 : 40));

    /// <summary>A value for one parameter: the accepted ones half the time, hostile or mutated ones otherwise.</summary>
    private static string Value(Random random, Kind kind)
    {
        var (good, hostile) = s_values[kind];
        return random.Next(10) switch
        {
            < 5 => good[random.Next(good.Length)],
            < 7 => hostile[random.Next(hostile.Length)],
            _ => s_mutators[kind](random),
        };
    }

    [Fact]
    [Trait("Category", Fuzz.Category)]
    public void QueryParameters_NeverAServerErrorNorAnOversizedAnswer()
    {
        using var client = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(60) };
        var answers = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var report = Fuzz.Run("api-query", seed: 8_2026, Request, path =>
        {
            var key = $"{path.Split('?')[0].Split('/')[2]} {Send(client, path)}";
            answers[key] = answers.GetValueOrDefault(key) + 1;
        }, perInputBudget: Fuzz.DefaultPerInputBudget, defaultInputs: DefaultRequests, show: p => p);
        output.WriteLine(report.ToString());
        output.WriteLine(string.Join(", ", answers.Select(a => $"{a.Key}: {a.Value}")));

        // The fuzz is only worth something if it gets past validation: every endpoint must have answered some requests.
        Assert.All(s_endpoints, e => Assert.True(answers.GetValueOrDefault($"{e.Path.Split('/')[2]} 200") > 0 || e.Path.Contains("{id}", StringComparison.Ordinal), e.Path));
    }

    private static string Request(Random random)
    {
        var endpoint = s_endpoints[random.Next(s_endpoints.Length)];
        var path = new StringBuilder(endpoint.Path);
        var query = new List<string>();
        foreach (var (name, kind) in endpoint.Parameters)
        {
            if (name == "id")
            {
                path.Replace("{id}", Encode(random, Value(random, kind)));
                continue;
            }

            // Often absent (so the rest can be valid), otherwise present, now and then repeated (?from=a&from=b);
            // the parameters an endpoint requires are nearly always there.
            var times = random.Next(20) switch { 19 => 2, < 11 when !s_required.Contains(name) => 0, 0 => 0, _ => 1 };
            for (var i = 0; i < times; i++)
            {
                query.Add(name + "=" + Encode(random, Value(random, kind)));
            }
        }

        if (random.Next(20) == 0)
        {
            query.Add(Encode(random, Fuzz.RandomText(random, random.Next(1, 10))) + "=" + Encode(random, Fuzz.RandomText(random, random.Next(0, 10))));
        }

        return query.Count == 0 ? path.ToString() : path + "?" + string.Join('&', query);
    }

    /// <summary>Percent-encodes the UTF-8 of a value (lone surrogates become U+FFFD), and now and then leaves a raw, broken escape in.</summary>
    private static string Encode(Random random, string value)
    {
        var b = new StringBuilder();
        foreach (var octet in Encoding.UTF8.GetBytes(value))
        {
            b.Append(char.IsAsciiLetterOrDigit((char)octet) || octet is (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~' ? ((char)octet).ToString() : $"%{octet:X2}");
        }

        if (random.Next(25) == 0)
        {
            b.Insert(random.Next(b.Length + 1), random.Next(3) switch { 0 => "%", 1 => "%FF", _ => "%C3" });
        }

        return b.ToString();
    }

    private static int Send(HttpClient client, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        using var response = client.Send(request, HttpCompletionOption.ResponseHeadersRead);
        using var body = response.Content.ReadAsStream();
        var buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = body.Read(buffer)) > 0)
        {
            total += read;
            if (total > MaxResponseBytes)
            {
                throw new XunitException($"{path}: the answer is over {MaxResponseBytes:N0} bytes");
            }
        }

        if ((int)response.StatusCode >= 500)
        {
            throw new XunitException($"{path}: {(int)response.StatusCode} {response.StatusCode}");
        }

        if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.BadRequest or HttpStatusCode.NotFound))
        {
            throw new XunitException($"{path}: unexpected {(int)response.StatusCode} {response.StatusCode}");
        }

        return (int)response.StatusCode;
    }
}
