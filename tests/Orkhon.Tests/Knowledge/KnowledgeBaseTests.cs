using Orkhon.Domain;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Knowledge;

public sealed class KnowledgeBaseTests
{
    private static KnowledgeBase Kb => KnowledgeBase.Mongolia;

    [Fact]
    public void Mongolia_HasAtLeast120SourcedEventsFrom1987To2025()
    {
        Assert.True(Kb.Events.Count >= 120, $"{Kb.Events.Count} events");
        var since1987 = Kb.Events.Where(e => e.Date!.Value.Earliest.Year >= 1987).ToList();
        Assert.True(since1987.Count >= 120);
        Assert.Equal(2025, Kb.Events.Max(e => e.Date!.Value.Earliest.Year));
        Assert.All(Kb.Events, e =>
        {
            Assert.Equal(EventOrigin.Curated, e.Origin);
            Assert.StartsWith("http", Assert.IsType<SourceEvidence>(Assert.Single(e.Evidences)).Url, StringComparison.Ordinal);
            Assert.InRange(e.Confidence, 0.01, 1.0);
            Assert.False(string.IsNullOrWhiteSpace(e.Title));
        });
    }

    [Fact]
    public void Mongolia_EveryEventInvolvesMongolia()
    {
        // The knowledge base records Mongolia's relations; a row without MNG (other than USSR-era
        // context rows about troops in Mongolia) would be out of scope.
        var outside = Kb.Events.Where(e => e.Source.Code != "MNG" && e.Target.Code != "MNG").Select(e => e.Id).ToList();
        Assert.Empty(outside);
    }

    [Fact]
    public void Mongolia_HasTheJuly2023KyrgyzStateVisit()
    {
        var visit = Assert.Single(Kb.Events, e => e.Source.Code == "KGZ" && e.Target.Code == "MNG" && e.Cameo == "042" && FuzzyDate.OfMonth(2023, 7).Contains(e.Date!.Value));
        Assert.Equal(EventKind.StateVisit, visit.Kind);
    }

    [Theory]
    [InlineData(EventKind.EstablishRelations)]
    [InlineData(EventKind.TreatySigned)]
    [InlineData(EventKind.Partnership)]
    [InlineData(EventKind.MembershipJoined)]
    [InlineData(EventKind.ObserverStatus)]
    [InlineData(EventKind.StateVisit)]
    [InlineData(EventKind.OfficialVisit)]
    [InlineData(EventKind.MinisterialVisit)]
    [InlineData(EventKind.Summit)]
    [InlineData(EventKind.PolicyDocument)]
    [InlineData(EventKind.MilitaryExercise)]
    [InlineData(EventKind.Corridor)]
    public void Mongolia_CoversEveryKindOfRecord(EventKind kind) => Assert.Contains(Kb.Events, e => e.Kind == kind);

    [Fact]
    public void Mongolia_RecordsScoObserverStatusNotMembership()
    {
        Assert.Contains(Kb.Events, e => e.Target.Code == "SCO" && e.Kind == EventKind.ObserverStatus);
        Assert.DoesNotContain(Kb.Events, e => e.Target.Code == "SCO" && e.Kind == EventKind.MembershipJoined);
    }

    [Fact]
    public void Mongolia_VisitsGoBothWays()
    {
        Assert.Contains(Kb.Events, e => e.Cameo == "042" && e.Source.Code == "MNG");
        Assert.Contains(Kb.Events, e => e.Cameo == "042" && e.Target.Code == "MNG");
    }

    [Fact]
    public void Version_IsStableAcrossLoads() =>
        Assert.Equal(Kb.Version, KnowledgeBase.Load(EmbeddedData.ReadTable(EmbeddedData.MongoliaKnowledgeBase), CameoCatalog.Default, ReferenceData.Default).Version);

    [Fact]
    public void Load_BadRows_AreReportedWithTheirLines()
    {
        const string header = "id\tdate\tsource\ttarget\tkind\tcameo\ttitle\tlocation\tsource_url\tconfidence\n";
        var tsv = header +
            "a\t2023-07\tKGZ\tMNG\tstate_visit\t042\tok\t\thttps://example.org/a\thigh\n" +
            "a\t2023-13\tXXX\tMNG\tstate_visit\t999\tbad\t\tnot-a-url\tsure\n";
        var e = Assert.Throws<DataFileException>(() => KnowledgeBase.Load(TsvTable.Read("kb.tsv", new StringReader(tsv)), CameoCatalog.Default, ReferenceData.Default));
        Assert.All(e.Errors, x => Assert.Equal(3, x.Line));
        Assert.Equal(6, e.Errors.Count); // duplicate id, date, actor, code, confidence, url
    }
}
