using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// References that stand for two parties, read as arguments: "each side" is the two parties of the last act the story told
/// (not the last two names, which may be a body named in passing), and a reference to several parties after a preposition
/// ("a ceasefire between the two sides") is each of them, as one right after the verb is.
/// </summary>
public sealed class GroupReferenceArgumentTests
{
    private static List<string> Pairs(string text, int root) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2025, 5, 10)).Where(e => e.Cameo.RootNumber == root).Select(e => $"{e.Source.Code}>{e.Target.Code}")];

    [Fact]
    public void EachSide_IsThePartiesOfTheLastAct_NotABodyNamedInPassing() =>
        Assert.Equal(["ARM>AZE", "AZE>ARM"],
            Pairs("Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev, who were both attending a summit of the "
                + "Commonwealth of Independent States in Minsk, held talks on the border dispute. Each side accused the other of violating the truce.", 11));

    [Fact]
    public void EachSide_AfterTwoPartiesOfItsOwnSentence_IsThoseTwo() =>
        Assert.Equal(["IND>CHN", "CHN>IND"],
            Pairs("India and China traded accusations on Monday, each side blaming the other for the clash.", 11));

    [Fact]
    public void TheTwoSides_AfterBetween_AreEachAParty() =>
        Assert.Equal(["RUS>AZE", "RUS>ARM"],
            Pairs("Azerbaijani forces shelled Armenian border villages on Monday. Russia said on Tuesday it had brokered a ceasefire between the two sides.", 4));
}
