using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// <c>ReportedBlame</c>, in sentences of our own: a speaker who says another party was behind, to blame for or responsible for a
/// hostile act accuses it (112); with the hard negatives (a denial, the speaker's own claim, "behind schedule", a duty rather
/// than a blame, a speaker that is no party, a denier reported by another).
/// </summary>
public sealed class ReportedBlameTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Theory]
    [InlineData("Russia said Ukraine was behind the attack on the Crimean bridge.", "RUS", "UKR")]
    [InlineData("Armenia said Azerbaijan was to blame for the clashes.", "ARM", "AZE")]
    [InlineData("Israel said Hamas bore full responsibility for the attack.", "ISR", "PSE")]
    [InlineData("The Pentagon said Iran was responsible for the drone strikes on US bases.", "USA", "IRN")]
    [InlineData("Pakistan said India was behind the bombing in Quetta.", "PAK", "IND")]
    public void SpeakerBlamesAnother_Accuses(string text, string source, string target) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value == "112");

    [Theory]
    [InlineData("Russia said Ukraine was not behind the attack.")]
    [InlineData("Hamas said it was behind the attack on Israel.")]
    [InlineData("Mongolia said Russia was behind schedule on the pipeline.")]
    [InlineData("Japan said China was responsible for security at the venue.")]
    [InlineData("Analysts said Russia was behind the attack.")]
    [InlineData("Russia denied it was behind the attack, Ukraine said.")]
    public void NoBlameOfAnother_GivesNoAccusation(string text) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.Value.StartsWith("11", StringComparison.Ordinal));
}
