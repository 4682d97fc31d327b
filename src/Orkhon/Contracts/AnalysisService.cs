using Orkhon.Analysis;
using Orkhon.Analysis.Corridors;
using Orkhon.Analysis.Frameworks;
using Orkhon.Domain;
using Orkhon.Knowledge;
using Orkhon.Knowledge.Economy;
using Orkhon.Storage;

namespace Orkhon.Contracts;

/// <summary>
/// Runs every analysis and reference listing for a parsed request and returns its response records: the
/// one implementation behind both the command line's verbs and the API's endpoints.
/// </summary>
public sealed class AnalysisService
{
    private readonly IEventStore _store;
    private readonly bool _yearCounts;

    /// <param name="yearCounts">
    /// Read the dyad-year counts for requests whose boundaries fall on years (the default); false reads the
    /// dyad-day counts always (the parity tests and benchmarks compare the two).
    /// </param>
    public AnalysisService(IEventStore store, bool yearCounts = true)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _yearCounts = yearCounts;
    }

    /// <summary>
    /// Pillar shares and indices per period. Fails (as a request error) only when years or quarters between
    /// from and to (an open end is the data's first or last year) would exceed <see cref="BalanceAnalysis.MaxPeriods"/>.
    /// </summary>
    public bool TryBalance(BalanceRequest request, out IReadOnlyList<BalancePeriod> rows, out RequestError? error)
    {
        ArgumentNullException.ThrowIfNull(request);
        rows = [];
        error = null;
        var scope = request.Scope;
        var engagements = Engagements(scope, request.By switch
        {
            Granularity.Year => true,
            Granularity.Window => request.Windows.All(YearGrain.Fits),
            _ => false,
        });
        IReadOnlyList<Period> periods;
        if (request.By == Granularity.Window)
        {
            periods = request.Windows;
        }
        // Unless asked for other years, periods run while the framework was in force: pillar shares of years
        // before it (1961 in the knowledge base) would measure a policy by a concept it did not yet have.
        else if (!BalanceAnalysis.TryPeriods(engagements, request.By, scope.From ?? YearOf(scope.Framework.ValidFrom), scope.To ?? YearOf(scope.Framework.ValidTo), out periods, out var message))
        {
            error = new RequestError(scope.From is null && scope.To is not null ? "to" : "from", message!);
            return false;
        }

        var provenance = FrameworkSource.From(scope.Framework);
        rows = [.. BalanceAnalysis.Compute(engagements, scope.Framework, periods, request.Weighted)
            .Select(b => BalancePeriod.From(b, request.MinEvents) with { Framework = scope.Framework.Id, FrameworkProvenance = provenance })];
        return true;
    }

    /// <summary>
    /// Two to four countries' balance over the same periods. With an open end each country's data would stop
    /// in its own last year, so every country is measured up to the latest of them, but never past the end of
    /// its framework (a superseded concept's country has fewer rows; <see cref="ComparisonReport.Periods"/> lists them all).
    /// </summary>
    public bool TryCompare(CompareRequest request, out ComparisonReport? report, out RequestError? error)
    {
        ArgumentNullException.ThrowIfNull(request);
        report = null;
        var rows = new List<IReadOnlyList<BalancePeriod>>(request.Countries.Count);
        foreach (var country in request.Countries)
        {
            if (!TryBalance(country, out var periods, out error))
            {
                return false;
            }

            rows.Add(periods);
        }

        if (request.By != Granularity.Window && rows.Where(r => r.Count > 0).Select(r => r[^1].Period.End).DefaultIfEmpty().Max() is { Length: > 0 } lastEnd)
        {
            var lastYear = FuzzyDate.OfYear(int.Parse(lastEnd[..4], System.Globalization.CultureInfo.InvariantCulture));
            for (var i = 0; i < rows.Count; i++)
            {
                if (rows[i].Count == 0 || rows[i][^1].Period.End != lastEnd)
                {
                    var country = request.Countries[i];
                    var widened = country with { Scope = country.Scope with { To = country.Scope.To ?? YearOf(country.Scope.Framework.ValidTo) ?? lastYear } };
                    if (!TryBalance(widened, out var periods, out error))
                    {
                        return false;
                    }

                    rows[i] = periods;
                }
            }
        }

        error = null;
        var labels = rows.SelectMany(r => r).Select(p => p.Period).DistinctBy(p => p.Label).OrderBy(p => p.Start, StringComparer.Ordinal).Select(p => p.Label).ToList();
        var reference = ReferenceData.Default;
        report = new ComparisonReport(labels, [.. request.Countries.Select((c, i) => new CountryBalance(c.Scope.Country, reference.NameOf(c.Scope.Country), c.Scope.Framework.Id,
            FrameworkSource.From(c.Scope.Framework), rows[i]))]);
        return true;
    }

    /// <summary>
    /// Balance over an economic measure, year by year from <c>from</c> to <c>to</c> (an open end is the first or
    /// last year with figures); years without figures are rows with <c>has_data</c> false.
    /// </summary>
    public static bool TryEconomicBalance(BalanceRequest request, out IReadOnlyList<EconomicBalancePeriod> rows, out RequestError? error)
    {
        ArgumentNullException.ThrowIfNull(request);
        rows = [];
        if (!TryEconomicYears(request.Scope, request.Measure, out var first, out var last, out error))
        {
            return false;
        }

        rows = [.. EconomicBalance.Compute(EconomicData.Default, request.Scope.Country, request.Measure, request.Scope.Framework, first, last).Select(EconomicBalancePeriod.From)];
        return true;
    }

    /// <summary>Event shares beside economic shares per pillar, for the years of <see cref="TryEconomicBalance"/>.</summary>
    public bool TryDependence(DependenceRequest request, out IReadOnlyList<DependenceYear> rows, out RequestError? error)
    {
        ArgumentNullException.ThrowIfNull(request);
        rows = [];
        var scope = request.Scope;
        if (!TryEconomicYears(scope, request.Measure, out var first, out var last, out error))
        {
            return false;
        }

        var years = Enumerable.Range(first, last - first + 1).ToList();
        var events = BalanceAnalysis.Compute(Engagements(scope, periodsOnYears: true), scope.Framework, [.. years.Select(Period.Year)], weighted: false);
        var economic = EconomicBalance.Compute(EconomicData.Default, scope.Country, request.Measure, scope.Framework, first, last);
        rows = [.. events.Zip(economic, (e, m) => DependenceYear.From(e, m, request.MinEvents))];
        return true;
    }

    private static bool TryEconomicYears(AnalysisScope scope, Measure measure, out int first, out int last, out RequestError? error)
    {
        error = null;
        var span = EconomicBalance.Span(EconomicData.Default, scope.Country, measure);
        int? from = scope.From is { IsOpenStart: false } f ? f.Earliest.Year : span?.First;
        int? to = scope.To is { IsOpenEnd: false } t ? t.Latest.Year : span?.Last;
        first = from ?? 0;
        last = to ?? 0;
        if (from is null || to is null)
        {
            error = new RequestError("country", $"data/economy has no {Measures.Name(measure)} figures for {scope.Country}: name the years with from and to");
            return false;
        }

        if (last < first)
        {
            error = new RequestError("to", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{last} is before {first}"));
            return false;
        }

        if (last - first + 1L > BalanceAnalysis.MaxPeriods)
        {
            error = new RequestError(scope.From is null ? "to" : "from", string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{first}–{last} is {last - first + 1L:N0} years; an analysis covers at most {BalanceAnalysis.MaxPeriods:N0} periods: narrow from/to"));
            return false;
        }

        return true;
    }

    private static FuzzyDate? YearOf(DateOnly? day) => day is { } d ? FuzzyDate.OfYear(d.Year) : null;

    public PivotReport Pivot(PivotRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var test = PivotTest.Run(Engagements(request.Scope, YearGrain.Fits(request.Before) && YearGrain.Fits(request.After)), request.Pillar, request.Before, request.After);
        return PivotReport.From(test, request.Scope.Country, request.Scope.Framework.Id, request.MinEvents) with { FrameworkProvenance = FrameworkSource.From(request.Scope.Framework) };
    }

    public IReadOnlyList<ToneRow> Tone(ToneRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var provenance = request.ByPillar ? FrameworkSource.From(request.Scope.Framework) : null;
        return [.. ToneSummary.By(Engagements(request.Scope, periodsOnYears: true), request.ByPillar ? e => e.Pillar : e => e.Partner, CameoCatalog.Default)
            .Select(t => ToneRow.From(t) with { FrameworkProvenance = provenance })];
    }

    public IReadOnlyList<ReciprocityRow> Reciprocity(ReciprocityRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return [.. VisitReciprocity.Compute(Engagements(request.Scope, periodsOnYears: true)).Where(r => request.Partner is null || r.Partner == request.Partner).Select(ReciprocityRow.From)];
    }

    /// <summary>Overland access; reads the shipped land network only, not the store.</summary>
    public static CorridorReport Corridors(CorridorsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var network = LandNetwork.Default;
        var origin = request.From;

        // from = to is answered, not refused: the path is the state alone, no border is crossed (shortest_path [from]).
        var transit = request.To is { } destination ? TransitAnalysis.Run(network, origin, destination) : null;
        var routes = transit?.Routes ?? [.. network.Routes.Where(r => r.Path.Contains(origin))];
        return new CorridorReport(origin, [.. network.NeighboursOf(origin)], transit?.To, transit?.Reachable, transit?.ShortestPath, transit?.UnavoidableTransit,
            transit is null ? null : [.. transit.Alternatives.Select(a => new AlternativePath(a.Avoided, a.Path))],
            [.. TransitAnalysis.Dependence(network, origin, request.Without).Select(d => new Reachability(d.Closed, d.Reachable, d.StillReachable, d.Share))],
            [.. routes.Select(CorridorRoute.From)]);
    }

    /// <summary>The frameworks shipped; reads the embedded catalogue only, not the store.</summary>
    public static IReadOnlyList<FrameworkRow> Frameworks(FrameworksRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var catalog = FrameworkCatalog.Default;
        return [.. catalog.All.Where(f => request.Country is null || f.Country == request.Country).Select(f => FrameworkRow.From(f, catalog))];
    }

    /// <summary>Actors by number of events (most first), then code.</summary>
    public IReadOnlyList<ActorRow> Actors(ActorsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var activity = _store.GetActorActivity().ToDictionary(a => a.Code);
        var reference = ReferenceData.Default;
        var text = request.Search;
        return [.. reference.AllActors()
            .Select(a => (Actor: a, Activity: activity.GetValueOrDefault(a.Code), Country: reference.FindCountry(a.Code)))
            .Where(r => request.All || r.Activity is not null)
            .Where(r => text is null || r.Actor.Code.Contains(text, StringComparison.OrdinalIgnoreCase) || r.Actor.Name.Contains(text, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(r => r.Activity?.Events ?? 0).ThenBy(r => r.Actor.Code, StringComparer.Ordinal)
            .Select(r => new ActorRow(r.Actor.Code, r.Actor.Kind.ToString().ToLowerInvariant(), r.Actor.Name, r.Country?.Iso2, r.Country?.M49, r.Country?.Region, r.Country?.Subregion,
                r.Activity?.Events ?? 0, r.Activity?.FirstDate, r.Activity?.LastDate))];
    }

    /// <summary>
    /// The country's events in the date range, as engagements under the framework, read from the store's
    /// counts: one engagement per group of events no analysis can tell apart, so the cost follows the number
    /// of groups, not of events (docs/storage.md). The dyad-year counts when the scope and the request's own
    /// periods (<paramref name="periodsOnYears"/>) fall on years (<see cref="YearGrain"/>), else the dyad-day counts.
    /// </summary>
    public List<Engagement> Engagements(AnalysisScope scope, bool periodsOnYears)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var query = new DyadCountQuery(scope.Country) { From = scope.From, To = scope.To };
        return _yearCounts && periodsOnYears && YearGrain.Fits(scope.From, scope.To, scope.Framework)
            ? Engagement.Select(_store.GetDyadYearCounts(query), scope.Country, scope.Framework, scope.Weights)
            : Engagement.Select(_store.GetDyadDayCounts(query), scope.Country, scope.Framework, scope.Weights);
    }
}
