using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// An observer seat told with a noun after "observer" ("became an observer state of the SCO", "an observer country in")
/// is a joining, 057, as "became an observer of" and "became a participating state of" are (row p41-join-observer-state
/// of <c>data/lexicon/events.tsv</c>). "an observer to the talks" joins no body. Sentences of our own.
/// </summary>
public sealed class ObserverStateJoiningTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, new DateOnly(2024, 5, 10));

    [Theory]
    [InlineData("Turkmenistan became an observer state of the Organization of Turkic States in November 2021.", "TKM", "OTS")]
    [InlineData("Hungary became the first observer state of the Organization of Turkic States in 2018.", "HUN", "OTS")]
    [InlineData("Belarus became an observer country in the Shanghai Cooperation Organisation in 2015.", "BLR", "SCO")]
    public void ObserverSeatWithItsNoun_IsAJoining(string text, string member, string body) =>
        Assert.Contains(Extract(text), e => e.Source.Code == member && e.Target.Code == body && e.Cameo.Value == "057");

    [Fact]
    public void ObserverToTalks_JoinsNoBody() =>
        Assert.DoesNotContain(Extract("Kazakhstan became an observer to the talks in Astana in 2017."), e => e.Cameo.Value == "057");
}
