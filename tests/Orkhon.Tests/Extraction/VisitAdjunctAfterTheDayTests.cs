using Orkhon.Domain;
using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A visit told as an adjunct of a meeting that follows the clause's day ("met X in Washington on Friday on her first trip
/// abroad", "held talks … on Tuesday on the second day of a three-day visit to Japan") and a visit "to the country's capital"
/// under a capital's dateline are the visitor's visit (042) besides the meeting; no visit when no act stands before the
/// adjunct, or when the visit is planned. Sentences written for these tests.
/// </summary>
public sealed class VisitAdjunctAfterTheDayTests
{
    // A Tuesday: "on Monday" is 4 March 2024.
    private static readonly DateOnly Published = new(2024, 3, 5);

    private static readonly CameoCode Visit = CameoCode.Parse("042");

    private static List<EventMention> Events(string text) => EventExtractor.Default.Extract(text, Published);

    private static List<EventMention> Visits(string text) => Events(text).FindAll(e => e.Cameo.IsIn(Visit));

    [Theory]
    [InlineData("Vietnamese Prime Minister Pham Minh Chinh held talks with Japanese Prime Minister Fumio Kishida in Tokyo on Monday on the second day of a three-day visit to Japan.", "VNM", "JPN", "2024-03-03/2024-03-05")]
    [InlineData("Italian Prime Minister Giorgia Meloni met U.S. President Joe Biden in Washington on Monday on her first trip abroad since taking office.", "ITA", "USA", "2024-03-04")]
    [InlineData("Kenyan President William Ruto met Canadian Prime Minister Justin Trudeau in Ottawa on Monday on the last day of a four-day visit to Canada.", "KEN", "CAN", "2024-03-01/2024-03-04")]
    public void AVisitAdjunctAfterTheDay_IsTheVisitorsVisit(string text, string visitor, string host, string days)
    {
        var events = Events(text);
        var visit = Assert.Single(events, e => e.Cameo.IsIn(Visit));
        Assert.Equal((visitor, host, days), (visit.Source.Code, visit.Target.Code, visit.Date?.ToString()));
        // The meeting stays beside it.
        Assert.Contains(events, e => e.Cameo.Value == "040");
    }

    [Fact]
    public void AVisitToTheCountrysCapital_UnderItsDateline_IsAVisitToThatState()
    {
        var visit = Assert.Single(Visits(
            "HANOI, March 4 (AP) - Japanese Foreign Minister Yoko Kamikawa praised Vietnam on Monday as a pillar of regional stability, during a brief visit to the country's capital."));
        Assert.Equal(("JPN", "VNM"), (visit.Source.Code, visit.Target.Code));
    }

    [Theory]
    // No act before the adjunct: agreeing on a visit is not making one.
    [InlineData("Chilean President Gabriel Boric agreed on Monday on a visit to Lima next year.")]
    // A planned trip after the day has not happened.
    [InlineData("Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Santiago on Monday ahead of a planned trip to Lima.")]
    // The place is the visitor's own state: no guess at who travelled.
    [InlineData("Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Santiago on Monday on his first trip abroad.")]
    public void WithoutAVisitDoneAfterAnAct_NoVisit(string text) =>
        Assert.DoesNotContain(Visits(text), e => e.LexiconEntry == "visit-placeless-noun");

    [Fact]
    public void AVisitOfAPronounNamingItsPlace_StaysThePronounsVisit()
    {
        // "his visit to Ulaanbaatar" is Putin's (the lexicon's reading), never the court's that criticised the host.
        var events = Events("The International Criminal Court criticised Mongolia in October for failing to arrest Russian President Vladimir Putin during his visit to Ulaanbaatar in September.");
        Assert.DoesNotContain(events, e => e.Cameo.IsIn(Visit) && e.Source.Code == "ICC");
    }
}
