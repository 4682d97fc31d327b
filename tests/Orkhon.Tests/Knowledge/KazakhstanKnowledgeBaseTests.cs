using Orkhon.Domain;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Knowledge;

/// <summary>The second country's slice (<c>data/knowledge/kazakhstan.tsv</c>) and how it joins Mongolia's.</summary>
public sealed class KazakhstanKnowledgeBaseTests
{
    private static KnowledgeBase Kb => KnowledgeBase.Kazakhstan;

    [Fact]
    public void Kazakhstan_SourcedCuratedEventsSinceIndependence()
    {
        Assert.True(Kb.Events.Count >= 40, $"{Kb.Events.Count} events");
        Assert.All(Kb.Events, e =>
        {
            Assert.Equal(EventOrigin.Curated, e.Origin);
            Assert.StartsWith("http", Assert.IsType<SourceEvidence>(Assert.Single(e.Evidences)).Url, StringComparison.Ordinal);
            // Kazakhstan declared independence on 16 December 1991: nothing earlier is its foreign relations.
            Assert.True(e.Date!.Value.Earliest >= new DateOnly(1991, 12, 16), e.Id);
        });
    }

    [Fact]
    public void Kazakhstan_EveryEventInvolvesKazakhstan_NoneMongolia()
    {
        Assert.Empty(Kb.Events.Where(e => e.Source.Code != "KAZ" && e.Target.Code != "KAZ").Select(e => e.Id));
        // Kazakh–Mongolian events live in mongolia.tsv only, so the shipped record never counts one twice.
        Assert.Empty(Kb.Events.Where(e => e.Source.Code == "MNG" || e.Target.Code == "MNG").Select(e => e.Id));
    }

    [Theory]
    [InlineData("SCO", EventKind.MembershipJoined, "2001-06-15")] // founding member, Shanghai
    [InlineData("EAEU", EventKind.TreatySigned, "2014-05-29")] // treaty signed in Astana
    [InlineData("EAEU", EventKind.MembershipJoined, "2015-01-01")]
    [InlineData("WTO", EventKind.MembershipJoined, "2015-11-30")] // 162nd member
    [InlineData("UN", EventKind.MembershipJoined, "1992-03-02")]
    public void Kazakhstan_RecordsTheMemberships(string organisation, EventKind kind, string date) =>
        Assert.Single(Kb.Events, e => e.Source.Code == "KAZ" && e.Target.Code == organisation && e.Kind == kind && e.Date == FuzzyDate.Parse(date));

    [Fact]
    public void Kazakhstan_XisNazarbayevUniversitySpeech_IsDatedToTheDay()
    {
        var speech = Assert.Single(Kb.Events, e => e.Source.Code == "CHN" && e.Target.Code == "KAZ" && e.Kind == EventKind.Statement && e.Date!.Value.Earliest.Year == 2013);
        Assert.Equal(FuzzyDate.OfDay(new DateOnly(2013, 9, 7)), speech.Date);
    }

    [Fact]
    public void Kazakhstan_VisitsGoBothWays() =>
        Assert.Multiple(
            () => Assert.Contains(Kb.Events, e => e.Cameo == "042" && e.Source.Code == "KAZ"),
            () => Assert.Contains(Kb.Events, e => e.Cameo == "042" && e.Target.Code == "KAZ"));

    [Fact]
    public void Shipped_IsEverySliceOnce_WithItsOwnVersion()
    {
        var shipped = KnowledgeBase.Shipped;
        Assert.Equal(KnowledgeBase.Mongolia.Events.Count + Kb.Events.Count, shipped.Events.Count);
        Assert.Equal(shipped.Events.Count, shipped.Events.Select(e => e.Id).Distinct().Count());
        Assert.NotEqual(KnowledgeBase.Mongolia.Version, shipped.Version);
    }

    [Fact]
    public void Merge_AnIdInTwoSlices_IsRefusedNamingIt()
    {
        var e = Assert.Throws<DataFileException>(() => KnowledgeBase.Merge([KnowledgeBase.Mongolia, KnowledgeBase.Mongolia]));
        Assert.Contains("is in two knowledge-base files", e.Errors[0].Message, StringComparison.Ordinal);
    }
}
