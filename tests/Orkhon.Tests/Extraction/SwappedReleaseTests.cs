using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A release told as one side of a swap ("in exchange for five Iranians", "in return for two servicemen", "in a prisoner swap") is
/// a release both ways (branch p27-conventions). A release for money, aid or a promise is one act. The sentences are our own.
/// </summary>
public sealed class SwappedReleaseTests
{
    private static string[] Releases(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 6, 12)).Where(e => e.Cameo.RootNumber == 8).Select(e => $"{e.Source.Code}>{e.Target.Code}")];

    [Theory]
    [InlineData("Iran released five American prisoners on Monday in exchange for five Iranians held in the United States.", "IRN>USA", "USA>IRN")]
    [InlineData("Venezuela freed 10 Americans on Wednesday, including six held for years, in exchange for Washington's release of Alex Saab.", "VEN>USA", "USA>VEN")]
    [InlineData("Belarus freed a Polish journalist on Thursday in a prisoner swap brokered by the Vatican.", "BLR>POL", "POL>BLR")]
    [InlineData("Russia has freed two Ukrainian soldiers as part of an exchange of prisoners, the Ukrainian defence ministry said.", "RUS>UKR", "UKR>RUS")]
    [InlineData("Azerbaijan handed over five Armenian soldiers to Armenia on Friday in return for two Azerbaijani servicemen.", "AZE>ARM", "ARM>AZE")]
    [InlineData("Moscow freed the detained American journalist on Thursday in exchange for two Russian spies, officials said.", "RUS>USA", "USA>RUS")]
    public void Extract_ReleaseToldAsOneSideOfASwap_GivesTheReleaseBack(string text, string told, string back)
    {
        var releases = Releases(text);
        Assert.Contains(told, releases);
        Assert.Contains(back, releases);
    }

    // Hard negatives: a release for something other than people, or two releases told apart, give no extra release.
    [Theory]
    [InlineData("Iran released the American prisoners in exchange for $6 billion in frozen Iranian funds.", "USA>IRN")]
    [InlineData("North Korea freed the South Korean fishermen on Monday in exchange for rice aid.", "KOR>PRK")]
    [InlineData("The Taliban released the British hostages in return for a pledge by London to reopen its embassy.", "GBR>AFG")]
    [InlineData("China released the Canadian businessman on Friday after an exchange of fire at the border.", "CAN>CHN")]
    public void Extract_ReleaseForSomethingElse_GivesNoReleaseBack(string text, string back) =>
        Assert.DoesNotContain(back, Releases(text));

    [Fact]
    public void Extract_BothReleasesTold_CodesEachOnce()
    {
        var releases = Releases("China released the Canadian businessman on Friday in a swap, and Canada freed the Chinese executive the same day.");
        Assert.Single(releases, r => r == "CAN>CHN");
        Assert.Single(releases, r => r == "CHN>CAN");
    }
}
