using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A trip whose traveller turned back on the way never reached its host: "cut short his trip to Hungary, turning his plane
/// back" gives no visit (<see cref="UnrealisedActs.IsTurnedBack"/>, the class <c>turn-back</c> of
/// <c>data/lexicon/modality-cues.tsv</c>). Each phrasing has a twin in which the traveller got there (a visit cut short but
/// made, a return home) or in which someone else turned back, and which must keep the visit. The sentences are our own.
/// </summary>
public sealed class TurnedBackTripTests
{
    private static readonly DateOnly Published = new(2024, 6, 12);

    private static string[] Events(string text) =>
        [.. EventExtractor.Default.Extract(text, Published).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("The Cuban president cut short his trip to Venezuela on Monday, turning his plane back to Havana after a storm.")]
    [InlineData("The Slovak president cut short his trip to Hungary on Friday and turned back to Bratislava when the floods began.")]
    [InlineData("Nepal's foreign minister cut short a trip to India on Monday, turning her plane back to Kathmandu.")]
    [InlineData("The Cuban president cut short his trip to Venezuela on Monday and turned back to Havana.")]
    public void ATripTurnedBack_GivesNoVisit(string text) =>
        Assert.DoesNotContain(Events(text), e => e.EndsWith(" 042", StringComparison.Ordinal));

    [Theory]
    [InlineData("The Cuban president cut short his trip to Venezuela on Monday, after a storm.", "CUB>VEN 042")]
    [InlineData("The Slovak president cut short his trip to Hungary on Friday and flew home to Bratislava when the floods began.", "SVK>HUN 042")]
    [InlineData("The Cuban president paid a visit to Venezuela on Monday, and officials said the rebels turned back.", "CUB>VEN 042")]
    [InlineData("The Cuban president made a visit to Venezuela on Monday and then flew back to Havana.", "CUB>VEN 042")]
    public void TheTwinThatArrived_KeepsItsVisit(string text, string expected) =>
        Assert.Contains(expected, Events(text));
}
