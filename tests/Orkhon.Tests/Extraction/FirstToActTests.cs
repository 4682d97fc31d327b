using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// "the first holder of that office to visit": an ordinal before the infinitive tells of an act done, and a "that" after "of"
/// points at a noun ("of that office", "of that rank"), it opens no clause. The sentences are our own.
/// </summary>
public sealed class FirstToActTests
{
    private static string[] Coded(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 5, 6)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("Rajnath Singh became the first holder of that office to visit Mongolia on Tuesday.", "IND>MNG 042")]
    [InlineData("Lammy on Friday became the first British minister of that rank to travel to Kabul since 2021.", "GBR>AFG 042")]
    [InlineData("Ruto was the first Kenyan leader of that generation to visit Beijing, state media said.", "KEN>CHN 042")]
    [InlineData("Mongolia's defence minister, the first holder of that post to visit Seoul, arrived on Monday.", "MNG>KOR 042")]
    [InlineData("Pakistan's army chief became the first officer of that rank to visit Kabul in a decade.", "PAK>AFG 042")]
    public void Extract_FirstOfThatOfficeTo_IsDone(string text, string expected) => Assert.Contains(expected, Coded(text));

    // Hard negatives: "that" opening a clause between the ordinal and the infinitive, and a first that would have been.
    [Theory]
    [InlineData("It was the first sign that Japan was ready to visit Pyongyang.", "JPN>PRK 042")]
    [InlineData("Macron would have been the first holder of that office to visit Mongolia.", "FRA>MNG 042")]
    public void Extract_FirstToNotDone_GivesNoVisit(string text, string unexpected) => Assert.DoesNotContain(unexpected, Coded(text));
}
