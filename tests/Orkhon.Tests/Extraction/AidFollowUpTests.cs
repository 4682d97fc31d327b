using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Aid given or pledged to no one named, right after another party's aid, goes where that aid went
/// (<c>CrossSentenceLinks.ReactionTarget</c>); with no aid told before, nothing is guessed.
/// </summary>
public sealed class AidFollowUpTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Theory]
    [InlineData("Japan sent tents and blankets to Nepal on 10 May 2024 after the floods. China has pledged $2 million in emergency aid.", "CHN", "033")]
    [InlineData("Japan sent tents and blankets to Nepal on 10 May 2024 after the floods. South Korea also sent humanitarian aid.", "KOR", "070")]
    public void AidWithoutRecipient_AfterAnothersAid_GoesToTheSameRecipient(string text, string source, string cameo) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == "NPL" && e.Cameo.Value.StartsWith(cameo, StringComparison.Ordinal));

    [Fact]
    public void AidWithoutRecipient_WithNoAidBefore_HasNoTarget() =>
        Assert.DoesNotContain(Extract("Japan's prime minister met Nepal's prime minister on 10 May 2024. South Korea also sent humanitarian aid."),
            e => e.Source.Code == "KOR");

    [Fact]
    public void TheRecipientItself_DoesNotGiveToItself() =>
        Assert.DoesNotContain(Extract("Japan sent tents and blankets to Nepal on 10 May 2024 after the floods. Nepal also sent humanitarian aid."),
            e => e.Source.Code == "NPL" && e.Target.Code == "NPL");
}
