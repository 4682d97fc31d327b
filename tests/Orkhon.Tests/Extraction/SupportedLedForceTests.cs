using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A state that backs or supports a force or operation another state leads ("the British-led mission") cooperates with the
/// leader in arms (062), not in politics (050) (branch p29-precision7). The sentences are our own.
/// </summary>
public sealed class SupportedLedForceTests
{
    private static string[] Coded(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 3, 15)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    // Agency and newspaper phrasings, several supporters, tenses and word orders: each supporter cooperates with the leader.
    [Theory]
    [InlineData("Denmark backed the British-led mission in the Red Sea with a frigate on Monday.", "DNK>GBR 062")]
    [InlineData("Kenya and Rwanda have supported the French-led operation since March, officials said.", "RWA>FRA 062")]
    [InlineData("Senegal backed the Saudi-led coalition in 2015, sending 2,000 troops to the kingdom.", "SEN>SAU 062")]
    [InlineData("Italy, which backs the EU-led force off Somalia, sent a second frigate on Friday, the defence ministry said.", "ITA>EU 062")]
    [InlineData("According to the Pentagon, Norway and Greece supported the U.S.-led operation against the Houthis on Thursday.", "GRC>USA 062")]
    [InlineData("On Tuesday Japan backed the Australian-led task force patrolling the Solomon Islands.", "JPN>AUS 062")]
    public void Extract_SupportForALedForce_IsMilitaryCooperationWithItsLeader(string text, string expected)
    {
        var coded = Coded(text);
        Assert.Contains(expected, coded);
        Assert.DoesNotContain(coded, c => c.EndsWith(" 050", StringComparison.Ordinal) && c.StartsWith(expected[..8], StringComparison.Ordinal));
    }

    // Hard negatives both ways: other acts towards a led force, a bloc, something the force owns, and support of a state itself
    // keep their own codes.
    [Theory]
    [InlineData("Egypt praised the Saudi-led coalition on Monday for its restraint.", "EGY>SAU 051")]
    [InlineData("China backed Russia at the Security Council on Friday.", "CHN>RUS 050")]
    [InlineData("Britain supported Ukraine at the United Nations on Wednesday.", "GBR>UKR 050")]
    public void Extract_OtherActsAndPlainSupport_KeepTheirCodes(string text, string expected) =>
        Assert.Contains(expected, Coded(text));

    [Theory]
    [InlineData("Kazakhstan backed the Moscow-led alliance on Monday.", ">RUS 062")]
    [InlineData("Hungary backed the U.S.-led coalition's call for a ceasefire on Tuesday.", ">USA 062")]
    [InlineData("Poland said on Friday it would not support the U.S.-led naval coalition.", ">USA 062")]
    [InlineData("Qatar withdrew its support for the Saudi-led coalition in June 2017.", ">SAU 062")]
    public void Extract_NoMilitaryCooperation_WhereNoForceIsJoined(string text, string unexpected) =>
        Assert.DoesNotContain(Coded(text), c => c.Contains(unexpected, StringComparison.Ordinal));
}
