using Orkhon.Extraction;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A company's craft that flies, lands or arrives ("an Aeroflot plane flew to Havana", "a Turkish Airlines flight landed in
/// Kabul") makes no visit: the company's name modifies the craft, which travels (CarrierTrips, the
/// <see cref="ExtractionGuards.CarrierTrips"/> switch, <c>cargo-vehicle</c> of <c>data/lexicon/clause-words.tsv</c>). Twins: a
/// company's people, a state's military planes and an airline acted on keep their events. The sentences are our own.
/// </summary>
public sealed class CarrierTripTests
{
    private static string[] Coded(string text, ExtractionOptions? options = null) =>
        [.. new EventExtractor(new SentenceExtractor(EventLexicon.Default, MentionFinder.Default, ReferenceData.Default, options ?? ExtractionOptions.Default))
            .Extract(text, new DateOnly(2025, 3, 4)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("An Aeroflot plane flew to Havana on Friday.")]
    [InlineData("A Turkish Airlines flight landed in Kabul on Monday after a bomb threat.")]
    [InlineData("A Boeing jet operated by Qatar Airways landed in Tehran on Monday.")]
    [InlineData("A Maersk vessel arrived in Port Sudan on Sunday.")]
    [InlineData("A Singapore Airlines flight landed in Manila on Thursday.")]
    [InlineData("An Air India plane carrying pilgrims landed in Jeddah on Friday.")]
    public void Extract_CompanysCraftTravelling_GivesNoVisit(string text) => Assert.Empty(Coded(text));

    // Twins: a company's people travel, a state's own planes are no company's, and an airline acted on stays a target.
    [Theory]
    [InlineData("Samsung's chairman flew to Hanoi on Monday.", "KOR>VNM 042")]
    [InlineData("Russian military planes landed in Caracas on Monday.", "RUS>VEN 042")]
    [InlineData("Singapore's prime minister flew to Manila on Thursday.", "SGP>PHL 042")]
    [InlineData("Belarus forced a Ryanair flight to land in Minsk on Sunday.", "BLR>IRL 181")]
    public void Extract_PeopleStateCraftOrAirlineActedOn_KeepsItsEvent(string text, string expected) => Assert.Contains(expected, Coded(text));

    [Fact]
    public void Extract_SwitchedOff_LetsTheCraftsTripThrough()
    {
        var off = ExtractionOptions.Default with { Guards = ExtractionGuards.All & ~ExtractionGuards.CarrierTrips };
        Assert.Contains("RUS>CUB 042", Coded("An Aeroflot plane flew to Havana on Friday.", off));
    }
}
