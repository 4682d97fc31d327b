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
    [InlineData("The UN General Assembly adopted a resolution calling for Russia to withdraw its troops from Ukraine.", "UNGA>RUS 1056")] // a demand to de-escalate, not a withdrawal
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
    [InlineData("045", "039")] // a planned mediation is an intent to mediate
    [InlineData("0841", "0353")] // a planned release
    [InlineData("085", "0354")] // planned easing of sanctions
    [InlineData("0874", "0356")] // a planned withdrawal
    [InlineData("0832", "0342")] // a planned change of policy: intent to reform
    [InlineData("057", "032")] // a planned signing: intent to cooperate diplomatically (CAMEO has no intent to sign)
    [InlineData("054", "032")] // planned recognition
    public void IntentFor_PlannedAct_IsTheMatchingIntent(string act, string intent) =>
        Assert.Equal(CameoCode.Parse(intent), ModalityClassifier.IntentFor(CameoCode.Parse(act)));

    [Theory]
    [InlineData("111")] // criticism is not hostile force or a sanction, and CAMEO has no intent to criticise
    public void ThreatOrIntent_NotDefined_IsNull(string act)
    {
        Assert.Null(ModalityClassifier.IntentFor(CameoCode.Parse(act)));
        Assert.Null(ModalityClassifier.ThreatFor(CameoCode.Parse(act)));
    }

    // The governing phrase takes the sub-code of the act it asks for, promises or refuses; the act itself is not coded.
    [Theory]
    [InlineData("Japan urged Russia to release the detained fishermen.", "JPN>RUS 0253")]
    [InlineData("Germany called on Turkey to free the jailed journalists.", "DEU>TUR 0253")]
    [InlineData("Poland asked Germany to send tanks to Ukraine.", "POL>DEU 0232")]
    [InlineData("Kazakhstan demanded that Kyrgyzstan withdraw its troops from the disputed area.", "KAZ>KGZ 1056")]
    [InlineData("Turkey refused to release the Swedish journalist.", "TUR>SWE 1243")]
    [InlineData("Azerbaijan pledged to free the Armenian prisoners.", "AZE>ARM 0353")]
    public void Extract_GoverningPhrase_TakesTheSubCodeOfTheActAskedFor(string text, string expected) =>
        Assert.Equal([expected], Coded(text));

    // Plans to yield are intents to yield (035x), no longer nothing.
    [Theory]
    [InlineData("Russia will release the Ukrainian prisoners next week, the Kremlin said.", "RUS>UKR 0353")]
    [InlineData("The United States will ease sanctions on Venezuela, the State Department said.", "USA>VEN 0354")]
    public void Extract_PlannedYield_IsAnIntentToYield(string text, string expected) => Assert.Equal([expected], Coded(text));

    [Theory]
    [InlineData("Macron is set to visit Mongolia in May, his office said.", "FRA>MNG 036")] // "is set to" is a schedule
    [InlineData("Erdogan said Turkey would continue to mediate between Russia and Ukraine.", "TUR>RUS 039")] // a continued act, planned: intent to mediate
    [InlineData("Kazakhstan will establish diplomatic relations with Malta, the ministry said.", "KAZ>MLT 032")] // planned diplomatic cooperation
    [InlineData("Russian forces continued to shell Kharkiv on Monday.", "RUS>UKR 194")] // a continued act is done
    public void Extract_SchedulesContinuationsAndDiplomaticPlans_AreCoded(string text, string expected) => Assert.Contains(expected, Coded(text));

    [Theory]
    [InlineData("020", "0841", "0253")] // appeal for release
    [InlineData("020", "087", "0256")] // appeal for de-escalation
    [InlineData("020", "046", "026")] // appeal to negotiate
    [InlineData("020", "045", "028")] // appeal to mediate
    [InlineData("020", "0832", "0242")] // appeal for a change of policy
    [InlineData("100", "085", "1054")] // demand easing of sanctions
    [InlineData("100", "090", "101")] // demand an investigation
    [InlineData("100", "072", "1032")] // demand military aid
    [InlineData("120", "085", "1244")] // refuse to ease sanctions
    [InlineData("120", "0862", "1245")] // refuse inspectors
    [InlineData("120", "042", "125")] // refuse to meet
    [InlineData("030", "0874", "0356")] // promise to withdraw
    [InlineData("030", "051", "032")] // promise diplomatic cooperation
    public void AskedFor_GenericGoverningCode_TakesTheActsSubCode(string governing, string act, string expected) =>
        Assert.Equal(CameoCode.Parse(expected), ModalityClassifier.AskedFor(CameoCode.Parse(governing), CameoCode.Parse(act)));

    [Theory]
    [InlineData("1243", "0841")] // a row that names its object already knows its sub-code
    [InlineData("020", "111")] // CAMEO has no appeal to criticise
    [InlineData("111", "042")] // criticism governs nothing
    public void AskedFor_SpecificOrUnrelated_IsNull(string governing, string act) =>
        Assert.Null(ModalityClassifier.AskedFor(CameoCode.Parse(governing), CameoCode.Parse(act)));

    // A vow of a hostile act is a threat; force announced is a threat even without a condition; a decision taken makes its
    // infinitive the act.
    [Theory]
    [InlineData("Iran vowed to strike Israel after the attack on its consulate.", "IRN>ISR 138")]
    [InlineData("Russia said it would strike Western weapons depots in Ukraine.", "RUS>UKR 138")]
    [InlineData("The UN Security Council voted to impose sanctions on North Korea in 2017.", "UNSC>PRK 163")]
    [InlineData("Poland moved to expel Russian diplomats in 2023.", "POL>RUS 174")]
    [InlineData("Japan decided to send aid to Turkey in February 2023.", "JPN>TUR 070")]
    public void Extract_VowsAnnouncedForceAndDecisions_AreCoded(string text, string expected) => Assert.Equal([expected], Coded(text));

    [Theory]
    [InlineData("Russia did not decide to withdraw its forces from Georgia.")] // a negated decision
    [InlineData("Russia may attack Ukraine again.")] // a hypothesis, no condition: not a threat
    [InlineData("Analysts expect Russia to attack Ukraine again.")] // an expectation of others
    public void Extract_UndecidedOrHypotheticalForce_CodesNothing(string text) => Assert.Empty(Coded(text));

    [Theory]
    [InlineData("130", "174", "130")] // threatened to expel
    [InlineData("130", "163", "1312")] // threatened to impose sanctions
    public void AskedFor_ThreatOfAnAct_IsTheMatchingThreat(string governing, string act, string expected) =>
        Assert.Equal(CameoCode.Parse(expected), ModalityClassifier.AskedFor(CameoCode.Parse(governing), CameoCode.Parse(act)));
}
