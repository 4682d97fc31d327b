using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A floating "all" between a plural auxiliary and its verb ("are all attending", "have all signed", "were all expelled") leaves
/// the verb an act, as a floating "both" already did; "all" before a noun ("warned against all travel", "all visits were
/// cancelled") still makes it a noun. Sentences of our own.
/// </summary>
public sealed class FloatingAllTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, new DateOnly(2024, 5, 10));

    [Theory]
    [InlineData("Kazakhstan, Uzbekistan and Kyrgyzstan have all signed the water deal with Tajikistan.", "TJK")]
    [InlineData("Poland, Latvia and Lithuania have all condemned Belarus over the border incidents.", "BLR")]
    [InlineData("France, Germany and Italy were all visiting Beijing when the talks began.", "CHN")]
    public void FloatingAllAfterAnAuxiliary_LeavesTheVerbAnAct(string text, string target) =>
        Assert.Contains(Extract(text), e => e.Target.Code == target);

    [Theory]
    [InlineData("Britain warned its citizens against all travel to Iran.")]
    [InlineData("Officials said all visits to the border area were suspended for the holiday.")]
    public void AllBeforeANoun_GivesNoEvent(string text) =>
        Assert.Empty(Extract(text));
}
