using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// "Germany condemned the attack in a statement on Tuesday": "in a statement", "in an interview" after a definite act noun
/// tells how the stance was made known, not whose act it was, so the stance still answers the act's author
/// (<see cref="ActAuthors"/>). Sentences of our own; the extractor of main 5852662 coded no target for them.
/// </summary>
public sealed class StanceMannerAdjunctTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, new DateOnly(2024, 5, 10));

    [Theory]
    [InlineData("Russian forces shelled Kharkiv on Monday. Germany condemned the attack in a statement on Tuesday.", "DEU", "RUS")]
    [InlineData("Israeli jets struck a village in southern Lebanon on Thursday. Jordan denounced the strike in an interview on Friday.", "JOR", "ISR")]
    public void StanceInAStatement_AnswersTheActsAuthor(string text, string source, string target) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value.StartsWith("11", StringComparison.Ordinal));

    [Theory]
    // Hard negative: no act was told, so no author is guessed.
    [InlineData("Germany condemned the attack in a statement.")]
    public void StanceWithNoActTold_GivesNoEvent(string text) =>
        Assert.Empty(Extract(text));
}
