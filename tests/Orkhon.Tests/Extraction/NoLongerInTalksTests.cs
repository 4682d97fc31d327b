using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A party that says it will no longer, or never again, take part in talks with another halts negotiations (164, lexicon rows
/// <c>p41-halt-no-longer-take-part-talks</c> and <c>p41-halt-never-again-take-part-talks</c>, branch <c>p41-coercion</c>). A
/// party that will take part, or only might stop, gives no halt. Sentences written for these tests.
/// </summary>
public sealed class NoLongerInTalksTests
{
    private static readonly DateOnly Published = new(2023, 12, 20);

    private static List<string> Halts(string text) =>
        EventExtractor.Default.Extract(text, Published).Where(e => e.Cameo.Value == "164").Select(e => $"{e.Source.Code}>{e.Target.Code}").ToList();

    [Theory]
    [InlineData("Egypt said on Tuesday it would no longer take part in negotiations with Ethiopia.", "EGY>ETH")]
    [InlineData("Egypt said on Tuesday that it would no longer take part in the talks with Ethiopia.", "EGY>ETH")]
    [InlineData("North Korea said on Tuesday it would never again take part in six-party talks with South Korea.", "PRK>KOR")]
    public void NoLongerTakingPartInTalks_HaltsThem(string text, string expected) =>
        Assert.Contains(expected, Halts(text));

    [Theory]
    [InlineData("Egypt said on Tuesday it would take part in negotiations with Ethiopia.")]
    [InlineData("Egypt warned on Tuesday that it might stop taking part in negotiations with Ethiopia.")]
    public void TakingPartOrAHaltOnlyWarned_GivesNoHalt(string text) =>
        Assert.Empty(Halts(text));
}
