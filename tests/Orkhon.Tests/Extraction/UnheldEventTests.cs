using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// An event noun whose own clause says it did not happen ("will not go ahead", "did not take place", "never materialised",
/// "fell through", "was put off") tells no event, past its own phrase and a relative clause set off by commas. A statement
/// told after the noun in another clause, or an event that did happen, keeps its event. Branch p27-precision4; the
/// sentences are our own.
/// </summary>
public sealed class UnheldEventTests
{
    private static string[] Coded(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2025, 1, 1)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    // Hard negatives: the event did not happen.
    [Theory]
    [InlineData("The Chinese premier's visit to Canberra, which would have been the first in seven years, will not go ahead, officials said.")] // agency, a relative clause
    [InlineData("A summit between Kazakhstan and Uzbekistan planned for March did not take place.")]                  // newspaper
    [InlineData("Modi's long-promised trip to Islamabad never materialised.")]                                          // "never"
    [InlineData("The French president's visit to Algiers fell through at the last minute.")]                           // "fell through"
    [InlineData("Lavrov's trip to Tokyo has been put off until the autumn, the Japanese foreign ministry said.")]      // "put off"
    [InlineData("Talks between Serbia and Kosovo in Brussels will not now go ahead this week.")]                       // an adverb among the auxiliaries
    public void Extract_EventSaidNotToHappen_GivesNoEvent(string text) =>
        Assert.Empty(Coded(text));

    // Events that did happen, or a denial told in another clause: the event stays.
    [Theory]
    [InlineData("Putin's visit to Pyongyang went ahead on Wednesday despite Western criticism.", "RUS>PRK 042")]
    [InlineData("Blinken's visit to Beijing took place on Sunday, the State Department said.", "USA>CHN 042")]
    [InlineData("Erdogan met Putin in Sochi on Monday.", "TUR>RUS 040")]
    public void Extract_EventThatHappened_KeepsTheEvent(string text, string expected) =>
        Assert.Contains(expected, Coded(text));
}
