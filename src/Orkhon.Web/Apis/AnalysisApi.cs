using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Orkhon.Analysis;
using Orkhon.Analysis.Corridors;
using Orkhon.Analysis.Frameworks;
using Orkhon.Analysis.Statistics;
using Orkhon.Knowledge;
using Orkhon.Storage;

namespace Orkhon.Web.Apis;

/// <summary>The analyses of docs/metrics.md: balance, pivot, tone, reciprocity, corridors.</summary>
public static class AnalysisApi
{
    public static IEndpointRouteBuilder MapAnalysisApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Analysis");
        api.MapGet("/balance", Balance).WithSummary("Engagement by pillar per year or quarter: shares, entropy, HHI, neighbour dependence, tilt");
        api.MapGet("/pivot", Pivot).WithSummary("Rate ratio of a pillar between two windows with an exact 95% interval, and the change year");
        api.MapGet("/tone", Tone).WithSummary("Mean Goldstein value and CAMEO quad classes per partner or pillar");
        api.MapGet("/reciprocity", Reciprocity).WithSummary("Visits made and received per partner, by level");
        api.MapGet("/corridors", Corridors).WithSummary("Overland access: transit countries, alternatives, reachability, known routes");
        return app;
    }

    public sealed record AnalysisQuery(string? Country, string? Framework, string? From, string? To);

    public static Results<Ok<IReadOnlyList<PeriodBalance>>, ValidationProblem> Balance([AsParameters] AnalysisQuery query, string? by, bool? weighted, StoreAccess access)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (Inputs(query, access, out var framework, out var engagements) is { } problem)
        {
            return problem;
        }

        var granularity = by?.ToLowerInvariant() switch
        {
            null or "year" => Granularity.Year,
            "quarter" => Granularity.Quarter,
            _ => (Granularity?)null,
        };
        if (granularity is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["by"] = ["year or quarter"] });
        }

        QueryDates.TryParse(query.From, out var from);
        QueryDates.TryParse(query.To, out var to);
        if (!BalanceAnalysis.TryPeriods(engagements!, granularity.Value, query.From is null ? null : from, query.To is null ? null : to, out var periods, out var error))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [query.To is not null && query.From is null ? "to" : "from"] = [error!] });
        }

        return TypedResults.Ok(BalanceAnalysis.Compute(engagements!, framework!, periods, weighted == true));
    }

    public sealed record RatioDto(int Before, double ExposureBefore, int After, double ExposureAfter, double? RateRatio, double? CiLower, double? CiUpper, double PValue, bool Significant);

    public sealed record PivotDto(string Pillar, string Before, string After, RatioDto PerYear, RatioDto PerCoverage, IReadOnlyList<string> EventIdsAfter,
        IReadOnlyList<YearCount> Series, int? ChangeYear, double? ChangePValue);

    public sealed record YearCount(int Year, int Events);

    public static Results<Ok<PivotDto>, ValidationProblem> Pivot([AsParameters] AnalysisQuery query, string? pillar, string? before, string? after, StoreAccess access)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (Inputs(query, access, out var framework, out var engagements) is { } problem)
        {
            return problem;
        }

        var thisYear = DateTime.UtcNow.Year;
        var errors = new Dictionary<string, string[]>();
        if (pillar is null || !framework!.PillarIds.Contains(pillar))
        {
            errors["pillar"] = [$"one of {string.Join(", ", framework!.PillarIds)}"];
        }

        if (!Period.TryParseWindow(before ?? "", thisYear, out var b))
        {
            errors["before"] = ["a range such as 2015..2022"];
        }

        if (!Period.TryParseWindow(after ?? "", thisYear, out var a))
        {
            errors["after"] = ["a range such as 2023..2025"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var test = PivotTest.Run(engagements!, pillar!, b, a);
        static double? Finite(double v) => double.IsFinite(v) ? v : null;
        static RatioDto Ratio(RateRatio r) => new(r.Before, r.ExposureBefore, r.After, r.ExposureAfter, Finite(r.Ratio), Finite(r.Lower), Finite(r.Upper), r.PValue, r.IsSignificant);
        return TypedResults.Ok(new PivotDto(test.Pillar, test.Before.Label, test.After.Label, Ratio(test.PerYear), Ratio(test.PerCoverage), test.EventIdsAfter,
            [.. test.Series.Select(s => new YearCount(s.Year, s.Count))], test.ChangePoint?.Year, test.ChangePoint?.PValue));
    }

    public static Results<Ok<IReadOnlyList<ToneSummary>>, ValidationProblem> Tone([AsParameters] AnalysisQuery query, string? by, StoreAccess access)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (Inputs(query, access, out _, out var engagements) is { } problem)
        {
            return problem;
        }

        return TypedResults.Ok(ToneSummary.By(engagements!, by == "pillar" ? e => e.Pillar : e => e.Partner, CameoCatalog.Default));
    }

    public static Results<Ok<IReadOnlyList<VisitReciprocity>>, ValidationProblem> Reciprocity([AsParameters] AnalysisQuery query, StoreAccess access)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (Inputs(query, access, out _, out var engagements) is { } problem)
        {
            return problem;
        }

        return TypedResults.Ok(VisitReciprocity.Compute(engagements!));
    }

    public sealed record ReachDto(string Closed, int Reachable, int StillReachable, double Share);

    public sealed record CorridorDto(string From, string? To, IReadOnlyList<string> LandNeighbours, IReadOnlyList<string>? ShortestPath, IReadOnlyList<string> UnavoidableTransit,
        IReadOnlyList<ReachDto> Reachability, IReadOnlyList<TransportRoute> Routes);

    public static Results<Ok<CorridorDto>, ValidationProblem> Corridors(string? from, string? to)
    {
        var origin = (from ?? "MNG").Trim().ToUpperInvariant();
        var destination = to?.Trim().ToUpperInvariant();
        var errors = new Dictionary<string, string[]>();
        if (ReferenceData.Default.FindCountry(origin) is null)
        {
            errors["from"] = ["an ISO 3166-1 alpha-3 code of a state"];
        }

        if (destination is not null && ReferenceData.Default.FindCountry(destination) is null)
        {
            errors["to"] = ["an ISO 3166-1 alpha-3 code of a state"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        // from = to is answered, not refused: the path is the state alone, no border is crossed (shortest_path [from]).
        var network = LandNetwork.Default;
        var transit = destination is null ? null : TransitAnalysis.Run(network, origin, destination);
        return TypedResults.Ok(new CorridorDto(origin, destination, [.. network.NeighboursOf(origin)], transit?.ShortestPath, transit?.UnavoidableTransit ?? [],
            [.. TransitAnalysis.Dependence(network, origin).Select(d => new ReachDto(d.Closed, d.Reachable, d.StillReachable, d.Share))],
            transit?.Routes ?? [.. network.Routes.Where(r => r.Path.Contains(origin))]));
    }

    private static ValidationProblem? Inputs(AnalysisQuery query, StoreAccess access, out PolicyFramework? framework, out List<Engagement>? engagements)
    {
        framework = null;
        engagements = null;
        var country = (query.Country ?? "MNG").ToUpperInvariant();
        var errors = new Dictionary<string, string[]>();
        framework = query.Framework is { } id ? FrameworkCatalog.Default.Find(id) : FrameworkCatalog.Default.DefaultFor(country);
        if (framework is null)
        {
            errors[query.Framework is null ? "country" : "framework"] = [$"no framework; known: {string.Join(", ", FrameworkCatalog.Default.All.Select(x => x.Id))}"];
        }

        if (query.From is not null && !QueryDates.TryParse(query.From, out _))
        {
            errors["from"] = ["an ISO 8601 date"];
        }

        if (query.To is not null && !QueryDates.TryParse(query.To, out _))
        {
            errors["to"] = ["an ISO 8601 date"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        QueryDates.TryParse(query.From, out var from);
        QueryDates.TryParse(query.To, out var to);
        var events = access.Store.QueryEvents(new EventQuery { Actor = country, From = query.From is null ? null : from, To = query.To is null ? null : to, WithEvidences = false });
        engagements = Engagement.Select(events, country, framework!, SignificanceWeights.Default);
        return null;
    }
}
