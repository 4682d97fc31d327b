using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction.Lexicon;

/// <summary>
/// A phrase's head noun after its gap may be coordinated with one or two more words before the phrase goes on
/// (<see cref="Orkhon.Extraction.Lexicon.CompiledPhrase"/>): "a barrage of missiles and drones at Kyiv". Sentences written for
/// these tests.
/// </summary>
public sealed class CoordinatedHeadTests
{
    private static readonly DateOnly Published = new(2025, 6, 4);

    [Theory]
    [InlineData("Russian forces launched a barrage of missiles and drones at Kyiv on Tuesday.", "RUS", "UKR", "19")]
    [InlineData("Houthi rebels fired missiles and armed drones at Israel on Tuesday.", "YEM", "ISR", "19")]
    public void ACoordinatedHead_KeepsThePhraseGoing(string text, string source, string target, string root) =>
        Assert.Contains(EventExtractor.Default.Extract(text, Published), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value.StartsWith(root, StringComparison.Ordinal));

    [Fact]
    public void AnActorAfterTheConjunction_EndsTheHead() =>
        // "and Kyiv" is a second target, not more of the head: the phrase still needs its own "at".
        Assert.DoesNotContain(EventExtractor.Default.Extract("Russia displayed missiles and Ukraine drones at a fair in Dubai on Tuesday.", Published),
            e => e.Cameo.Value.StartsWith("19", StringComparison.Ordinal));
}
