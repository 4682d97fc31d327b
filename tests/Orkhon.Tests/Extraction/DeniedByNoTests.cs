using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// "no" as a denial (issue 9): inside a phrase ("held no talks") or opening an event noun's own phrase ("no Russian
/// strikes"), it says the act did not take place; elsewhere in the sentence it leaves the act alone. The sentences are our own.
/// </summary>
public sealed class DeniedByNoTests
{
    private static string[] Coded(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 9, 5)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    // Hard negatives: no event.
    [Theory]
    [InlineData("Hungary's prime minister held no talks with the Biden administration.")]
    [InlineData("The Slovak leader held no formal talks with Kyiv during the trip.")]
    [InlineData("There were no Russian strikes on Kyiv on Monday.")]
    public void Extract_ActDeniedByNo_GivesNoEvent(string text) => Assert.Empty(Coded(text));

    // "no" outside the phrase's own words denies nothing of it.
    [Theory]
    [InlineData("Putin held talks with Xi on Monday, and no agreement was reached.", "RUS>CHN 040")]
    [InlineData("Japan held talks with China on Monday after no progress in earlier rounds.", "JPN>CHN 040")]
    public void Extract_NoOutsideThePhrase_KeepsTheAct(string text, string expected) => Assert.Contains(expected, Coded(text));
}
