using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Attending a summit told without "attend" is a visit to the organisation whose summit it is, 042 (the README's summits; rows
/// <c>p29-attend-*</c>): a leader welcomed at a summit, one who stayed on for it, one among the leaders at it, one who joined
/// other leaders at it. Sentences of our own, in agency and newspaper styles.
/// </summary>
public sealed class SummitAttendanceTests
{
    private static List<string> Codes(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 11, 1)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("Syrian President Bashar al-Assad received a warm welcome at an Arab League summit in Jeddah on Friday.", "SYR>LAS 042")]
    [InlineData("Singapore's prime minister stayed on for the ASEM summit in Ulaanbaatar.", "SGP>ASEM 042")]
    [InlineData("Xi was among more than 30 leaders at the SCO summit in Tianjin.", "CHN>SCO 042")]
    [InlineData("Japanese Prime Minister Shinzo Abe was among those attending the Asia-Europe Meeting in Ulaanbaatar.", "JPN>ASEM 042")]
    [InlineData("Kazakh President Tokayev joined other leaders at the CIS summit in St Petersburg.", "KAZ>CIS 042")]
    public void ALeaderAtASummit_VisitsItsOrganisation(string text, string expected) =>
        Assert.Contains(expected, Codes(text));

    // Hard negatives: a summit skipped, a proposal welcomed, a team that stayed for a championship, a rally.
    [Theory]
    [InlineData("Putin skipped the summit in Johannesburg.")]
    [InlineData("The proposal by Russia received a cool welcome in Brussels.")]
    [InlineData("Mongolia's wrestling team stayed in Tokyo for the championship.")]
    [InlineData("Armenian protesters gathered outside the summit venue in Yerevan.")]
    [InlineData("Russian troops gathered near the border before the summit in Geneva.")]
    public void NoAttendance_GivesNo042(string text) =>
        Assert.DoesNotContain(Codes(text), c => c.EndsWith(" 042", StringComparison.Ordinal));
}
