using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Forms that recur in world news: an actor's possessive as an apposition after the subject ("Egypt, Sudan's northern
/// neighbour, condemned…"), a counterfactual "would have been the first … to visit", a criticism in ", a move that A and B
/// denounced", a crowd that protests (141, not the formal 114), and the verb classes of the p10-tuned lexicon block
/// (sanction packages, flight bans, whitelist removals, scrapped pacts, days to leave, bailouts, ended missions, wars,
/// praise as a verdict).
/// </summary>
public sealed class WorldNewsClassTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    private static bool Has(List<EventMention> events, string source, string target, string cameo) =>
        events.Any(e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value == cameo);

    [Theory]
    [InlineData("Hungary, Serbia's closest partner in the bloc, on Tuesday criticised Croatia over the pipeline.", "HUN", "HRV")]
    [InlineData("Norway, Putin's northern neighbour, on Friday condemned Russia for the cable sabotage.", "NOR", "RUS")]
    public void APossessedAppositionAfterTheSubject_IsSkipped(string text, string source, string target)
    {
        var events = Extract(text);
        Assert.True(Has(events, source, target, "111"), string.Join("; ", events.Select(e => $"{e.Source.Code}->{e.Target.Code} {e.Cameo.Value}")));
        Assert.DoesNotContain(events, e => e.Source.Code != source);
    }

    [Fact]
    public void APossessorAfterAnOpeningPlace_StaysTheSubject() =>
        Assert.Contains(Extract("In Berlin, Scholz's government on Monday condemned Russia for the cyberattack."),
            e => e.Source.Code == "DEU" && e.Target.Code == "RUS" && e.Cameo.Value == "111");

    [Theory]
    [InlineData("Lavrov would have been the first Russian foreign minister to travel to Canberra since 2005.")]
    [InlineData("Modi could have become the first Indian prime minister to visit Ulaanbaatar in a decade.")]
    public void ACounterfactualFirstTo_IsNoVisit(string text) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.Value == "042");

    [Fact]
    public void AFactualFirstTo_IsStillAVisit() =>
        Assert.Contains(Extract("Lavrov became the first Russian foreign minister to travel to Canberra in 2005."),
            e => e.Source.Code == "RUS" && e.Target.Code == "AUS" && e.Cameo.Value == "042");

    [Fact]
    public void AMoveThatTwoActorsDenounced_IsAimedAtTheActorOfTheMove()
    {
        var events = Extract("Beijing annexed the islands in 2019, a move that Japan and Vietnam denounced as illegal.");
        Assert.True(Has(events, "JPN", "CHN", "111"));
        Assert.True(Has(events, "VNM", "CHN", "111"));
    }

    [Fact]
    public void AMoveWhichOneActorCondemned_IsAimedAtTheActorOfTheMove() =>
        Assert.True(Has(Extract("Minsk closed its border with Poland in 2021, a step which Vilnius condemned."), "LTU", "BLR", "111"));

    [Fact]
    public void ACrowdProtestingAgainstAState_IsADemonstration()
    {
        var events = Extract("Thousands of Serbians protested against Croatia in 2019.");
        Assert.True(Has(events, "SRB", "HRV", "141"));
        Assert.DoesNotContain(events, e => e.Cameo.Value == "114");
    }

    [Fact]
    public void AStateProtesting_IsStillAFormalProtest() =>
        Assert.True(Has(Extract("China protested to Japan on Monday over the visit."), "CHN", "JPN", "114"));

    [Theory]
    [InlineData("The European Union approved a fresh package of sanctions against Iran on Monday.", "EU", "IRN", "163")]
    [InlineData("Beijing ordered a ban on tourist flights to Taipei in 2019.", "CHN", "TWN", "163")]
    [InlineData("Beijing removed Canberra from its list of trusted trading partners in 2020.", "CHN", "AUS", "163")]
    [InlineData("Seoul decided in 2019 to scrap an intelligence pact with Tokyo.", "KOR", "JPN", "160")]
    [InlineData("Moscow gave two Estonian diplomats 72 hours to leave the country in 2023.", "RUS", "EST", "174")]
    [InlineData("The IMF approved a $1.1 billion bailout for Sri Lanka in March 2023.", "IMF", "LKA", "071")]
    [InlineData("The Security Council voted to end the stabilisation mission in Haiti in 2017.", "UNSC", "HTI", "1661")]
    [InlineData("Iran and Iraq went to war in 1980.", "IRN", "IRQ", "190")]
    [InlineData("Tokyo called Seoul's proposal courageous in 2023.", "JPN", "KOR", "051")]
    [InlineData("Washington slapped new export controls on Beijing in 2022.", "USA", "CHN", "163")]
    [InlineData("Pyongyang dismissed Seoul's allegations on Tuesday.", "PRK", "KOR", "016")]
    [InlineData("Erdogan held phone talks with Putin in March 2022.", "TUR", "RUS", "041")]
    [InlineData("Moscow placed its troops on combat alert along Finland in 2023.", "RUS", "FIN", "150")]
    public void AVerbClassRow_CodesItsEvent(string text, string source, string target, string cameo)
    {
        var events = Extract(text);
        Assert.True(Has(events, source, target, cameo), string.Join("; ", events.Select(e => $"{e.Source.Code}->{e.Target.Code} {e.Cameo.Value}")));
    }

    [Theory]
    [InlineData("The Chilean president postponed a trip to Peru to oversee flood relief.")]
    [InlineData("Washington removed Havana from the list of countries it would consult in 2015.")]
    [InlineData("Madrid gave Rabat assurances that it would not leave the talks.")]
    public void ANeighbouringSense_CodesNoReduction(string text) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.Value is "160" or "163" or "174" or "085");

    [Fact]
    public void ASponsorsHyphenatedModifier_KeepsTheCoordination() =>
        Assert.True(Has(Extract("Fighting between Israel and Iran-aligned Hezbollah flared in July 2006."), "ISR", "LBN", "190"));

    [Fact]
    public void ADecisionWithAnAdverb_IsTheActDone() =>
        Assert.True(Has(Extract("The Security Council voted unanimously in March 2017 to end its peacekeeping mission in Haiti."), "UNSC", "HTI", "1661"));

    [Fact]
    public void AWarningThatTheSpeakersStateWouldStrike_IsAThreatToTheStruck() =>
        Assert.True(Has(Extract("Erdogan warned on Monday that Turkey would strike Syria if the shelling went on."), "TUR", "SYR", "138"));

    [Fact]
    public void ASummitHostedBy_GivesTheHostsWelcomeToEachPartyAndGuest()
    {
        var events = Extract("Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met on Friday at talks in Prague "
            + "hosted by Czech President Petr Pavel and attended by French President Emmanuel Macron.");
        Assert.True(Has(events, "CZE", "ARM", "043"));
        Assert.True(Has(events, "CZE", "AZE", "043"));
        Assert.True(Has(events, "CZE", "FRA", "043"));
    }

    [Fact]
    public void AHostedSummitWithNoMeetingTold_GivesNoWelcome() =>
        Assert.DoesNotContain(Extract("Russia criticised the summit hosted by Japan in 2023."), e => e.Cameo.Value == "043");

    [Fact]
    public void TwoVerbsSharingOneObject_GiveTheFirstVerbItsObject() =>
        Assert.True(Has(Extract("Iranian forces fired on and seized two Kuwaiti fishing boats in the Gulf in 2021."), "IRN", "KWT", "190"));
}
