using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A party named as the subject's companion ("alongside the Soviet army", "beside U.S. jets", "with the help of Egypt",
/// "together with Britain") is not the party acted on, nor a side of a deal the subject brokered (branch p25-precision).
/// A phrase whose own words hold the preposition ("fought alongside") keeps its partner. The sentences are our own.
/// </summary>
public sealed class CompanionPartyTests
{
    private static string[] Coded(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 5, 1)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    // Hard negatives: the only other party is the companion.
    [Theory]
    [InlineData("Mongolia sent its troops into Manchuria alongside the Soviet army in August 1945.")]
    [InlineData("France struck Islamic State targets in the desert alongside U.S. jets on Tuesday.")]
    [InlineData("Anwar said he had brokered the deal with the help of American and Chinese envoys.")]
    [InlineData("Qatar mediated the prisoner swap with the help of Egypt on Monday.")]
    [InlineData("Kenya deployed police officers with the backing of the United States on Tuesday.")]
    public void Extract_OnlyACompanion_GivesNoEvent(string text) => Assert.Empty(Coded(text));

    // The companion is skipped; the party acted on, or the sides of the deal, stay.
    [Theory]
    [InlineData("Egypt brokered a truce between Israel and Hamas with the support of Qatar.", "EGY>ISR 045", "EGY>QAT")]
    [InlineData("Britain's navy fired on Iranian boats alongside American destroyers on Friday.", "GBR>IRN", "GBR>USA")]
    [InlineData("Turkey sent troops into Syria together with Azerbaijani advisers on Monday.", "TUR>SYR", "TUR>AZE")]
    public void Extract_CompanionBesideTheTarget_KeepsTheTarget(string text, string expectedPrefix, string wrongPair)
    {
        var coded = Coded(text);
        Assert.Contains(coded, c => c.StartsWith(expectedPrefix, StringComparison.Ordinal));
        Assert.DoesNotContain(coded, c => c.StartsWith(wrongPair, StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_PrepositionInsideThePhrase_KeepsThePartner() =>
        Assert.Contains("POL>UKR 062", Coded("Polish troops fought alongside Ukrainian forces against Russia."));
}
