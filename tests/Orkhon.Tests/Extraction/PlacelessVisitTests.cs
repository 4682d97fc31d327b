using Orkhon.Domain;
using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// "…, at the end of a three-day visit", "after a two-day stay there", "On his first trip abroad, X met Y in Lima": a visit told
/// as an indefinite noun is the visitor's visit to the place the clause names, over the stay's days when they are told; never a
/// second event for a visit already coded, nor a visit that may happen. Sentences written for these tests.
/// </summary>
public sealed class PlacelessVisitTests
{
    // A Tuesday: "on Monday" is 4 March 2024.
    private static readonly DateOnly Published = new(2024, 3, 5);

    private static readonly CameoCode Visit = CameoCode.Parse("042");

    private static List<EventMention> Visits(string text) =>
        EventExtractor.Default.Extract(text, Published).FindAll(e => e.Cameo.IsIn(Visit));

    [Theory]
    [InlineData("Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on Monday, at the end of a three-day visit.", "2024-03-02/2024-03-04")]
    [InlineData("Chilean Foreign Minister Alberto van Klaveren signed a fisheries accord with Peru in Lima on Monday at the start of a two-day trip.", "2024-03-04/2024-03-05")]
    [InlineData("Chilean President Gabriel Boric, who arrived in Santiago on Monday from Peru after a three-day stay there, praised Lima's cooperation.", "2024-03-02/2024-03-04")]
    [InlineData("On his first trip abroad as president, Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on Monday.", "2024-03-04")]
    [InlineData("Chilean President Gabriel Boric announced the accord at the palace in Lima on Monday at the end of a four-day visit.", "2024-03-01/2024-03-04")]
    public void AnIndefiniteVisitNoun_IsTheVisitorsVisitToThePlaceTheClauseNames(string text, string days)
    {
        var visit = Assert.Single(Visits(text));
        Assert.Equal(("CHL", "PER"), (visit.Source.Code, visit.Target.Code));
        Assert.Equal(days, visit.Date?.ToString());
    }

    [Theory]
    // "the visit" names the one told before.
    [InlineData("Chilean President Gabriel Boric visited Lima on Monday. Boric met Peruvian President Dina Boluarte in Lima on Monday at the end of the visit.")]
    // The same visitor's visit to the same host is coded already.
    [InlineData("Chilean President Gabriel Boric visited Lima on Monday. Boric met Peruvian President Dina Boluarte in Lima on Tuesday, at the end of a two-day visit.")]
    public void AVisitAlreadyCoded_IsNotCodedAgain(string text) => Assert.Single(Visits(text));

    [Theory]
    // A planned visit has not happened.
    [InlineData("Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on Monday, ahead of a planned visit.")]
    // A meeting that may happen tells no visit done.
    [InlineData("Chilean President Gabriel Boric may meet Peruvian President Dina Boluarte in Lima next week at the end of a three-day visit.")]
    [InlineData("Chilean President Gabriel Boric did not sign the accord in Lima on Monday at the end of a three-day visit.")]
    // The place is the visitor's own state.
    [InlineData("Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Santiago on Monday during a state visit.")]
    // No place: a meeting does not say who visits whom.
    [InlineData("Chilean President Gabriel Boric met Peruvian President Dina Boluarte on Monday during a state visit.")]
    public void WithoutAVisitDoneToAnotherState_NoVisit(string text) =>
        Assert.DoesNotContain(Visits(text), e => e.LexiconEntry == "visit-placeless-noun");

    [Theory]
    // An opening visit adjunct that names a visit not yet made tells no visit, whatever the main clause does.
    [InlineData("During his planned visit to Lima next month, Chilean President Gabriel Boric will meet Peruvian President Dina Boluarte.")]
    [InlineData("During her upcoming trip to Lima, Chilean Foreign Minister Antonia Urrejola may sign a fisheries accord with Peru.")]
    [InlineData("On his postponed visit to Lima, Chilean President Gabriel Boric met Peruvian President Dina Boluarte.")]
    public void APlannedVisitAdjunct_TellsNoVisit(string text) => Assert.Empty(Visits(text));

    [Fact]
    public void AVisitAdjunctOfAVisitMade_StillTellsIt()
    {
        var visit = Assert.Single(Visits("During his visit to Lima on Monday, Chilean President Gabriel Boric met Peruvian President Dina Boluarte."));
        Assert.Equal(("CHL", "PER", "2024-03-04"), (visit.Source.Code, visit.Target.Code, visit.Date?.ToString()));
    }
}
