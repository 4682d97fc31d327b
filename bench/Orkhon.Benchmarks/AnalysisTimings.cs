using System.Diagnostics;
using System.Globalization;
using Orkhon.Analysis;
using Orkhon.Analysis.Frameworks;
using Orkhon.Contracts;
using Orkhon.Domain;
using Orkhon.Storage;

namespace Orkhon.Benchmarks;

/// <summary>
/// Times <c>balance --by year</c>, <c>pivot</c> and <c>tone</c> for one country on an existing store (an
/// SQLite file or a <c>postgres://</c> URL), in process (no process start-up, no output): the first run
/// (cold: JIT and page cache) and the median of the next runs (warm). Each analysis is timed as shipped
/// (from the dyad-year counts, since these requests fall on years) and from the dyad-day counts (the
/// fallback for other requests). Also prints how many events, dyad-day rows and dyad-year rows the country
/// has, which is what the times follow. A store whose events table is empty (built from counts alone) skips
/// the steps that read events.
/// </summary>
public static class AnalysisTimings
{
    public static void Run(string database, string country, int repeats = 7)
    {
        using var store = EventStores.Open(StoreLocation.Parse(database), StoreAccessMode.ReadOnly);
        var service = new AnalysisService(store);
        var dayService = new AnalysisService(store, yearCounts: false);
        var framework = FrameworkCatalog.Default.DefaultFor(country) ?? throw new InvalidOperationException($"no framework for {country}");
        var scope = new AnalysisScope(country, framework, null, null, SignificanceWeights.Default);
        var counts = store.GetDyadDayCounts(new DyadCountQuery(country));
        var years = store.GetDyadYearCounts(new DyadCountQuery(country));
        var stored = store.GetStatistics().Events;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{StoreLocation.Parse(database).Display}: {stored:N0} events; {country}: {counts.Sum(c => c.Events):N0} events in {counts.Count:N0} dyad-day rows, {years.Count:N0} dyad-year rows"));

        var pillar = framework.PillarIds[0];
        var before = new Period("2011..2017", new DateOnly(2011, 1, 1), new DateOnly(2017, 12, 31));
        var after = new Period("2018..2025", new DateOnly(2018, 1, 1), new DateOnly(2025, 12, 31));
        object Balance(AnalysisService s) => s.TryBalance(new BalanceRequest(scope, Granularity.Year, [], false), out var rows, out _) ? rows : throw new InvalidOperationException("refused");
        var fromEvents = new (string Name, Func<object> Run)[]
        {
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
        };
        (string Name, Func<object> Run)[] analyses =
        [
            .. stored > 0 ? fromEvents : [],
            ("read the dyad-day counts (GetDyadDayCounts)", () => store.GetDyadDayCounts(new DyadCountQuery(country))),
            ("dyad-day counts: balance --by year", () => Balance(dayService)),
            ($"dyad-day counts: pivot --pillar {pillar} --before 2011..2017 --after 2018..2025", () => dayService.Pivot(new PivotRequest(scope, pillar, before, after))),
            ("dyad-day counts: tone", () => dayService.Tone(new ToneRequest(scope, false))),
            ("read the dyad-year counts (GetDyadYearCounts)", () => store.GetDyadYearCounts(new DyadCountQuery(country))),
            ("balance --by year (dyad-year counts)", () => Balance(service)),
            ($"pivot --pillar {pillar} --before 2011..2017 --after 2018..2025 (dyad-year counts)", () => service.Pivot(new PivotRequest(scope, pillar, before, after))),
            ("tone (dyad-year counts)", () => service.Tone(new ToneRequest(scope, false))),
            ("reciprocity (dyad-year counts)", () => service.Reciprocity(new ReciprocityRequest(scope, null))),
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
