using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A document that joins several agency stories ("… \n\nMOSCOW, Dec 5 (Reuters) - …") starts a new story at each dateline after
/// the first: a reaction, a denial or "the two sides" there takes no party from the acts the story before told
/// (<see cref="Orkhon.Extraction.Mentions.MentionContext.ForgetEarlierActs"/>); within one story they still do.
/// </summary>
public sealed class StoryChangeTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, new DateOnly(2025, 3, 10));

    [Theory]
    // A threat with no one named answers the last act against the one threatening.
    [InlineData("TEL AVIV, March 8 (Reuters) - Israel struck targets inside Iran on Saturday, the military said.\n\nBEIJING, March 9 (Xinhua) - Tehran promised a response on Sunday.", "IRN", "ISR")]
    // A denial answers the accusers.
    [InlineData("BAKU, March 3 (AFP) - Azerbaijan accused Armenia of shelling its positions.\n\nLONDON, March 4 (Reuters) - Armenia's ministry denied the claim.", "ARM", "AZE")]
    // "The two sides" are the pair of the last joint act.
    [InlineData("JAKARTA, March 8 (Reuters) - Indonesia's president held talks with China's president in Beijing.\n\nNEW DELHI, March 9 (PTI) - The two sides signed six agreements.", "IDN", "CHN")]
    // A criticism of "the strikes" answers the strikers.
    [InlineData("KYIV, March 2 (AP) - Russian warplanes bombed a market in Kharkiv on Sunday.\n\nANKARA, March 3 (Anadolu) - Turkey condemned the strikes.", "TUR", "RUS")]
    // A reply in kind repeats the act against the one who did it.
    [InlineData("BAKU, March 4 (AFP) - Azerbaijan expelled two French diplomats on Tuesday.\n\nPARIS, March 5 (Reuters) - France responded in kind.", "FRA", "AZE")]
    public void ReactionAfterANewDateline_TakesNoPartyFromTheStoryBefore(string text, string source, string earlierParty) =>
        Assert.DoesNotContain(Extract(text), e => e.Source.Code == source && e.Target.Code == earlierParty && e.SentenceStart > text.IndexOf('\n', StringComparison.Ordinal));

    [Fact]
    public void ReactionWithinOneStory_StillAnswersTheAct() =>
        Assert.Contains(Extract("TEL AVIV, March 8 (Reuters) - Israel struck targets inside Iran on Saturday, the military said.\n\nTehran promised a response on Sunday."),
            e => e.Source.Code == "IRN" && e.Target.Code == "ISR" && e.Cameo.RootNumber == 13);
}
