using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// The noun "trip" names a visit only with its destination ("a trip to Hanoi"); "the trip" alone refers back to a
/// journey the story has already told, and is no fresh visit. Sentences written for these tests.
/// </summary>
public sealed class NominalTripTests
{
    private static readonly DateOnly Published = new(2024, 4, 11);

    private static readonly Orkhon.Domain.CameoCode Visit = Orkhon.Domain.CameoCode.Parse("042");

    [Fact]
    public void TheTripAlone_IsNoFreshVisit() =>
        Assert.DoesNotContain(
            EventExtractor.Default.Extract(
                "Chile's president will travel to Peru next month, his office said on Thursday. The trip comes after a dispute over fishing rights.",
                Published),
            e => e.Cameo.IsIn(Visit) && e.Source.Code == "CHL" && e.Target.Code == "PER"
                 && e.Sentence.StartsWith("The trip", StringComparison.Ordinal));

    [Fact]
    public void ATripToAPlace_StaysAVisit() =>
        Assert.Contains(
            EventExtractor.Default.Extract("Indonesian President Joko Widodo's trip to Canberra in February lasted two days.", Published),
            e => e.Cameo.IsIn(Visit) && e.Source.Code == "IDN" && e.Target.Code == "AUS");
}
