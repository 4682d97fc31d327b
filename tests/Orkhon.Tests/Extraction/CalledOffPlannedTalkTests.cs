using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Talks still to come that a party pulls out of, withdraws from or calls off are a meeting refused (125), as a counterpart's
/// visit called off is in the coding README; talks under way that a party leaves or halts stay "halt negotiations" (164).
/// Sentences of our own, agency and newspaper style.
/// </summary>
public sealed class CalledOffPlannedTalkTests
{
    private static string[] Pairs(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 5, 10)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("Azerbaijan pulled out of talks with Armenia that had been planned for Thursday in Granada.", "AZE>ARM 125")]
    [InlineData("Pakistan called off planned talks with India on Friday, citing the killings in Kashmir.", "PAK>IND 125")]
    [InlineData("Seoul has pulled out of next week's scheduled talks with Tokyo, the foreign ministry said.", "KOR>JPN 125")]
    [InlineData("Beijing cancelled the upcoming talks with Washington on maritime safety.", "CHN>USA 125")]
    [InlineData("Russia withdrew from the planned negotiations with Ukraine in Istanbul on Monday.", "RUS>UKR 125")]
    [InlineData("Hungary withdrew from talks with Slovakia scheduled for next month, a government spokesman said.", "HUN>SVK 125")]
    public void TalksStillToCome_PulledOutOfOrCalledOff_AreARefusedMeeting(string text, string refusal)
    {
        var pairs = Pairs(text);
        Assert.Contains(refusal, pairs);
        Assert.DoesNotContain(pairs, p => p.EndsWith(" 164", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Iran pulled out of talks with the United States on Sunday after six rounds in Oman.", "IRN>USA 164")]
    [InlineData("Pyongyang broke off talks with Seoul in 2019.", "PRK>KOR 164")]
    [InlineData("Russia withdrew from negotiations with Ukraine in Istanbul after two days.", "RUS>UKR 164")]
    public void TalksUnderWay_LeftOrHalted_StayHaltedNegotiations(string text, string halt) =>
        Assert.Contains(halt, Pairs(text));

    [Theory]
    [InlineData("Azerbaijan did not pull out of the planned talks with Armenia.")]
    [InlineData("Azerbaijan could pull out of the planned talks with Armenia if France attends.")]
    public void ANegatedOrPossibleWithdrawal_IsNoEvent(string text) =>
        Assert.DoesNotContain(Pairs(text), p => p.EndsWith(" 125", StringComparison.Ordinal) || p.EndsWith(" 164", StringComparison.Ordinal));
}
