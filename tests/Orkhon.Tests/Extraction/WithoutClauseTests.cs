using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// An act told inside a clause opened by "without" and an -ing form was not done ("apologised without saying that Russia was to
/// blame"); the act before "without" stays, and a comma closes the clause ("Without waiting for a mandate, NATO struck").
/// Branch p25-precision; the sentences are our own.
/// </summary>
public sealed class WithoutClauseTests
{
    private static string[] Coded(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 5, 1)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("Putin apologised to Aliyev on Saturday without saying that Russia was to blame.", "RUS>AZE 055", "RUS>AZE 112")]
    [InlineData("Macron visited Algiers on Thursday without apologising to Algeria for colonial crimes.", "FRA>DZA 042", "FRA>DZA 055")]
    [InlineData("Lavrov met Wang Yi in Beijing on Monday without criticising the United States by name.", "RUS>CHN 040", "RUS>USA")]
    [InlineData("Erdogan spoke to Putin by phone on Friday without agreeing to extend the grain deal with Ukraine.", "TUR>RUS 041", "TUR>UKR")]
    [InlineData("Tokyo summoned China's ambassador on Tuesday without accusing Beijing of sending the drones.", "JPN>CHN 114", "JPN>CHN 112")]
    public void Extract_ActUnderWithout_IsNotCoded(string text, string kept, string dropped)
    {
        var coded = Coded(text);
        Assert.Contains(kept, coded);
        Assert.DoesNotContain(coded, c => c.StartsWith(dropped, StringComparison.Ordinal));
    }

    // Hard negative: the only act stands under "without".
    [Fact]
    public void Extract_OnlyActUnderWithout_GivesNoEvent() =>
        Assert.Empty(Coded("Seoul expressed regret over the incident without criticising Beijing."));

    // A comma closes the "without" clause: the main clause's act is told as done.
    [Fact]
    public void Extract_ActAfterAClosedWithoutClause_IsCoded() =>
        Assert.Contains(Coded("Without waiting for a U.N. mandate, NATO bombed Serbia in March 1999."), c => c.StartsWith("NATO>SRB 19", StringComparison.Ordinal));
}
