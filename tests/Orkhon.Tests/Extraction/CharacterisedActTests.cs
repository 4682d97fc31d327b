using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// "…, in what Manila described as a provocation": naming a hostile act just told as a wrong accuses its author
/// (<see cref="CharacterisedActs"/>); a noun that names no wrong, or no hostile act before it, gives nothing.
/// </summary>
public sealed class CharacterisedActTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Theory]
    [InlineData("Chinese coast guard ships fired water cannon at a Philippine vessel on 5 August 2023, in what Manila described as a dangerous provocation.", "PHL", "CHN")]
    [InlineData("Azerbaijani forces shelled Armenian positions on 13 September 2022, in what Yerevan called an unprovoked act of aggression.", "ARM", "AZE")]
    public void NamingAHostileActAsAWrong_AccusesItsAuthor(string text, string source, string target)
    {
        var accusation = Assert.Single(Extract(text), e => e.Cameo.Value.StartsWith("11", StringComparison.Ordinal));
        Assert.Equal((source, target), (accusation.Source.Code, accusation.Target.Code));
        Assert.NotNull(accusation.Date);
    }

    [Theory]
    [InlineData("Modi visited Moscow in July 2024, in what Washington called a historic visit.")]
    [InlineData("Modi visited Moscow in July 2024, in what Washington called an attack on its policy.")]
    [InlineData("Azerbaijani forces shelled Armenian positions on 13 September 2022, in what Yerevan called a turning point.")]
    public void NoWrongOrNoHostileAct_GivesNoAccusation(string text) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.Value == "112");
}
