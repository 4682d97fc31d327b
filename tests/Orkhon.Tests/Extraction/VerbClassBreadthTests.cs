using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Verb classes widened from CAMEO's definitions rather than from corpus items (block <c>p32-breadth</c> of
/// <c>events.tsv</c>): the light-verb and particle forms of a class ("take issue with", "speak highly of", "rally behind",
/// "had talks", "brush off a proposal", "kick … out") and the object words that keep an ambiguous verb ("echo",
/// "challenge", "suspend", "strip") to its sense. Each row's own example is coded by <c>LexiconTests</c>; these are further
/// sentences of our own, and the neighbouring senses the rows must leave alone.
/// </summary>
public sealed class VerbClassBreadthTests
{
    private static string[] Summary(string text) =>
        [.. EventExtractor.Default.Extract(text, null).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("Turkmenistan echoed Russia's call for restraint on Monday.", "TKM>RUS 019")]
    [InlineData("The Kyrgyz president voiced his gratitude for Mongolia's help on Friday.", "KGZ>MNG 051")]
    [InlineData("Japan's prime minister spoke highly of Mongolia on Tuesday.", "JPN>MNG 051")]
    [InlineData("Tallinn rallied behind Vilnius in its dispute with Beijing in 2021.", "EST>LTU 053")]
    [InlineData("Moscow took issue with Astana's new language law on Friday.", "RUS>KAZ 111")]
    [InlineData("Kazakhstan contested Russia's fines before an arbitration court in 2023.", "KAZ>RUS 115")]
    [InlineData("Niger kicked the French ambassador out in 2023.", "NER>FRA 166")]
    [InlineData("Vilnius pulled its envoy home from Beijing in 2021.", "LTU>CHN 161")]
    [InlineData("Khurelsukh and Xi had a brief meeting in Astana on Thursday.", "MNG>CHN 040")]
    [InlineData("Khurelsukh and Putin talked on the telephone on Friday.", "MNG>RUS 041")]
    [InlineData("Tokyo sought negotiations with Pyongyang in 2002.", "JPN>PRK 036")]
    [InlineData("Minsk brushed off Warsaw's initiative on Monday.", "BLR>POL 120")]
    [InlineData("Russia suspended Georgia's observer status on Monday.", "RUS>GEO 163")]
    [InlineData("The European Union put Belarus on a watchlist in 2021.", "EU>BLR 163")]
    [InlineData("Russia suspended the accreditation of German reporters on Monday.", "RUS>DEU 172")]
    public void TheWidenedClass_GivesItsEvent(string text, string expected) => Assert.Contains(expected, Summary(text));

    [Theory]
    [InlineData("Russia withdrew its proposal, leaving the status quo with Georgia in place.", "16")] // "status quo" is no trade status
    [InlineData("Ukrainian troops pushed out Russian forces from the town in 2022.", "166")] // driven out in battle, not expelled
    [InlineData("China echoed its earlier statement on Monday.", "019")] // "echo" without a view or position of another
    [InlineData("Kazakhstan challenged Russia's figures on Monday.", "115")] // a challenge outside a court
    [InlineData("The refinery suspended production at its plant in Mongolia on Monday.", "17")] // nothing licensed is suspended
    public void TheNeighbouringSense_GivesNone(string text, string code) =>
        Assert.DoesNotContain(Summary(text), s => s.Split(' ')[1].StartsWith(code, StringComparison.Ordinal));
}
