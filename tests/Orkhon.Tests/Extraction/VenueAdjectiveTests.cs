using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A nationality adjective before a venue's kind ("in the Mongolian capital", "at the Kazakh resort of Burabay") says where a
/// meeting is held; its state is no partner of the meeting. A meeting with that state's own people, and a visit to the venue,
/// keep it. Branch p27-precision4; the sentences are our own.
/// </summary>
public sealed class VenueAdjectiveTests
{
    private static string[] Coded(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2025, 1, 1)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    // The venue's state is no partner.
    [Theory]
    [InlineData("Japanese and North Korean officials held talks in the Mongolian capital on Tuesday.", "MNG")]   // agency
    [InlineData("Armenian and Azerbaijani diplomats met in the Kazakh capital on Friday.", "KAZ")]               // newspaper
    [InlineData("Russia and Ukraine held talks in the Turkish city of Istanbul on Monday.", "TUR")]             // "city of"
    [InlineData("Israeli and Palestinian negotiators met at the Egyptian resort of Sharm el-Sheikh.", "EGY")]      // "at the"
    [InlineData("Sudan and South Sudan signed a border accord in the Ethiopian capital.", "ETH")]                // a signing
    public void Extract_MeetingInAVenueNamedByAdjective_HasNoVenuePartner(string text, string venue) =>
        Assert.DoesNotContain(Coded(text), c => c.Contains($">{venue} ", StringComparison.Ordinal) || c.StartsWith($"{venue}>", StringComparison.Ordinal));

    [Theory]
    [InlineData("Putin met Xi in the Chinese capital on Friday.", "RUS>CHN 040")]             // the partner is named
    [InlineData("Modi flew to the Japanese capital on Sunday.", "IND>JPN 042")]               // a visit's destination
    [InlineData("Erdogan met Mongolian officials in Ulaanbaatar on Monday.", "TUR>MNG 040")]  // a nationality with a head noun
    public void Extract_PartnersAndVisits_Stay(string text, string expected) =>
        Assert.Contains(expected, Coded(text));
}
