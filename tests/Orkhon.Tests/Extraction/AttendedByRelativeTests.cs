using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// "…, attended by the presidents of A and B": a reduced relative after a comma still tells of the gathering before it; a
/// title before the agents is skipped; a gathering that names no place met where its one host is, and a name's head
/// ("the first Africa-Caribbean Summit") is a gathering noun too.
/// </summary>
public sealed class AttendedByRelativeTests
{
    private static string[] Pairs(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2025, 1, 1)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("Indonesia hosted a regional summit on Monday, attended by the prime ministers of Malaysia and Thailand.", "MYS>IDN 042")]
    [InlineData("Indonesia hosted a regional summit on Monday, attended by the prime ministers of Malaysia and Thailand.", "THA>IDN 042")]
    [InlineData("Kenyan President William Ruto hosted the first Africa-Caribbean Summit in the lakeside city on Tuesday, attended by the presidents of Ghana and Nigeria.", "GHA>KEN 042")]
    [InlineData("Kenyan President William Ruto hosted the first Africa-Caribbean Summit in the lakeside city on Tuesday, attended by the presidents of Ghana and Nigeria.", "NGA>KEN 042")]
    [InlineData("Japan held a summit in Hiroshima on Tuesday attended by the leaders of India and Australia.", "IND>JPN 042")]
    public void AttendedByAfterAHostedGathering_AttendsTheHost(string text, string expected) =>
        Assert.Contains(expected, Pairs(text));

    [Theory]
    [InlineData("Indonesia hosted a regional summit on Monday, attended by the prime ministers of Malaysia and Thailand.")]
    public void TheHostStillHostsEachGuest(string text)
    {
        var pairs = Pairs(text);
        Assert.Contains("IDN>MYS 043", pairs);
        Assert.Contains("IDN>THA 043", pairs);
    }

    [Theory]
    [InlineData("The talks were held in Geneva, attended by diplomats.")]
    [InlineData("Egypt and Jordan signed a water deal on Monday, attended by officials of both sides.")]
    public void NoGatheringOrNoNamedGuest_NoAttendance(string text) =>
        Assert.DoesNotContain(Pairs(text), p => p.EndsWith(" 042", StringComparison.Ordinal));
}
