using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A joint act of several named states ("A, B and C held talks") keeps its parties when people of those same states are named
/// after the phrase ("…, with the leaders of A and B meeting"): they are the parties again, not new partners.
/// </summary>
public sealed class JointActPartiesTests
{
    private static List<string> Pairs(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 3, 15)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo.RootNumber}")];

    [Fact]
    public void PartiesNamedAgainAfterTheJointAct_AreNoNewPartners() =>
        Assert.Equal(["ARM>AZE 4", "ARM>RUS 4", "AZE>RUS 4"],
            Pairs("Armenia, Azerbaijan and Russia held talks in Moscow on Friday, with Pashinyan and Aliyev meeting for the first time since the war."));

    [Fact]
    public void ANewPartyAfterTheJointAct_IsStillAPartner() =>
        // Poland is no subject: "A and B held talks with C" pairs each subject with C.
        Assert.Equal(["ARM>POL 4", "AZE>POL 4"],
            Pairs("Armenia and Azerbaijan held talks with Poland in Warsaw on Friday."));
}
