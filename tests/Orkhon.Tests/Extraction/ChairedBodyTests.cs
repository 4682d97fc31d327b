using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// An organisation that a relative clause says its antecedent chairs ("Anwar, who chairs ASEAN this year, …") is that actor's
/// office, no party to the sentence's acts (branch p29-precision7). The sentences are our own.
/// </summary>
public sealed class ChairedBodyTests
{
    private static string[] Coded(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 6, 10)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("Anwar, who chairs ASEAN this year, said Malaysia stood ready to send observers to the border.", ">ASEAN ")]
    [InlineData("Laos, which holds the rotating chair of ASEAN, brokered the deal with the help of Chinese envoys.", ">ASEAN ")]
    [InlineData("Hungarian Prime Minister Viktor Orban, whose country holds the EU presidency, said he had brokered the prisoner swap.", ">EU ")]
    [InlineData("Kazakh President Kassym-Jomart Tokayev, who chairs the SCO this year, promised to host the summit in Astana.", ">SCO ")]
    [InlineData("Angolan President Joao Lourenco, who chairs the African Union, urged Rwanda on Monday to pull its troops out of Congo.", ">AU ")]
    public void Extract_ChairedOrganisation_IsNoParty(string text, string unexpected) =>
        Assert.DoesNotContain(Coded(text), c => c.Contains(unexpected, StringComparison.Ordinal));

    // Hard negatives: the other acts of such sentences stay, and an organisation that is the act's own object stays.
    [Theory]
    [InlineData("Angolan President Joao Lourenco, who chairs the African Union, urged Rwanda on Monday to pull its troops out of Congo.", "AGO>RWA 02")]
    [InlineData("Japan, which holds the G7 presidency, urged China on Tuesday to release the detained Japanese nationals.", "JPN>CHN 02")]
    [InlineData("The Philippines criticised ASEAN on Monday for its silence on the South China Sea.", "PHL>ASEAN 111")]
    [InlineData("Indonesia, which chairs ASEAN this year, criticised the African Union on Monday.", "IDN>AU 111")]
    public void Extract_OtherPartiesOfTheSentence_Stay(string text, string expected) =>
        Assert.Contains(Coded(text), c => c.StartsWith(expected, StringComparison.Ordinal));
}
