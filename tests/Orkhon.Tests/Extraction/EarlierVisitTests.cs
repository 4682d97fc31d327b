using Orkhon.Domain;
using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// "…, the first visit by a Brazilian leader since his predecessor came in 2011": a visit ranked against an earlier one tells that
/// earlier visit too, of the same side to the same host, on the date of the "since" clause. Sentences written for these tests.
/// </summary>
public sealed class EarlierVisitTests
{
    private static readonly DateOnly Published = new(2024, 3, 5);

    private static readonly CameoCode Visit = CameoCode.Parse("042");

    private static List<EventMention> Visits(string text) =>
        EventExtractor.Default.Extract(text, Published).FindAll(e => e.Cameo.IsIn(Visit) && e.Source.Code == "BRA" && e.Target.Code == "ARG");

    [Theory]
    [InlineData("Brazil's president arrived in Buenos Aires on Monday, the first visit by a Brazilian head of state since his predecessor came in 2011.")]
    [InlineData("Brazil's foreign minister arrived in Argentina on Monday, the most senior Brazilian official to travel there since a minister's trip in 2011.")]
    public void TheRankedVisit_TellsTheEarlierOne(string text)
    {
        var visits = Visits(text);
        Assert.Contains(visits, e => e.Date?.ToString() == "2024-03-04");
        Assert.Contains(visits, e => e.Date?.ToString() == "2011");
    }

    [Theory]
    // No ranking: "since" only tells when something else began.
    [InlineData("Brazil's president arrived in Buenos Aires on Monday; trade has doubled since the president came in 2011.")]
    // The "since" clause tells no visit.
    [InlineData("Brazil's president arrived in Buenos Aires on Monday, the first such trip since the two signed a treaty in 2011.")]
    // The earlier visitor is of another side.
    [InlineData("Brazil's president arrived in Buenos Aires on Monday, the first visit by a foreign leader since Chile's president came in 2011.")]
    // "since 2011" dates a span, it tells no earlier visit.
    [InlineData("Brazil's president arrived in Buenos Aires on Monday, the first visit by a Brazilian leader since 2011.")]
    // The "since" clause gives no date of its own.
    [InlineData("Brazil's president arrived in Buenos Aires on Monday, the first visit by a Brazilian leader since the crisis came.")]
    public void WithoutARankedDatedVisitOfTheSameSide_NoEarlierVisit(string text) =>
        Assert.DoesNotContain(Visits(text), e => e.Date?.ToString() == "2011");
}
