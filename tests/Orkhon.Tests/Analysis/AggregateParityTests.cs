using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Orkhon.Analysis;
using Orkhon.Analysis.Frameworks;
using Orkhon.Contracts;
using Orkhon.Domain;
using Orkhon.Knowledge;
using Orkhon.Storage;
using Orkhon.Tests.Storage;
using Orkhon.Text;

namespace Orkhon.Tests.Analysis;

/// <summary>
/// The analyses read the store's dyad-day counts (<see cref="AnalysisService"/>); the oracle computes them
/// from the events themselves, one engagement per event, as before the counts existed. On random stores
/// built by random writes (upserts that move events between groups, curated loads that remove events,
/// documents, imports committed or rolled back) both must give the same answers: counts equal, real
/// numbers equal up to rounding (a group's weight is n × w where the oracle adds w n times).
/// </summary>
public sealed class AggregateParityTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static readonly string[] Actors = ["MNG", "MNG", "MNG", "CHN", "RUS", "KAZ", "KGZ", "JPN", "USA"];

    // Catalogued codes of every quad class, the visit and agreement codes, and codes the catalogue lacks
    // (0431, 099): counted as events, without a Goldstein value.
    private static readonly string[] Codes = ["010", "036", "040", "042", "043", "0431", "054", "057", "061", "112", "138", "190", "20", "099"];

    private static readonly ActorRole?[] Roles = [null, null, ActorRole.HeadOfState, ActorRole.HeadOfGovernment, ActorRole.ForeignMinistry, ActorRole.Military];

    private static readonly EventKind?[] Kinds = [null, null, null, EventKind.StateVisit, EventKind.OfficialVisit, EventKind.WorkingVisit, EventKind.MinisterialVisit,
        EventKind.Summit, EventKind.AgreementSigned, EventKind.Partnership, EventKind.Statement];

    /// <summary>A framework whose pillars start and end mid-month, so a month- or year-dated event straddles a pillar's validity.</summary>
    private static readonly PolicyFramework MidMonth = new("mid-month", "MNG", "Mid-month pillars", null, null, new DateOnly(2016, 3, 15), null, "https://example.org",
    [
        new Pillar("neighbours", "Neighbours", null, null, new[] { "RUS", "CHN" }.ToFrozenSet(), ["RUS", "CHN"], null, null),
        new Pillar("central-asia", "Central Asia", null, null, new[] { "KAZ", "KGZ" }.ToFrozenSet(), ["KAZ", "KGZ"], new DateOnly(2019, 5, 20), new DateOnly(2022, 8, 10)),
        new Pillar("third", "Third neighbours", null, null, new[] { "JPN", "USA", "KAZ" }.ToFrozenSet(), ["JPN", "USA"], null, null),
    ]);

    /// <summary>A framework whose pillars change on 1 January: requests on years may be answered from the dyad-year counts.</summary>
    internal static readonly PolicyFramework OnYears = new("on-years", "MNG", "Pillars changing between years", null, null, new DateOnly(2016, 3, 15), null, "https://example.org",
    [
        new Pillar("neighbours", "Neighbours", null, null, new[] { "RUS", "CHN" }.ToFrozenSet(), ["RUS", "CHN"], null, null),
        new Pillar("central-asia", "Central Asia", null, null, new[] { "KAZ", "KGZ" }.ToFrozenSet(), ["KAZ", "KGZ"], new DateOnly(2019, 1, 1), new DateOnly(2021, 12, 31)),
        new Pillar("third", "Third neighbours", null, null, new[] { "JPN", "USA", "KAZ" }.ToFrozenSet(), ["JPN", "USA"], null, new DateOnly(2022, 12, 31)),
    ]);

    /// <summary>What one run asks: the frameworks, the balance windows and the pivot's two windows.</summary>
    internal sealed record Requests(PolicyFramework[] Frameworks, Period[] Windows, Period Before, Period After);

    private static readonly Requests AnyDays = new([FrameworkCatalog.Default.DefaultFor("MNG")!, MidMonth],
        [Period.Year(2018), new Period("2016-03-20..2021-06-10", new DateOnly(2016, 3, 20), new DateOnly(2021, 6, 10)), Period.Quarter(2020, 2)],
        new Period("2014..2018-05-19", new DateOnly(2014, 1, 1), new DateOnly(2018, 5, 19)), Period.Year(2021));

    internal static readonly Requests WholeYears = new([OnYears],
        [Period.Year(2018), new Period("2016..2021", new DateOnly(2016, 1, 1), new DateOnly(2021, 12, 31))],
        new Period("2014..2018", new DateOnly(2014, 1, 1), new DateOnly(2018, 12, 31)), Period.Year(2021));

    private static readonly Gen<FuzzyDate?> Dates =
        from kind in Gen.Choose(0, 9)
        from year in Gen.Choose(2014, 2024)
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, 28)
        from length in Gen.Choose(0, 800)
        select kind switch
        {
            0 => (FuzzyDate?)null,
            1 => FuzzyDate.OfYear(year),
            2 or 3 => FuzzyDate.OfMonth(year, month),
            4 => FuzzyDate.Between(FuzzyDate.OfDay(year, month, day), FuzzyDate.OfDay(DateOnly.FromDayNumber(new DateOnly(year, month, day).DayNumber + length))),
            _ => FuzzyDate.OfDay(year, month, day),
        };

    private static readonly Gen<Event> Events =
        from id in Gen.Choose(0, 39)
        from source in Gen.Elements(Actors)
        from target in Gen.Elements(Actors)
        from date in Dates
        from code in Gen.Elements(Codes)
        from kind in Gen.Elements(Kinds)
        from sourceRole in Gen.Elements(Roles)
        from targetRole in Gen.Elements(Roles)
        from origin in Gen.Elements(EventOrigin.Curated, EventOrigin.Extracted, EventOrigin.Imported)
        select new Event($"e{id}", new ActorRef(source, sourceRole), new ActorRef(target, targetRole), CameoCode.Parse(code), date, null, origin, 0.5,
            [Evidence.FromSource($"https://example.org/{id}")], kind);

    /// <summary>One write: 0 upsert, 1 curated load (removes the curated events it omits), 2 a document with events, 3 an import, 4 an import rolled back.</summary>
    internal sealed record Write(int Kind, Event[] Events);

    // Events alike but for their id (copies) share a group: without them nearly every group would hold one
    // event and a count mistaken for a number of groups would go unseen.
    private static readonly Gen<Event[]> AlikeEvents =
        from e in Events
        from copies in Gen.Choose(1, 4)
        select Enumerable.Range(0, copies).Select(i => i == 0 ? e : e with { Id = $"{e.Id}-{i}" }).ToArray();

    private static readonly Gen<Write> Writes =
        from kind in Gen.Choose(0, 4)
        from events in Gen.ArrayOf(AlikeEvents, 4)
        select new Write(kind, [.. events.SelectMany(e => e)]);

    private static readonly Gen<FuzzyDate?> Bounds = Gen.OneOf(Gen.Constant((FuzzyDate?)null), Dates);

    /// <param name="Default">Also under the frameworks shipped (else only the test's own).</param>
    internal sealed record Case(Write[] Writes, FuzzyDate? From, FuzzyDate? To, bool Weighted, bool Default);

    private static readonly Gen<Case> Cases =
        from count in Gen.Choose(1, 8)
        from writes in Gen.ArrayOf(Writes, count)
        from lower in Bounds
        from upper in Bounds
        from weighted in Gen.Elements(true, false)
        from useDefault in Gen.Elements(true, false)
        select new Case(writes, lower, upper, weighted, useDefault);

    [Fact]
    public void Property_AnalysesFromCounts_EqualAnalysesFromEvents()
    {
        var run = 0;
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(60), Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var path = _dir.File($"parity-{run++}.db");
            using var store = SqliteEventStore.Open(path);
            Apply(store, c.Writes);
            AssertSameAnswers(store, c, AnyDays);
            return true;
        }));
    }

    /// <summary>A bound on years: none, a year, two years, or (<paramref name="lower"/> only) the 1 January that starts one.</summary>
    private static Gen<FuzzyDate?> YearBounds(bool lower) =>
        from kind in Gen.Choose(0, lower ? 3 : 2)
        from year in Gen.Choose(2013, 2025)
        select kind switch
        {
            0 => (FuzzyDate?)null,
            1 => FuzzyDate.OfYear(year),
            2 => FuzzyDate.Between(FuzzyDate.OfYear(year), FuzzyDate.OfYear(year + 1)),
            _ => FuzzyDate.OfDay(year, 1, 1),
        };

    internal static readonly Gen<Case> YearCases =
        from count in Gen.Choose(1, 8)
        from writes in Gen.ArrayOf(Writes, count)
        from lower in YearBounds(lower: true)
        from upper in YearBounds(lower: false)
        from weighted in Gen.Elements(true, false)
        select new Case(writes, lower, upper, weighted, false);

    [Fact]
    public void Property_RequestsOnYears_SameFromYearCountsDayCountsAndEvents()
    {
        // Bounds, windows and pillars on years: the service reads the dyad-year counts, and must answer as the
        // dyad-day counts and the events do (a lower bound may be 1 January; an upper one is a whole year).
        var run = 0;
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(60), Prop.ForAll(YearCases.ToArbitrary(), c =>
        {
            var path = _dir.File($"years-{run++}.db");
            using var store = SqliteEventStore.Open(path);
            Apply(store, c.Writes);
            Assert.True(YearGrain.Fits(c.From, c.To, OnYears));
            AssertSameAnswers(store, c, WholeYears);
            return true;
        }));
    }

    [Fact]
    public void YearGrain_FitsYearsOnly()
    {
        Assert.True(YearGrain.Fits(Period.Year(2020)));
        Assert.True(YearGrain.Fits(WholeYears.Before));
        Assert.False(YearGrain.Fits(Period.Quarter(2020, 1)));
        Assert.False(YearGrain.Fits(AnyDays.Before));
        Assert.True(YearGrain.Fits(FuzzyDate.OfYear(2019), FuzzyDate.OfYear(2020), OnYears));
        Assert.True(YearGrain.Fits(FuzzyDate.OfMonth(2019, 1), FuzzyDate.OfMonth(2020, 12), OnYears)); // January starts a year, December ends one
        Assert.False(YearGrain.Fits(FuzzyDate.OfMonth(2019, 2), null, OnYears));
        Assert.False(YearGrain.Fits(null, FuzzyDate.OfMonth(2019, 11), OnYears));
        Assert.False(YearGrain.Fits(null, null, MidMonth));
    }

    [Fact]
    public void MeaningOf_EveryCataloguedCode_SameClassLevelAndQuadAsTheCode()
    {
        // What the dyad-year counts keep of a code must decide every analysis as the code itself does.
        ActorRole?[] roles = [null, ActorRole.HeadOfState, ActorRole.HeadOfGovernment, ActorRole.ForeignMinistry];
        foreach (var type in CameoCatalog.Default.All)
        {
            var code = CameoCode.Parse(type.Code);
            var meaning = DyadYearCountSql.MeaningOf(code);
            Assert.Equal(code.QuadClass, meaning.QuadClass);
            Assert.Equal(EventClasses.IsVisit(code), EventClasses.IsVisit(meaning));
            Assert.Equal(code.IsIn(CameoCode.HostVisit), meaning.IsIn(CameoCode.HostVisit));
            foreach (var kind in Kinds)
            {
                foreach (var role in roles)
                {
                    Assert.Equal(SignificanceWeights.Classify(code, kind, role, null), SignificanceWeights.Classify(meaning, kind, role, null));
                    Assert.Equal(SignificanceWeights.Classify(code, kind, null, role), SignificanceWeights.Classify(meaning, kind, null, role));
                }
            }
        }
    }

    [Fact]
    public void KnowledgeBase_AnalysesFromCounts_EqualAnalysesFromEvents()
    {
        // The shipped data, with its kinds, roles and dates of every precision, under the real frameworks.
        using var store = SqliteEventStore.Open(_dir.File("kb.db"));
        store.SyncCuratedEvents(KnowledgeBase.Mongolia.Events, KnowledgeBase.Mongolia.Version);
        AssertSameAnswers(store, new Case([], null, null, Weighted: false, Default: true), AnyDays);
        AssertSameAnswers(store, new Case([], FuzzyDate.OfMonth(2016, 7), FuzzyDate.OfYear(2023), Weighted: true, Default: true), AnyDays);
        AssertSameAnswers(store, new Case([], FuzzyDate.OfYear(2012), FuzzyDate.OfYear(2023), Weighted: true, Default: true), WholeYears with { Frameworks = [.. FrameworkCatalog.Default.All.Where(f => f.Country == "MNG"), OnYears] });
    }

    internal static void Apply(IEventStore store, Write[] writes)
    {
        var version = 0;
        foreach (var w in writes)
        {
            switch (w.Kind)
            {
                case 0:
                    store.UpsertEvents(w.Events);
                    break;
                case 1:
                    store.SyncCuratedEvents([.. w.Events.Select(e => e with { Origin = EventOrigin.Curated }).DistinctBy(e => e.Id)], $"v{version++}");
                    break;
                case 2:
                    var doc = Document.Create($"Document {version++}: {string.Join(" ", w.Events.Select(e => e.Id))}.");
                    store.AddDocument(doc, SentenceSplitter.Split(doc.Text),
                        [.. w.Events.Select(e => e with { Origin = EventOrigin.Extracted, Evidences = [Evidence.FromSentence(doc.Id, 0, doc.Text.Length, doc.Text)] }).DistinctBy(e => e.Id)]);
                    break;
                default:
                    store.ImportEvents(batch =>
                    {
                        foreach (var e in w.Events)
                        {
                            batch.Write(e with { Origin = EventOrigin.Imported });
                        }

                        return w.Kind == 3;
                    });
                    break;
            }
        }
    }

    internal static void AssertSameAnswers(IEventStore store, Case c, Requests requests)
    {
        foreach (var actor in Actors.Distinct())
        {
            var all = store.QueryEvents(new EventQuery { Actor = actor, WithEvidences = false });
            Assert.Equal(DyadDayCountOracle.From(all), DyadDayCountOracle.Sorted(store.GetDyadDayCounts(new DyadCountQuery(actor))));
            Assert.Equal(DyadYearCountOracle.From(all), DyadYearCountOracle.Sorted(store.GetDyadYearCounts(new DyadCountQuery(actor))));
        }

        var frameworks = c.Default ? requests.Frameworks : [.. requests.Frameworks.Where(f => f.Id is "mid-month" or "on-years")];
        foreach (var framework in frameworks)
        {
            var scope = new AnalysisScope("MNG", framework, c.From, c.To, SignificanceWeights.Default);
            var events = store.QueryEvents(new EventQuery { Actor = scope.Country, From = scope.From, To = scope.To, WithEvidences = false });
            var oracle = Engagement.Select(events, scope.Country, scope.Framework, scope.Weights);
            Assert.All(oracle, e => Assert.Equal(1, e.Events));

            // The service as shipped (dyad-year counts where the request falls on years) and one that reads the dyad-day counts only.
            foreach (var service in new[] { new AnalysisService(store), new AnalysisService(store, yearCounts: false) })
            {
                Assert.Equal(oracle.Count, service.Engagements(scope, periodsOnYears: true).Sum(e => e.Events));
                Assert.Equal(oracle.Count, service.Engagements(scope, periodsOnYears: false).Sum(e => e.Events));
                AssertServiceAnswers(service, scope, oracle, requests, c.Weighted);
            }
        }
    }

    private static void AssertServiceAnswers(AnalysisService service, AnalysisScope scope, List<Engagement> oracle, Requests requests, bool weighted)
    {
        var framework = scope.Framework;
        foreach (var by in new[] { Granularity.Year, Granularity.Quarter, Granularity.Window })
        {
            var request = new BalanceRequest(scope, by, requests.Windows, weighted);
            var answered = service.TryBalance(request, out var rows, out var error);
            var expected = OracleBalance(oracle, request, out var expectedError);
            Assert.Equal(expectedError is null, answered);
            Assert.Equal(expectedError, error?.Message);
            AssertSameJson(expected, rows);
        }

        foreach (var pillar in framework.PillarIds)
        {
            var pivot = new PivotRequest(scope, pillar, requests.Before, requests.After);
            AssertSameJson(PivotReport.From(PivotTest.Run(oracle, pillar, requests.Before, requests.After), scope.Country, framework.Id, pivot.MinEvents) with { FrameworkProvenance = FrameworkSource.From(framework) },
                service.Pivot(pivot));
        }

        foreach (var byPillar in new[] { false, true })
        {
            var provenance = byPillar ? FrameworkSource.From(framework) : null;
            var expected = ToneSummary.By(oracle, byPillar ? e => e.Pillar : e => e.Partner, CameoCatalog.Default).Select(t => ToneRow.From(t) with { FrameworkProvenance = provenance }).ToList();
            AssertSameJson(expected, service.Tone(new ToneRequest(scope, byPillar)));
        }

        AssertSameJson(VisitReciprocity.Compute(oracle).Select(ReciprocityRow.From).ToList(), service.Reciprocity(new ReciprocityRequest(scope, null)));
    }

    /// <summary>What <see cref="AnalysisService.TryBalance"/> answers, worked out from per-event engagements.</summary>
    private static List<BalancePeriod> OracleBalance(List<Engagement> engagements, BalanceRequest request, out string? error)
    {
        error = null;
        var scope = request.Scope;
        IReadOnlyList<Period> periods = request.Windows;
        FuzzyDate? YearOf(DateOnly? day) => day is { } d ? FuzzyDate.OfYear(d.Year) : null;
        if (request.By != Granularity.Window
            && !BalanceAnalysis.TryPeriods(engagements, request.By, scope.From ?? YearOf(scope.Framework.ValidFrom), scope.To ?? YearOf(scope.Framework.ValidTo), out periods, out error))
        {
            return [];
        }

        var provenance = FrameworkSource.From(scope.Framework);
        return [.. BalanceAnalysis.Compute(engagements, scope.Framework, periods, request.Weighted)
            .Select(b => BalancePeriod.From(b, request.MinEvents) with { Framework = scope.Framework.Id, FrameworkProvenance = provenance })];
    }

    /// <summary>Equal as the JSON a client reads: same fields, same order, same counts; real numbers equal to 1e-9 (relative).</summary>
    private static void AssertSameJson<T>(T expected, T actual)
    {
        using var a = JsonDocument.Parse(JsonSerializer.Serialize(expected, ContractJson.Compact));
        using var b = JsonDocument.Parse(JsonSerializer.Serialize(actual, ContractJson.Compact));
        AssertSameElement(a.RootElement, b.RootElement, "$");
    }

    private static void AssertSameElement(JsonElement expected, JsonElement actual, string where)
    {
        Assert.True(expected.ValueKind == actual.ValueKind, $"{where}: {expected.ValueKind} expected, {actual.ValueKind} found");
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                var names = expected.EnumerateObject().Select(p => p.Name).ToList();
                Assert.Equal(names, actual.EnumerateObject().Select(p => p.Name).ToList());
                foreach (var name in names)
                {
                    AssertSameElement(expected.GetProperty(name), actual.GetProperty(name), $"{where}.{name}");
                }

                break;
            case JsonValueKind.Array:
                Assert.True(expected.GetArrayLength() == actual.GetArrayLength(), $"{where}: {expected.GetArrayLength()} items expected, {actual.GetArrayLength()} found");
                for (var i = 0; i < expected.GetArrayLength(); i++)
                {
                    AssertSameElement(expected[i], actual[i], string.Create(CultureInfo.InvariantCulture, $"{where}[{i}]"));
                }

                break;
            case JsonValueKind.Number when expected.TryGetInt64(out var x) && actual.TryGetInt64(out var y):
                Assert.True(x == y, $"{where}: {x} expected, {y} found");
                break;
            case JsonValueKind.Number:
                var p = expected.GetDouble();
                var q = actual.GetDouble();
                Assert.True(Math.Abs(p - q) <= 1e-9 * Math.Max(1, Math.Max(Math.Abs(p), Math.Abs(q))), $"{where}: {p:R} expected, {q:R} found");
                break;
            default:
                Assert.True(expected.GetRawText() == actual.GetRawText(), $"{where}: {expected.GetRawText()} expected, {actual.GetRawText()} found");
                break;
        }
    }
}
