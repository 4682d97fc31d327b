using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A surname the office-holder table knows, right after another given name ("Jill Biden", "Ivanka Trump"), is a relative or a
/// namesake, not the office-holder; a spelling of the holder's own given name, an honorific or a time word before the surname
/// keeps the holder (branch p29-precision7). The sentences are our own.
/// </summary>
public sealed class NamesakeTests
{
    private static string[] Coded(string text, DateOnly date) =>
        [.. EventExtractor.Default.Extract(text, date).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("The first lady, Jill Biden, visited Japan on Monday, meeting students in Tokyo.", 2022, "USA>")]
    [InlineData("The president's son, Hunter Biden, met Chinese businessmen in Beijing on Monday.", 2022, "USA>")]
    [InlineData("His daughter Ivanka Trump met Saudi officials in Riyadh on Monday.", 2017, "USA>")]
    [InlineData("On Tuesday Melania Trump visited a hospital in Cairo.", 2018, "USA>")]
    [InlineData("The prime minister's wife, Cherie Blair, travelled to Washington on Monday for a charity dinner.", 2003, "GBR>")]
    public void Extract_AnotherPersonOfTheSurname_StandsForNoState(string text, int year, string unexpected) =>
        Assert.DoesNotContain(Coded(text, new DateOnly(year, 5, 10)), c => c.StartsWith(unexpected, StringComparison.Ordinal));

    [Theory]
    [InlineData("Sergey Lavrov visited Beijing on Monday.", 2022, "RUS>CHN 042")]
    [InlineData("Mr Biden visited Japan on Monday.", 2022, "USA>JPN 042")]
    [InlineData("On Monday Biden visited Japan.", 2022, "USA>JPN 042")]
    [InlineData("Meanwhile Biden visited Japan on Monday.", 2022, "USA>JPN 042")]
    [InlineData("WASHINGTON, May 9 (Reuters) - Biden hosted Kishida at the White House on Monday.", 2022, "USA>JPN 043")]
    [InlineData("WASHINGTON, May 9 (Reuters) - The Biden administration imposed sanctions on Iran on Monday.", 2022, "USA>IRN 163")]
    public void Extract_TheHolderUnderAnotherSpellingOrTitle_Stays(string text, int year, string expected) =>
        Assert.Contains(expected, Coded(text, new DateOnly(year, 5, 10)));
}
