using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A party that says an earlier act broke a rule ("said the move violated…") criticises whoever did that act
/// (<see cref="UnlawfulActClaims"/>); with no such act coded, nothing is guessed.
/// </summary>
public sealed class UnlawfulActClaimTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Theory]
    [InlineData("Russia raised tariffs on Kazakh grain on 6 May 2024. Astana said on 7 May 2024 that the decision breached the rules of the customs union.", "KAZ", "RUS")]
    [InlineData("China imposed new fees on Kazakh lorries on 6 May 2024. Kazakhstan said the measures violated a bilateral transport agreement.", "KAZ", "CHN")]
    public void SayingAnActBrokeARule_CriticisesItsAuthor(string text, string source, string target) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value == "111");

    [Fact]
    public void NoCodedAct_GivesNoCriticism() =>
        Assert.DoesNotContain(Extract("Prices rose in May 2024. Kazakhstan said the decision violated a bilateral transport agreement."), e => e.Cameo.Value == "111");

    [Fact]
    public void ANounThatNamesNoAct_GivesNoCriticism() =>
        Assert.DoesNotContain(Extract("China imposed new fees on Kazakh lorries on 6 May 2024. Kazakhstan said the lorries violated no rule."), e => e.Cameo.Value == "111");

    [Fact]
    public void AVerbThatBreaksNoRule_GivesNoCriticism() =>
        Assert.DoesNotContain(Extract("China imposed new fees on Kazakh lorries on 6 May 2024. Kazakhstan said the measures affected its exporters."), e => e.Cameo.Value == "111");
}
