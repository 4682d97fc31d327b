using Orkhon.Domain;
using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// "LIMA, March 5 (Reuters) - … ended a three-day state visit on Monday", "Chile is back in Lima. …, on a state visit, …": a
/// visit told with no place in a sentence that names none is a visit to the dateline's state, else to the one state the earlier
/// sentences name as a place (<c>ContextVisitHosts</c>); never for a visitor of that state, a sentence naming another place or
/// a third state, or earlier sentences naming places of two states. Sentences written for these tests.
/// </summary>
public sealed class ContextVisitHostTests
{
    // A Tuesday: "on Monday" is 4 March 2024.
    private static readonly DateOnly Published = new(2024, 3, 5);

    private static readonly CameoCode Visit = CameoCode.Parse("042");

    private static List<EventMention> Visits(string text) =>
        EventExtractor.Default.Extract(text, Published).FindAll(e => e.Cameo.IsIn(Visit));

    [Theory]
    [InlineData("LIMA, March 5 (Reuters) - Chilean President Gabriel Boric ended a three-day state visit on Monday.", "2024-03-02/2024-03-04")]
    [InlineData("LIMA, March 5 (Reuters) - Chilean President Gabriel Boric began a two-day official visit on Monday.", "2024-03-04/2024-03-05")]
    [InlineData("LIMA, March 5 (Reuters) - Chilean President Gabriel Boric, on a state visit, opened a trade fair on Monday.", "2024-03-04")]
    [InlineData("LIMA, March 5 (Reuters) - Chilean President Gabriel Boric met his Peruvian counterpart on Monday, the second day of a three-day visit.", "2024-03-03/2024-03-05")]
    [InlineData("Chile is back in Lima. Chilean President Gabriel Boric, on a state visit, opened a new consulate on Monday.", "2024-03-04")]
    public void AVisitWithNoPlace_IsToTheDatelinesStateElseTheEarlierPlace(string text, string days)
    {
        var visit = Assert.Single(Visits(text));
        Assert.Equal(("CHL", "PER"), (visit.Source.Code, visit.Target.Code));
        Assert.Equal(days, visit.Date?.ToString());
    }

    [Theory]
    // The visitor is of the dateline's state: a story filed at home about a trip abroad.
    [InlineData("SANTIAGO, March 5 (Reuters) - Chilean President Gabriel Boric ended a three-day state visit on Monday.")]
    // The dateline is only the bureau: the sentence names the place of the visit.
    [InlineData("LIMA, March 5 (Reuters) - Chilean President Gabriel Boric, on a state visit, met Argentina's president in Buenos Aires on Monday.")]
    // The sentence names a third state: the visit may be to it.
    [InlineData("LIMA, March 5 (Reuters) - Chilean President Gabriel Boric, on a state visit, praised Bolivia's president on Monday.")]
    // Two candidate states before: no one host.
    [InlineData("Chile's trade minister was in Lima and Quito last week. Chilean President Gabriel Boric, on a state visit, opened a consulate on Monday.")]
    // No dateline and nothing before.
    [InlineData("Chilean President Gabriel Boric ended a three-day state visit on Monday.")]
    public void WithoutOneHostToldApart_NoPlacelessVisit(string text) =>
        Assert.DoesNotContain(Visits(text), e => e.LexiconEntry == "visit-placeless-noun");

    [Fact]
    public void ThePlaceLeftAtTheEndOfAVisit_IsItsHost()
    {
        var visit = Assert.Single(Visits("Chilean President Gabriel Boric left Lima on Tuesday at the end of a three-day state visit."));
        Assert.Equal(("CHL", "PER", "2024-03-03/2024-03-05"), (visit.Source.Code, visit.Target.Code, visit.Date?.ToString()));
    }

    [Theory]
    // The place left is the visitor's own capital.
    [InlineData("Chilean President Gabriel Boric left Santiago on Monday at the start of a three-day trip.")]
    // A visit that names its own place belongs to the lexicon, whose visitor it reads; the verbs of a stay add nothing.
    [InlineData("Chilean President Gabriel Boric paid a three-day state visit to Lima in May. Peru's mines drew Chilean firms.")]
    public void NoPlacelessVisitFromTheVerbsOfAStay(string text) =>
        Assert.DoesNotContain(Visits(text), e => e.LexiconEntry == "visit-placeless-noun");

    [Fact]
    public void AnAgreementUnderABureausDateline_IsNoVisit() =>
        Assert.Empty(Visits("MOSCOW, March 5 (Reuters) - China and India agreed on Monday to resume border talks."));
}
