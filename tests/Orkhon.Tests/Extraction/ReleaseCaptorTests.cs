using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A demand or an appeal for a release naming no one is aimed at the captor: the party that last arrested, seized or took
/// hostage someone in that sentence or a few before, not the state of those held nor the party last acted against.
/// </summary>
public sealed class ReleaseCaptorTests
{
    private static string[] Pairs(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2025, 1, 1)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("Hamas took Israeli soldiers hostage in October 2023. Egypt called for the release of the hostages.", "EGY>PSE 0253")]
    [InlineData("Minsk forced a Lithuanian plane to land on Sunday. The plane carried a blogger. Poland demanded the release of the blogger.", "POL>BLR 1053")]
    [InlineData("Houthi rebels took a Bulgarian crew hostage on Monday. The ship was towed to Hodeidah. Washington demanded the immediate release of the crew.", "USA>YEM 1053")]
    public void ReleaseNamingNoOne_IsAskedOfTheCaptor(string text, string expected) =>
        Assert.Contains(expected, Pairs(text));

    [Fact]
    public void ReleaseNamingNoOne_IsNotAskedOfTheCapturedState()
    {
        var pairs = Pairs("Hamas took Israeli soldiers hostage in October 2023. Egypt called for the release of the hostages.");
        Assert.DoesNotContain("EGY>ISR 0253", pairs);
    }

    [Theory]
    [InlineData("Germany praised Chile's reforms. Sweden called for the release of the writer.")]
    [InlineData("Argentina called for the release of political prisoners.")]
    public void NoCaptureTold_NoCaptorGuessed(string text) =>
        Assert.DoesNotContain(Pairs(text), p => p.EndsWith(" 0253", StringComparison.Ordinal) || p.EndsWith(" 1053", StringComparison.Ordinal));

    [Fact]
    public void ReleaseNamingTheCaptor_KeepsIt() =>
        Assert.Contains("PER>CHL 1053", Pairs("Ecuador detained two Colombian fishermen in March. Peru demanded the release of its fishermen from Chile."));

    [Theory]
    [InlineData("Minsk forced a Lithuanian plane to land on Sunday and arrested a blogger. In the same statement, Poland called for the blogger's immediate release.", "POL>BLR 0253")]
    [InlineData("China detained a Japanese businessman on Friday. Japan demanded the businessman's early release.", "JPN>CHN 1053")]
    public void ReleaseAfterThePossessive_IsAskedOfTheCaptor(string text, string expected) =>
        Assert.Contains(expected, Pairs(text));
}
