using Orkhon.Analysis;
using Orkhon.Knowledge;
using static Orkhon.Tests.Analysis.AnalysisFixtures;

namespace Orkhon.Tests.Analysis;

public sealed class ToneAndReciprocityTests
{
    [Fact]
    public void Tone_MeanGoldsteinAndQuadClasses()
    {
        // 042 visit (+1.9), 057 sign (+8.0), 111 criticise (−2.0) with RUS.
        var tone = ToneSummary.By(Engage(E("MNG", "RUS", "2024"), E("RUS", "MNG", "2024", "057"), E("MNG", "RUS", "2024", "111")), e => e.Partner, CameoCatalog.Default);
        var rus = Assert.Single(tone);
        Assert.Equal(3, rus.Events);
        Assert.Equal((1.9 + 8.0 - 2.0) / 3, rus.MeanGoldstein!.Value, 10);
        Assert.Equal(2, rus.VerbalCooperation);
        Assert.Equal(1, rus.VerbalConflict);
        Assert.Equal(1.0 / 3, rus.ConflictShare, 10);
    }

    [Fact]
    public void Tone_NoEvents_Empty() => Assert.Empty(ToneSummary.By([], e => e.Partner, CameoCatalog.Default));

    [Fact]
    public void Reciprocity_CountsMadeAndReceivedByLevel_HostingReversesDirection()
    {
        var r = VisitReciprocity.Compute(Engage(
            E("MNG", "KAZ", "2024", kind: "state_visit"),   // made, state
            E("KAZ", "MNG", "2024", kind: "state_visit"),   // received, state
            E("KAZ", "MNG", "2025", kind: "ministerial_visit"), // received, ministerial
            E("MNG", "KAZ", "2025", "043"),                 // Mongolia hosts: received
            E("MNG", "KAZ", "2025", "057")));               // not a visit
        var kaz = Assert.Single(r);
        Assert.Equal(1, kaz.TotalMade);
        Assert.Equal(3, kaz.TotalReceived);
        Assert.Equal(1, kaz.Made["state"]);
        Assert.Equal(1, kaz.Received["ministerial"]);
        Assert.Equal(0.5, kaz.Balance);
    }

    [Fact]
    public void Reciprocity_PartnerWithNoVisits_IsAbsent() =>
        Assert.Empty(VisitReciprocity.Compute(Engage(E("MNG", "RUS", "2024", "057"))));
}
