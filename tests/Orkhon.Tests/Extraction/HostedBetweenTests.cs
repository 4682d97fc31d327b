using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// "Talks between A and B hosted by C": a participle right after the last side of "between" acts on the talks, so the host
/// receives every side, with or without commas (branch p27-conventions). The sentences are our own.
/// </summary>
public sealed class HostedBetweenTests
{
    private static string[] Hosted(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 6, 12)).Where(e => e.Cameo.Value == "043").Select(e => $"{e.Source.Code}>{e.Target.Code}")];

    [Theory]
    [InlineData("Talks between Armenia and Azerbaijan hosted by Kazakhstan ended on Thursday without a deal.", "KAZ>ARM", "KAZ>AZE")]
    [InlineData("Talks between Iran and the IAEA hosted by Egypt ended on Tuesday.", "EGY>IRN", "EGY>IAEA")]
    [InlineData("The negotiations between Sudan and South Sudan, hosted by Ethiopia in Addis Ababa, resumed on Monday.", "ETH>SDN", "ETH>SSD")]
    [InlineData("A meeting between Serbia and Kosovo hosted by the EU took place in Brussels on Friday.", "EU>SRB", "EU>XKX")]
    [InlineData("Negotiations between Russia and Ukraine hosted by Turkey opened in Istanbul on Friday.", "TUR>RUS", "TUR>UKR")]
    public void Extract_TalksBetweenSidesHostedByAThirdState_HostReceivesEachSide(string text, string first, string second)
    {
        var hosted = Hosted(text);
        Assert.Contains(first, hosted);
        Assert.Contains(second, hosted);
    }

    // Hard negatives: the host is one of the sides, or the participle follows another noun than the talks.
    [Theory]
    [InlineData("Talks between Armenia and Azerbaijan were held in Almaty, a city in Kazakhstan, on Thursday.")]
    [InlineData("The border between Armenia and Azerbaijan was crossed by refugees on Thursday.")]
    public void Extract_NoThirdHost_GivesNoHosting(string text) => Assert.Empty(Hosted(text));
}
