using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Orkhon.Analysis;
using Orkhon.Analysis.Frameworks;
using Orkhon.Knowledge;
using Orkhon.Storage;

namespace Orkhon.Web.Apis;

/// <summary>What the dashboard's country selector and partner pages ask: which countries to offer, and a country's partners with their pillars over time.</summary>
public static class CountriesApi
{
    public static IEndpointRouteBuilder MapCountriesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Reference");
        api.MapGet("/countries", ListCountries).WithSummary("Countries with events or a framework, and the default one (the embedded knowledge base's)");
        api.MapGet("/partners", ListPartners).WithSummary("A country's partners: events, visits and agreements, and each partner's pillar membership with its dates");
        return app;
    }

    public sealed record CountryDto(string Code, string Name, int Events, IReadOnlyList<string> Frameworks);

    public sealed record CountriesDto(string Default, IReadOnlyList<CountryDto> Countries);

    /// <summary>States that occur in stored events or have a framework, most events first.</summary>
    public static Ok<CountriesDto> ListCountries(StoreAccess access)
    {
        ArgumentNullException.ThrowIfNull(access);
        var reference = ReferenceData.Default;
        var events = access.Store.GetActorActivity().ToDictionary(a => a.Code, a => a.Events, StringComparer.Ordinal);
        var frameworks = FrameworkCatalog.Default.All.ToLookup(f => f.Country, f => f.Id, StringComparer.Ordinal);
        var codes = events.Keys.Concat(frameworks.Select(g => g.Key)).Distinct(StringComparer.Ordinal).Where(c => reference.FindCountry(c) is not null);
        var rows = codes
            .Select(c => new CountryDto(c, reference.NameOf(c), events.GetValueOrDefault(c), [.. frameworks[c]]))
            .OrderByDescending(c => c.Events).ThenBy(c => c.Code, StringComparer.Ordinal)
            .ToList();
        return TypedResults.Ok(new CountriesDto(FocusCountry.Default, rows));
    }

    /// <summary>A partner's time in a pillar: from and to are the pillar's dates (null: unbounded).</summary>
    public sealed record MembershipDto(string Pillar, string Name, string? From, string? To);

    /// <summary>
    /// One partner: the fields of <c>orkhon demo --format json</c>'s <c>partner_summary</c>, its pillar today
    /// (<c>pillar</c>), and every pillar that covers it with the dates it does (<c>memberships</c>, priority order).
    /// </summary>
    public sealed record PartnerDto(string Partner, string Name, int Events, int Outgoing, int Incoming, int Visits, int Agreements, string? First, string? Last,
        string Pillar, IReadOnlyList<MembershipDto> Memberships);

    public sealed record PartnersDto(string Country, string? Framework, int Events, IReadOnlyList<PartnerDto> Partners);

    public static Results<Ok<PartnersDto>, ValidationProblem> ListPartners(string? country, string? framework, StoreAccess access)
    {
        ArgumentNullException.ThrowIfNull(access);
        var code = (country ?? FocusCountry.Default).Trim().ToUpperInvariant();
        var errors = new Dictionary<string, string[]>();
        if (ReferenceData.Default.FindActor(code) is null)
        {
            errors["country"] = [$"'{country}' is not a known actor code"];
        }

        var chosen = framework is null ? FrameworkCatalog.Default.DefaultFor(code) : FrameworkCatalog.Default.Find(framework);
        if (framework is not null && chosen is null)
        {
            errors["framework"] = [$"unknown; known: {string.Join(", ", FrameworkCatalog.Default.All.Select(f => f.Id))}"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var events = access.Store.QueryEvents(new EventQuery { Actor = code, WithEvidences = false });
        var today = Domain.FuzzyDate.OfDay(DateOnly.FromDateTime(DateTime.UtcNow));
        var partners = PartnerSummary.Build(events, code).Select(p => new PartnerDto(p.Code, ReferenceData.Default.NameOf(p.Code), p.Events, p.Outgoing, p.Incoming,
            p.Visits, p.Agreements, p.First?.ToString(), p.Last?.ToString(),
            chosen?.PillarOf(p.Code, today) ?? PolicyFramework.Unassigned,
            chosen is null ? [] : [.. chosen.Pillars.Where(x => x.Members.Contains(p.Code)).Select(x => new MembershipDto(x.Id, x.Name, Iso(x.ValidFrom), Iso(x.ValidTo)))])).ToList();
        return TypedResults.Ok(new PartnersDto(code, chosen?.Id, events.Count, partners));
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
