using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// "The two governments", "the two sides", "the three capitals" stand for the parties of the last act the story told
/// (EventParties), not for the last states it happened to name in passing.
/// </summary>
public sealed class CountedGroupPartiesTests
{
    private static List<string> Events(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 3, 15)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo.Value[..2]}")];

    [Fact]
    public void TheTwoGovernments_AreTheLastMeetingsParties_NotAPlaceNamedInPassing()
    {
        var events = Events("Kazakh President Kassym-Jomart Tokayev, who had flown in from a forum in China, held talks with his Kyrgyz counterpart "
            + "Sadyr Japarov in Bishkek on Monday. The two governments then signed nine agreements on water and energy.");
        Assert.Contains("KAZ>KGZ 05", events);
        Assert.DoesNotContain(events, e => e.Contains("CHN", StringComparison.Ordinal) && e.EndsWith(" 05", StringComparison.Ordinal));
    }

    [Fact]
    public void TheTwoSides_AreTheLastHostileActsParties_PastAnAppealToAThirdParty()
    {
        var events = Events("Azerbaijani troops shelled Armenian border villages on Tuesday. Armenia asked Russia for military help the same day. "
            + "Russia said on Wednesday that the two sides had agreed to a ceasefire.");
        Assert.Contains(events, e => e is "AZE>ARM 08" or "ARM>AZE 08");
        Assert.DoesNotContain(events, e => e.StartsWith("RUS>", StringComparison.Ordinal) && e.EndsWith(" 08", StringComparison.Ordinal));
    }

    [Fact]
    public void ASentenceThatNamesThePairItself_KeepsItsOwnParties()
    {
        // Japan and China are named before the noun in its own sentence: they are the two countries, whatever was told before.
        var events = Events("Indian Prime Minister Narendra Modi held talks with Mongolian President Khurelsukh in Ulaanbaatar on Monday. "
            + "Japan hosted China's foreign minister on Tuesday, and the two countries signed a fisheries agreement.");
        Assert.Contains("IND>MNG 04", events);
        Assert.Contains(events, e => e is "JPN>CHN 05" or "CHN>JPN 05");
        Assert.DoesNotContain(events, e => e is "IND>MNG 05" or "MNG>IND 05");
    }

    [Fact]
    public void ACountedGroupWithPartnersAfterWith_SignsWithThePartners_NotWithEachOther()
    {
        var events = Events("Armenia and Azerbaijan signed a transit deal with Georgia in Tbilisi on Friday. "
            + "The two delegations signed separate documents with Georgia and the European Union.");
        Assert.Contains(events, e => e is "ARM>EU 05" or "EU>ARM 05");
        Assert.Contains(events, e => e is "AZE>EU 05" or "EU>AZE 05");
        Assert.DoesNotContain(events, e => e is "ARM>AZE 05" or "AZE>ARM 05");
    }

    [Fact]
    public void TheTwoCountries_AfterAMeetingOfThree_DoNotPickTwoOfThem()
    {
        // A meeting of three is coded as every pair of them: two of its three parties would be a guess.
        var events = Events("The foreign ministers of Chile, Peru and Bolivia held talks in Lima on Thursday. "
            + "The two countries later signed a memorandum on border trade.");
        Assert.DoesNotContain(events, e => e.EndsWith(" 05", StringComparison.Ordinal) || e.EndsWith(" 06", StringComparison.Ordinal));
    }

    [Fact]
    public void TheTwoCountries_AfterAMeetingOfTwo_StillTakeItsParties()
    {
        var events = Events("The foreign ministers of Chile and Peru held talks in Lima on Thursday. "
            + "The two countries later signed a memorandum on border trade.");
        Assert.Contains(events, e => e is "CHL>PER 05" or "PER>CHL 05");
    }
}
