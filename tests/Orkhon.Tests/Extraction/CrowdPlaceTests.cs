using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A crowd with no nationality is of the place where it protests, "in the Libyan capital" as well as "in Tripoli"; a place
/// told for a later act ("following a trial in Oslo") is not the crowd's. Sentences written for these tests.
/// </summary>
public sealed class CrowdPlaceTests
{
    private static readonly DateOnly Published = new(2024, 7, 2);

    private static readonly Orkhon.Domain.CameoCode Protest = Orkhon.Domain.CameoCode.Parse("14");

    [Fact]
    public void ACrowdInANationalitysCapital_IsOfThatState()
    {
        var events = EventExtractor.Default.Extract(
            "Norway closed its mission in 2021 after protesters stormed its embassy in the Libyan capital following a trial in Norway.", Published);
        Assert.DoesNotContain(events, e => e.Cameo.IsIn(Protest) && e.Source.Code == "NOR");
    }

    [Fact]
    public void ACrowdInANamedCity_StaysOfThatState() =>
        Assert.Contains(EventExtractor.Default.Extract("Protesters stormed the Danish embassy in Tehran on Monday.", Published),
            e => e.Cameo.IsIn(Protest) && e.Source.Code == "IRN" && e.Target.Code == "DNK");
}
