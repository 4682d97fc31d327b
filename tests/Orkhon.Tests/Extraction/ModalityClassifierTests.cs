using Orkhon.Domain;
using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Modality as codes, not silence (issue 9): plans and schedules are intents (03x), conditional hostile acts threats
/// (13x), "wants X to" an appeal and "calling for X to" a demand (of X, not the act asked for), "the first … to
/// travel to" a visit; negated, hypothetical and unrealised acts are nothing. The sentences are our own.
/// </summary>
public sealed class ModalityClassifierTests
{
    private static string[] Coded(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 9, 5)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("Kazakhstan plans to hold talks with Uzbekistan on water sharing.", "KAZ>UZB 036")] // a plan
    [InlineData("Mongolia's president is scheduled to visit Tokyo in November.", "MNG>JPN 036")] // a schedule
    [InlineData("Uzbekistan's president will visit Beijing in October.", "UZB>CHN 036")]
    [InlineData("Japan may impose sanctions on North Korea if Pyongyang conducts another nuclear test.", "JPN>PRK 1312")] // conditional hostile
    [InlineData("If Pyongyang tests another missile, Washington will impose new sanctions on North Korea.", "USA>PRK 1312")] // the condition first
    [InlineData("Tokyo wants Seoul to drop its complaint.", "JPN>KOR 020")] // the appeal, not the act wanted
    [InlineData("The UN General Assembly adopted a resolution calling for Russia to withdraw its troops from Ukraine.", "UNGA>RUS 100")] // not a withdrawal
    [InlineData("Mongolia's foreign minister was the first foreign minister in a decade to travel to Canberra.", "MNG>AUS 042")] // a visit made
    public void Extract_Modality_IsCoded(string text, string expected) => Assert.Equal([expected], Coded(text));

    [Theory]
    [InlineData("Japan may impose sanctions on North Korea.")] // hypothetical, no condition: not a threat
    [InlineData("Kazakhstan's president had planned to visit Baku on Monday but postponed the trip.")] // a plan that fell through
    [InlineData("Kazakhstan's president did not attend the summit or meet Putin.")] // negation shared by the coordinated verb
    [InlineData("Russia does not want Ukraine to join NATO.")] // a negated appeal
    [InlineData("Mongolia may sign a trade agreement with Japan if talks go well.")] // conditional, not hostile: nothing
    [InlineData("A visit to Seoul by a Kazakh trade delegation, planned for next week, has been called off.")] // an event noun called off
    [InlineData("The Japanese prime minister's trip to Hanoi was postponed because of a typhoon.")] // an event noun postponed
    [InlineData("Kyrgyzstan imports most of its wheat from Kazakhstan.")] // a share of a standing flow: a statistic
    [InlineData("Armenia, which buys 90 percent of its gas from Russia, has no other supplier.")] // the same, in a relative clause
    public void Extract_NegatedHypotheticalOrUnrealised_CodesNothing(string text) => Assert.Empty(Coded(text));

    // Coordinated verb phrases share their auxiliary: "will pay a state visit … and attend the summit" plans both.
    [Fact]
    public void Extract_CoordinatedPlannedActs_AreBothIntents() =>
        Assert.Equal(["CHN>KAZ 036", "CHN>SCO 036"], Coded("Xi Jinping will pay a state visit to Kazakhstan and attend the SCO summit in Astana."));

    [Theory]
    [InlineData("163", "1312")] // sanctions → threaten sanctions
    [InlineData("1622", "1311")] // halt military aid → threaten to cut aid
    [InlineData("161", "1313")] // break relations
    [InlineData("164", "134")] // halt negotiations
    [InlineData("191", "1381")] // blockade
    [InlineData("195", "138")] // air strikes → threaten force
    [InlineData("204", "1385")] // weapons of mass destruction
    public void ThreatFor_HostileAct_IsTheMatchingThreat(string act, string threat) =>
        Assert.Equal(CameoCode.Parse(threat), ModalityClassifier.ThreatFor(CameoCode.Parse(act)));

    [Theory]
    [InlineData("042", "036")]
    [InlineData("062", "0312")]
    [InlineData("071", "0331")]
    [InlineData("074", "0334")]
    public void IntentFor_PlannedAct_IsTheMatchingIntent(string act, string intent) =>
        Assert.Equal(CameoCode.Parse(intent), ModalityClassifier.IntentFor(CameoCode.Parse(act)));

    [Theory]
    [InlineData("057")] // signing: CAMEO has no intent to sign
    [InlineData("111")] // criticism is not hostile force or a sanction
    public void ThreatOrIntent_NotDefined_IsNull(string act)
    {
        Assert.Null(ModalityClassifier.IntentFor(CameoCode.Parse(act)));
        Assert.Null(ModalityClassifier.ThreatFor(CameoCode.Parse(act)));
    }
}
