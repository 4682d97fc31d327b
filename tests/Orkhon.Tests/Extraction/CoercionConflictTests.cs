using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Coercion and conflict in agency copy (branch p12-coerce, roots 10–20): a measure a state announces or agrees for itself is
/// the measure taken (<c>AnnouncedMeasures</c>), a causative with an actor object tells of the act done, "after accusing"
/// is the main clause's act, a warning followed by its own act ("warned it would expel") threatens that act's target, a threat
/// with no one named answers whoever last used force against the one threatening, a reaction to
/// "the attack" answers no earlier act that was no armed act, a struck place before a verb is the object, and the rows of the p12-coerce lexicon block. Every sentence is our own; each mechanism
/// has its hard negatives.
/// </summary>
public sealed class CoercionConflictTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, new DateOnly(2024, 5, 1));

    private static string Show(List<EventMention> events) =>
        string.Join("; ", events.Select(e => $"{e.Source.Code}->{e.Target.Code} {e.Cameo.Value} {e.Date}"));

    private static bool Has(List<EventMention> events, string source, string target, string cameo) =>
        events.Any(e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value == cameo);

    [Theory]
    [InlineData("Lithuania will expel the Russian ambassador, Prime Minister Ingrida Simonyte said on Tuesday.", "LTU", "RUS", "174")]
    [InlineData("Estonia said on Monday it would close its embassy in Minsk.", "EST", "BLR", "161")]
    [InlineData("Japan will withdraw its ambassador from Seoul, Tokyo said on Friday.", "JPN", "KOR", "161")]
    [InlineData("Finland's defence minister said on Monday that Helsinki would send more troops to the border with Russia.", "FIN", "RUS", "154")]
    public void AMeasureAStateAnnouncesForItself_IsTaken(string text, string source, string target, string cameo)
    {
        var events = Extract(text);
        Assert.True(Has(events, source, target, cameo), Show(events));
    }

    [Theory]
    // Someone else's forecast, a plan, a condition (a threat, not the act) and a negation.
    [InlineData("Analysts said Russia would expel more Latvian diplomats.")]
    [InlineData("Estonia plans to close its embassy in Minsk, the foreign ministry said.")]
    [InlineData("Diplomats said the European Union will impose new sanctions on Iran next month.")]
    [InlineData("Estonia said on Monday it would not close its embassy in Minsk.")]
    public void AMeasureNotAnnouncedByItsOwnState_IsNotTaken(string text)
    {
        var events = Extract(text);
        Assert.DoesNotContain(events, e => e.Cameo.Value is "174" or "161" or "154" or "163");
    }

    [Fact]
    public void AConditionalMeasureAnnounced_StaysAThreat()
    {
        var events = Extract("China said on Monday it would impose sanctions on Lithuania if Vilnius did not back down.");
        Assert.True(Has(events, "CHN", "LTU", "1312"), Show(events));
        Assert.DoesNotContain(events, e => e.Cameo.Value == "163");
    }

    [Fact]
    public void AMeasureAgreed_IsTakenAndDatedByTheAgreement()
    {
        var events = Extract("EU foreign ministers agreed on Tuesday to impose further sanctions on Belarus.");
        Assert.Contains(events, e => e.Target.Code == "BLR" && e.Cameo.Value == "163" && e.Date?.ToString() == "2024-04-30");
        Assert.DoesNotContain(events, e => e.Cameo.Value.StartsWith("03", StringComparison.Ordinal));
    }

    [Fact]
    public void ACooperationAgreed_StaysAnIntent()
    {
        var events = Extract("Japan and China agreed on Tuesday to hold talks on the islands.");
        Assert.True(Has(events, "JPN", "CHN", "036"), Show(events));
        Assert.DoesNotContain(events, e => e.Cameo.Value == "040");
    }

    [Fact]
    public void ACausativeWithAnActorObject_TellsOfTheActDone()
    {
        var events = Extract("Two Chinese drones crossed into Japanese airspace on Monday, prompting Japan to scramble fighter jets.");
        Assert.True(Has(events, "JPN", "CHN", "150"), Show(events));
    }

    [Fact]
    public void APassiveCausative_NamesNoActor() =>
        Assert.DoesNotContain(Extract("A cargo plane flying from Riga to Kyiv was forced to land in the Belarusian capital."), e => e.Cameo.Value == "042");

    [Theory]
    [InlineData("Japan summoned China's ambassador on Monday after accusing Beijing of violating its airspace.", "JPN", "CHN")]
    [InlineData("Ankara expelled the Dutch ambassador while accusing the Netherlands of fascism.", "TUR", "NLD")]
    public void AnIngFormAfterASubordinator_IsTheMainSubjectsAct(string text, string source, string target)
    {
        var events = Extract(text);
        Assert.Contains(events, e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value.StartsWith("112", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Source.Code == target && e.Cameo.Value.StartsWith("112", StringComparison.Ordinal));
    }

    [Fact]
    public void AThreatWithNoOneNamed_AnswersEveryPartyOfTheLastArmedActAgainstIt()
    {
        var events = Extract("French and Italian jets struck targets across Libya on Sunday. The strikes hit radar sites. "
            + "A Libyan spokesman vowed that the government would retaliate.");
        Assert.True(Has(events, "LBY", "FRA", "138"), Show(events));
        Assert.True(Has(events, "LBY", "ITA", "138"), Show(events));
    }

    [Fact]
    public void AThreatWithNoOneNamed_AnswersNoArmedActAgainstAnotherParty()
    {
        var events = Extract("French jets struck targets across Libya on Sunday. Egypt vowed to retaliate.");
        Assert.DoesNotContain(events, e => e.Source.Code == "EGY");
    }

    [Theory]
    [InlineData("Moscow warned on Friday it would expel more Latvian diplomats.", "RUS", "LVA", "130")]
    [InlineData("China warned that it would impose sanctions on Lithuanian firms.", "CHN", "LTU", "1312")]
    public void AWarningFollowedByItsOwnAct_ThreatensThatActsTarget(string text, string source, string target, string cameo)
    {
        var events = Extract(text);
        Assert.True(Has(events, source, target, cameo), Show(events));
        Assert.DoesNotContain(events, e => e.Cameo.Value is "174" or "163");
    }

    [Fact]
    public void AWarningOfAnActDenied_ExpelsNoOne() =>
        Assert.DoesNotContain(Extract("Moscow warned it would not expel more Latvian diplomats."), e => e.Cameo.Value == "174");

    [Theory]
    [InlineData("Russian strikes on Odesa killed 12 people on Monday.", "RUS", "UKR", "195")]
    [InlineData("Russia halted gas deliveries to Bulgaria in April 2022.", "RUS", "BGR", "163")]
    [InlineData("Russia used cluster munitions against Ukrainian cities in 2022.", "RUS", "UKR", "190")]
    [InlineData("Washington hit Beijing with new export controls on Tuesday.", "USA", "CHN", "163")]
    public void ClassesOfTheCoerceBlock_Code(string text, string source, string target, string cameo)
    {
        var events = Extract(text);
        Assert.True(Has(events, source, target, cameo), Show(events));
    }

    [Theory]
    [InlineData("Kazakh police detained 30 migrants from Kyrgyzstan on Monday.", "KAZ", "KGZ")]
    [InlineData("A Turkish court jailed five men from Iran for smuggling.", "TUR", "IRN")]
    public void PeopleHeldFromAState_AreThatStatesPeople(string text, string source, string target)
    {
        var events = Extract(text);
        Assert.True(Has(events, source, target, "173"), Show(events));
    }

    [Fact]
    public void PeopleHeldFromTheirOwnStatesCity_GiveNoEvent() =>
        Assert.DoesNotContain(Extract("Ukraine arrested two men from Kharkiv on Monday."), e => e.Cameo.Value == "173");

    [Fact]
    public void AReactionToAnAttack_AnswersNoArrestAgainstTheOneReacting()
    {
        var events = Extract("A Kazakh court charged three men from Tajikistan over the bombing on Sunday. "
            + "Tajikistan's president condemned the attack on Monday.");
        Assert.True(Has(events, "KAZ", "TJK", "173"), Show(events));
        Assert.DoesNotContain(events, e => e.Source.Code == "TJK" && e.Target.Code == "KAZ");
    }

    [Theory]
    // Export controls are no air strike; a pipeline's own flow and a country's own weapons are no act on another state.
    [InlineData("Washington hit Beijing with new export controls on Tuesday.", "195")]
    [InlineData("Russia halted gas deliveries for maintenance on Monday.", "163")]
    [InlineData("Ukraine said it had never used cluster munitions.", "190")]
    public void ClassesOfTheCoerceBlock_KeepTheirSenses(string text, string cameo) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.Value == cameo);
}
