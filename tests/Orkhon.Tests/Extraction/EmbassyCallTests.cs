using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Going to a foreign embassy is a call on that state's mission, most often in the caller's own capital, not a trip to
/// the state that owns the embassy: "went to the Chinese embassy" is no visit to China. Sentences written for these
/// tests.
/// </summary>
public sealed class EmbassyCallTests
{
    private static readonly DateOnly Published = new(2024, 6, 5);

    private static readonly Orkhon.Domain.CameoCode Visit = Orkhon.Domain.CameoCode.Parse("042");

    [Theory]
    [InlineData("Thailand's prime minister went to the Japanese embassy in Bangkok on Tuesday to sign a book of condolences.", "THA", "JPN")]
    [InlineData("The Chilean foreign minister visited the Peruvian embassy in Santiago on Monday after the earthquake.", "CHL", "PER")]
    public void AVisitToAForeignEmbassy_IsNoVisitToItsState(string text, string source, string target) =>
        Assert.DoesNotContain(EventExtractor.Default.Extract(text, Published),
            e => e.Cameo.IsIn(Visit) && e.Source.Code == source && e.Target.Code == target);

    [Theory]
    [InlineData("Thailand's prime minister went to Tokyo on Tuesday for talks on trade.", "THA", "JPN")]
    [InlineData("The Chilean foreign minister visited Lima on Monday and later met Peru's president.", "CHL", "PER")]
    public void AVisitToAPlace_StaysAVisit(string text, string source, string target) =>
        Assert.Contains(EventExtractor.Default.Extract(text, Published),
            e => e.Cameo.IsIn(Visit) && e.Source.Code == source && e.Target.Code == target);
}
