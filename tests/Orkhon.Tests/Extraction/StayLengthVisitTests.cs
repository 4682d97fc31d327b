using Orkhon.Domain;
using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// "spent only a few hours in Lima", "made a stop of a few hours in Lima": a stay told by its length in a place is a visit to the
/// place's state (the corpus README's visit family: "made a stop in"), from the lexicon rows <c>p38-visit-spend-hours</c> and
/// <c>p38-visit-n-stop-of</c>. Hours, days and nights only; days in custody, a stay at home and a stay still planned are no visit.
/// Sentences written for these tests.
/// </summary>
public sealed class StayLengthVisitTests
{
    // A Thursday: "on Sunday" is 1 June 2025.
    private static readonly DateOnly Published = new(2025, 6, 5);

    private static readonly CameoCode Visit = CameoCode.Parse("042");

    private static List<EventMention> Visits(string text) =>
        EventExtractor.Default.Extract(text, Published).FindAll(e => e.Cameo.IsIn(Visit));

    [Theory]
    [InlineData("Chile's foreign minister spent only a few hours in Lima on Sunday.")]
    [InlineData("Chile's foreign minister spent two days in Peru on Sunday and Monday, meeting farmers.")]
    [InlineData("Chile's foreign minister made a stop of a few hours in Lima on Sunday.")]
    public void AStayToldByItsLength_IsAVisitToThePlacesState(string text)
    {
        var visit = Assert.Single(Visits(text));
        Assert.Equal(("CHL", "PER"), (visit.Source.Code, visit.Target.Code));
    }

    [Theory]
    // Days in custody are no visit.
    [InlineData("Chile's foreign minister spent five days in Argentine custody last year.")]
    // A stay in one's own capital is no visit.
    [InlineData("Chile's president spent two days in Santiago on Sunday.")]
    // Years lived abroad are no visit.
    [InlineData("Chile's ambassador spent ten years in Lima before his posting to Quito.")]
    public void DaysInCustodyAtHomeOrYearsAbroad_AreNoVisit(string text) =>
        Assert.Empty(Visits(text));

    [Fact]
    public void AStayStillPlanned_IsNoVisitMade() =>
        Assert.Empty(Visits("Chile's foreign minister will spend two days in Lima next week."));
}
