using System.Collections.Frozen;
using Orkhon.Analysis;
using Orkhon.Analysis.Frameworks;
using static Orkhon.Tests.Analysis.AnalysisFixtures;

namespace Orkhon.Tests.Analysis;

/// <summary>The one definition of each event class, and the pillar filter's membership at the event's date.</summary>
public sealed class EventListingTests
{
    // Central Asia as a pillar only from 2023, as a framework adopted then would state it.
    private static PolicyFramework Dated => new("dated", "MNG", "Dated", null, null, null, null, "https://example.org",
    [
        new Pillar("neighbours", "Neighbours", null, null, new[] { "RUS", "CHN" }.ToFrozenSet(), ["RUS", "CHN"], null, null),
        new Pillar("central-asia", "Central Asia", null, null, new[] { "KAZ", "KGZ", "UZB" }.ToFrozenSet(), ["KAZ", "KGZ", "UZB"], new DateOnly(2023, 1, 1), null),
    ]);

    [Theory]
    [InlineData("KGZ", "MNG", "2024-05-01", "central-asia", true)]
    [InlineData("KGZ", "MNG", "2020-05-01", "central-asia", false)] // before the pillar existed
    [InlineData("KGZ", "MNG", "2020-05-01", "other", true)] // ... it is "other" then
    [InlineData("MNG", "KGZ", "2022-12", "central-asia", false)] // a month wholly before 2023
    [InlineData("MNG", "KGZ", "2022/2023", "central-asia", true)] // a span that reaches into 2023 overlaps the pillar
    [InlineData("MNG", "RUS", "1995", "neighbours", true)]
    [InlineData("KGZ", "RUS", "2024", "central-asia", false)] // MNG on neither side
    [InlineData("MNG", "MNG", "2024", "other", false)] // the country's own act has no partner and no pillar
    public void InPillar_MembershipAtTheEventsDate(string source, string target, string date, string pillar, bool expected) =>
        Assert.Equal(expected, EventListing.InPillar(E(source, target, date), new PillarScope(Dated, "MNG", pillar)));

    [Theory]
    [InlineData("042", null, EventClass.Visit, true)]
    [InlineData("043", null, EventClass.Visit, true)]
    [InlineData("040", null, EventClass.Visit, false)] // a consultation, not a visit
    [InlineData("057", null, EventClass.Agreement, true)]
    [InlineData("054", null, EventClass.Agreement, true)] // recognition counts as an agreement, as in the analyses
    [InlineData("051", "treaty_signed", EventClass.Agreement, true)] // the knowledge base's kind decides
    [InlineData("042", "agreement_signed", EventClass.Agreement, true)]
    [InlineData("036", null, EventClass.Agreement, false)]
    [InlineData("08", null, EventClass.Conflict, false)] // the last cooperation root
    [InlineData("09", null, EventClass.Conflict, true)] // the first verbal-conflict root
    [InlineData("193", null, EventClass.Conflict, true)]
    public void Matches_OneDefinitionPerClass(string cameo, string? kind, EventClass c, bool expected) =>
        Assert.Equal(expected, EventClasses.Matches(E("MNG", "KGZ", "2024", cameo, kind), c));

    [Theory]
    [InlineData("visit", EventClass.Visit)]
    [InlineData("Agreement", EventClass.Agreement)]
    [InlineData(" conflict ", EventClass.Conflict)]
    public void TryParse_Names(string text, EventClass expected)
    {
        Assert.True(EventClasses.TryParse(text, out var c));
        Assert.Equal(expected, c);
        Assert.Equal(expected.ToString().ToLowerInvariant(), EventClasses.Name(c));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("visits")]
    [InlineData("0")] // not an enum number
    public void TryParse_Refuses(string? text) => Assert.False(EventClasses.TryParse(text, out _));

    [Fact]
    public void Resolve_DefaultFrameworkOfTheActor_AndItsProblems()
    {
        var catalog = new FrameworkCatalog([Dated]);
        Assert.Null(PillarScope.Resolve("MNG", "central-asia", null, out var scope, catalog));
        Assert.Equal("dated", scope!.Framework.Id);
        Assert.Equal("pillar", PillarScope.Resolve(null, "central-asia", null, out _, catalog)!.Parameter);
        Assert.Equal("actor", PillarScope.Resolve("KGZ", "central-asia", null, out _, catalog)!.Parameter);
        Assert.Equal("framework", PillarScope.Resolve("MNG", "central-asia", "nope", out _, catalog)!.Parameter);
        Assert.Equal("framework", PillarScope.Resolve("MNG", null, "dated", out _, catalog)!.Parameter);
        Assert.Null(PillarScope.Resolve("MNG", null, null, out var none, catalog));
        Assert.Null(none);
    }
}
