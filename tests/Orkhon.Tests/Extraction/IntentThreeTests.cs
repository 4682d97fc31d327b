using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// The p9-intent3 pass: a second infinitive under one intent gives its own intent (<c>CoordinatedInfinitives</c>), and the
/// rows of the p9-intent3 block in the senses and tenses their examples do not show.
/// </summary>
public sealed class IntentThreeTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Fact]
    public void TwoInfinitivesUnderOneAgreement_GiveTwoIntentsEachWay()
    {
        var events = Extract("Kazakhstan and Uzbekistan agreed to hold annual consultations and to work together on water management.");

        Assert.Contains(events, e => e.Source.Code == "KAZ" && e.Target.Code == "UZB" && e.Cameo.Value == "036");
        Assert.Contains(events, e => e.Source.Code == "KAZ" && e.Target.Code == "UZB" && e.Cameo.Value.StartsWith("031", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Source.Code == "UZB" && e.Target.Code == "KAZ" && e.Cameo.Value.StartsWith("031", StringComparison.Ordinal));
    }

    [Fact]
    public void SecondInfinitiveUnderANegatedAgreement_GivesNothing()
    {
        var events = Extract("Kazakhstan and Uzbekistan did not agree to hold annual consultations and to work together on water management.");

        Assert.DoesNotContain(events, e => e.Cameo.Value.StartsWith("03", StringComparison.Ordinal) || e.Cameo.Value.StartsWith("06", StringComparison.Ordinal));
    }

    [Fact]
    public void SecondInfinitiveUnderAnAppeal_IsNotAnIntentOfTheSpeaker()
    {
        var events = Extract("Japan urged China to hold talks with Manila and to work together on fishing rules.");

        Assert.DoesNotContain(events, e => e.Source.Code == "JPN" && e.Cameo.Value.StartsWith("03", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Moscow said it would help Belarus build a second nuclear plant.", "RUS", "BLR", "031")]
    [InlineData("South Korea helped Uzbekistan modernise its railways in 2021.", "KOR", "UZB", "06")]
    [InlineData("Tokayev said he would raise the matter with the Chinese president next month.", "KAZ", "CHN", "036")]
    [InlineData("Turkey said it would play a role in the negotiations between Russia and Ukraine.", "TUR", "UKR", "039")]
    [InlineData("Azerbaijan and Georgia will work jointly on a new pipeline.", "AZE", "GEO", "031")]
    public void IntentThreeRows_CodeTheirSense(string text, string source, string target, string code) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value.StartsWith(code, StringComparison.Ordinal));

    [Theory]
    [InlineData("The floods did not help Mongolia's herders.")]
    [InlineData("China refused to help Russia build the pipeline.")]
    [InlineData("Mongolia raised the price of coal for China.")]
    public void IntentThreeRows_LeaveTheirNegativesUncoded(string text) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.Value.StartsWith("06", StringComparison.Ordinal) || e.Cameo.Value.StartsWith("04", StringComparison.Ordinal));

    [Fact]
    public void AgreedThatAPartyWould_IsThatPartysIntent() =>
        Assert.Contains(Extract("Putin and Tokayev agreed that Russia would help Kazakhstan build its first nuclear plant."),
            e => e.Source.Code == "RUS" && e.Target.Code == "KAZ" && e.Cameo.Value.StartsWith("031", StringComparison.Ordinal));

    [Fact]
    public void AidPledgedBeforeAnotherPartysClause_IsNotAimedAtThatParty()
    {
        var events = Extract("Japan sent tents to Nepal on 10 May 2024 after the floods. China has pledged $2 million in aid, and India delivered medicines to the stricken region.");

        Assert.DoesNotContain(events, e => e.Source.Code == "CHN" && e.Target.Code == "IND");
        Assert.Contains(events, e => e.Source.Code == "CHN" && e.Target.Code == "NPL");
    }

    [Theory]
    [InlineData("Seoul said it would drop its complaint against Tokyo at the WTO.", "KOR", "JPN", "035")]
    [InlineData("Kyiv withdrew its lawsuit against Moscow in 2024.", "UKR", "RUS", "08")]
    [InlineData("Eritrea and Ethiopia proclaimed an end to the hostilities on Monday.", "ERI", "ETH", "05")]
    public void YieldAndPeaceRows_CodeTheirSense(string text, string source, string target, string code) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value.StartsWith(code, StringComparison.Ordinal));

    [Fact]
    public void AidPaidForWithNoRecipient_AfterTheDonorsOwnAid_GoesToTheSameRecipient() =>
        Assert.Contains(Extract("Japan handed over a new clinic to Laos on Monday. Tokyo said it would pay for training its nurses."),
            e => e.Source.Code == "JPN" && e.Target.Code == "LAO" && e.Cameo.Value.StartsWith("0331", StringComparison.Ordinal));

    [Fact]
    public void AidWithNoRecipient_TwoSentencesAfterAnothersAid_GoesToTheSameRecipient() =>
        Assert.Contains(Extract("France said on Monday it would send light tanks to Ukraine. The first vehicles would leave within weeks. "
            + "Later that day Britain said it would supply 14 Challenger tanks."),
            e => e.Source.Code == "GBR" && e.Target.Code == "UKR" && e.Cameo.Value.StartsWith("03", StringComparison.Ordinal));

    [Fact]
    public void PaidForAPurchase_IsNoAid() =>
        Assert.DoesNotContain(Extract("Poland paid for the tanks it bought from South Korea in 2023."), e => e.Cameo.Value.StartsWith("07", StringComparison.Ordinal));

    [Theory]
    [InlineData("Mirziyoyev invited Turkish companies to invest in Uzbekistan's textile industry.", "UZB", "TUR", "0211")]
    [InlineData("Khurelsukh invited Macron to visit Mongolia.", "MNG", "FRA", "036")]
    public void AnInvitation_IsAnAppealForInvestment_OrAnIntentToMeet(string text, string source, string target, string code) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value == code);
}
