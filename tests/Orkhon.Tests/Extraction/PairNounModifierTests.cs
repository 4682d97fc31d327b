using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// "the two former Soviet republics", "both nuclear-armed neighbours": a reference back to two parties may carry a few modifiers
/// before its pair noun (<c>MentionFinder.PairNounAfter</c>); a conjunction or a verb among them ends the search.
/// </summary>
public sealed class PairNounModifierTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Theory]
    [InlineData("Armenia and Azerbaijan exchanged fire on 3 May 2021. Iran urged the two former Soviet republics to show restraint.", "IRN", "ARM", "AZE")]
    [InlineData("India and Pakistan exchanged fire on 3 May 2021. China urged both nuclear-armed neighbours to show restraint.", "CHN", "IND", "PAK")]
    [InlineData("Morocco and Spain held talks in Rabat on 3 May 2021. France praised the two North African and European kingdoms.", "FRA", null, null)]
    public void ModifiedPairNoun_IsTheTwoPartiesNamedBefore(string text, string source, string? first, string? second)
    {
        var events = Extract(text).Where(e => e.Source.Code == source).Select(e => e.Target.Code).ToList();
        if (first is null)
        {
            // "and" among the modifiers: no pair noun is read, so the two kingdoms are not taken from before.
            Assert.DoesNotContain("MAR", events);
            return;
        }

        Assert.Contains(first, events);
        Assert.Contains(second!, events);
    }

    [Fact]
    public void TooManyModifiers_ReadNoPair() =>
        Assert.DoesNotContain(Extract("India and Pakistan exchanged fire on 3 May 2021. China urged the two large proud ancient neighbours to show restraint."),
            e => e.Source.Code == "CHN");
}
