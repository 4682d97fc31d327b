using System.Diagnostics;
using System.Globalization;
using Orkhon.Analysis;
using Orkhon.Analysis.Frameworks;
using Orkhon.Contracts;
using Orkhon.Domain;
using Orkhon.Storage;

namespace Orkhon.Benchmarks;

/// <summary>
/// Times <c>balance --by year</c>, <c>pivot</c> and <c>tone</c> for one country on an existing store (SQLite or PostgreSQL), in
/// process (no process start-up, no output): the first run (cold: JIT and page cache) and the median of
/// the next runs (warm). Also prints how many dyad-day rows and events the country has, which is what
/// the time follows.
/// </summary>
public static class AnalysisTimings
{
    public static void Run(string database, string country, int repeats = 7)
    {
        using var store = EventStores.Open(StoreLocation.Parse(database), StoreAccessMode.ReadOnly); // a SQLite file or a postgres:// URL
        var service = new AnalysisService(store);
        var framework = FrameworkCatalog.Default.DefaultFor(country) ?? throw new InvalidOperationException($"no framework for {country}");
        var scope = new AnalysisScope(country, framework, null, null, SignificanceWeights.Default);
        var counts = store.GetDyadDayCounts(new DyadCountQuery(country));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{database}: {store.GetStatistics().Events:N0} events; {country}: {counts.Sum(c => c.Events):N0} events in {counts.Count:N0} dyad-day rows"));

        var pillar = framework.PillarIds[0];
        (string Name, Func<object> Run)[] analyses =
        [
            ("before (for comparison): read the country's events (QueryEvents, no evidences)", () => store.QueryEvents(new EventQuery { Actor = country, WithEvidences = false })),
            ("before (for comparison): balance --by year from the events, one engagement per event", () =>
            {
                var events = store.QueryEvents(new EventQuery { Actor = country, WithEvidences = false });
                var engagements = Engagement.Select(events, country, framework, SignificanceWeights.Default);
                FuzzyDate? from = framework.ValidFrom is { } f ? FuzzyDate.OfYear(f.Year) : null;
                return BalanceAnalysis.TryPeriods(engagements, Granularity.Year, from, null, out var periods, out _)
                    ? BalanceAnalysis.Compute(engagements, framework, periods, false)
                    : throw new InvalidOperationException("refused");
            }),
            ("read the dyad-day counts (GetDyadDayCounts)", () => store.GetDyadDayCounts(new DyadCountQuery(country))),
            ("… and make them engagements (AnalysisService.Engagements)", () => service.Engagements(scope)),
            ("balance --by year", () => service.TryBalance(new BalanceRequest(scope, Granularity.Year, [], false), out var rows, out _) ? rows : throw new InvalidOperationException("refused")),
            ($"pivot --pillar {pillar} --before 2011..2017 --after 2018..2025", () => service.Pivot(new PivotRequest(scope, pillar,
                new Period("2011..2017", new DateOnly(2011, 1, 1), new DateOnly(2017, 12, 31)), new Period("2018..2025", new DateOnly(2018, 1, 1), new DateOnly(2025, 12, 31))))),
            ("tone", () => service.Tone(new ToneRequest(scope, false))),
        ];

        // Wall time and this process's CPU time: on a shared, loaded machine the wall time includes waiting
        // for a core, the CPU time does not.
        Console.WriteLine("| step | cold (first run) wall | warm wall, median of " + repeats.ToString(CultureInfo.InvariantCulture) + " | warm CPU, median |");
        Console.WriteLine("|---|---:|---:|---:|");
        var process = Process.GetCurrentProcess();
        foreach (var (name, run) in analyses)
        {
            var watch = Stopwatch.StartNew();
            run();
            var cold = watch.Elapsed.TotalMilliseconds;
            var warm = new List<double>();
            var cpu = new List<double>();
            for (var i = 0; i < repeats; i++)
            {
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                watch.Restart();
                run();
                warm.Add(watch.Elapsed.TotalMilliseconds);
                process.Refresh();
                cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
            }

            warm.Sort();
            cpu.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| `{name}` | {cold:0} ms | {warm[warm.Count / 2]:0} ms | {cpu[cpu.Count / 2]:0} ms |"));
        }
    }
}
