using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Verbal acts whose parties a second clause must not steal: ", and" + an actor + a verb opens a clause with its own subject,
/// which is neither an object of the verb before it nor coordinated with that verb's objects; and refusals told as a negated
/// future ("would not allow", "will not accept") are refusals (120), while "did not" and "never" stay uncoded.
/// </summary>
public sealed class StatementClauseTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    private static string Show(List<EventMention> events) => string.Join("; ", events.Select(e => $"{e.Source.Code}->{e.Target.Code} {e.Cameo}"));

    private static bool Has(List<EventMention> events, string source, string target, string root) =>
        events.Exists(e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value.StartsWith(root, StringComparison.Ordinal));

    [Fact]
    public void ObjectsBeforeCommaAnd_AreNotTheNextClausesSubjects()
    {
        var events = Extract("Kazakhstan thanked China and Russia for their help, and Turkey welcomed the agreement on Monday.");
        Assert.True(Has(events, "KAZ", "CHN", "051"), Show(events));
        Assert.True(Has(events, "KAZ", "RUS", "051"), Show(events));
        Assert.DoesNotContain(events, e => e.Source.Code is "CHN" or "RUS");
    }

    [Fact]
    public void OxfordList_StillJoinsItsMembers()
    {
        var events = Extract("Germany, France, and Italy condemned Belarus on Monday.");
        Assert.True(Has(events, "DEU", "BLR", "11"), Show(events));
        Assert.True(Has(events, "FRA", "BLR", "11"), Show(events));
        Assert.True(Has(events, "ITA", "BLR", "11"), Show(events));
    }

    [Fact]
    public void PhoneCallPartners_DoNotJoinTheNextClausesAppeal()
    {
        var events = Extract("The prime minister said he had spoken by phone with Erdogan and Scholz, and Tbilisi formally asked the European Union for help.");
        Assert.DoesNotContain(events, e => e.Source.Code is "TUR" or "DEU" && e.Target.Code == "EU");
    }

    [Fact]
    public void ActorBeforeASaidVerb_OpensANewClause_NotAnotherTarget()
    {
        var events = Extract("Canada and Norway voiced support for Estonia, and Washington repeated that it stood by its allies.");
        Assert.True(Has(events, "CAN", "EST", "05"), Show(events));
        Assert.True(Has(events, "NOR", "EST", "05"), Show(events));
        Assert.DoesNotContain(events, e => e.Target.Code == "USA");
    }

    [Fact]
    public void SubjectWithAnAppositive_AfterWhile_OpensANewClause()
    {
        var events = Extract("Britain condemned the raid and urged the militia to halt its attacks, while Egypt, the region's main mediator, urged calm.");
        Assert.DoesNotContain(events, e => e.Source.Code == "GBR" && e.Target.Code == "EGY");
    }

    [Theory]
    [InlineData("Hungary said on Tuesday it would not extradite the Chinese dissident to Beijing.", "HUN", "CHN")]
    [InlineData("Ankara will not accept Greece's claims over the islands, the foreign minister said on Friday.", "TUR", "GRC")]
    [InlineData("Vietnam said it would not allow Chinese ships to survey its waters.", "VNM", "CHN")]
    public void NegatedFutureOfConsent_IsARefusal(string text, string source, string target)
    {
        var events = Extract(text);
        Assert.True(Has(events, source, target, "12"), Show(events));
    }

    [Theory]
    [InlineData("Hungary did not extradite the Chinese dissident to Beijing.")]
    [InlineData("Ankara has never accepted Greece's claims over the islands.")]
    [InlineData("Analysts said Vietnam might not allow Chinese ships to survey its waters.")]
    public void PastNegationOrHedge_GivesNoRefusal(string text) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.RootNumber == 12);

    [Fact]
    public void CriticismOfTheAttack_AnswersTheOnePartyThatStruck()
    {
        var events = Extract("Russian missiles struck a power plant in Kharkiv on Monday, killing three workers. France condemned the attack.");
        Assert.True(Has(events, "FRA", "RUS", "11"), Show(events));
    }

    [Fact]
    public void CriticismOfTheAttack_AfterAnExchangeOfFire_NamesNoAuthor()
    {
        var events = Extract("Armenian troops shelled Azerbaijani positions near the border on Monday, and Azerbaijani artillery struck Armenian villages. France condemned the attack.");
        Assert.DoesNotContain(events, e => e.Source.Code == "FRA" && e.Cameo.RootNumber == 11);
    }

    [Fact]
    public void CriticsOwnStrike_GivesTheCriticismNoTarget()
    {
        var events = Extract("Turkish jets bombed targets in northern Iraq on Sunday. Ankara condemned the attack.");
        Assert.DoesNotContain(events, e => e.Source.Code == "TUR" && e.Cameo.RootNumber == 11);
    }

    [Fact]
    public void DenialByClause_AnswersTheAccuser_NotTheStateInsideTheClause()
    {
        var events = Extract("Georgia accused Russia of backing the separatist raid. Russian Foreign Minister Sergei Lavrov denied that Moscow had any role in it.");
        Assert.True(Has(events, "RUS", "GEO", "016"), Show(events));
        Assert.DoesNotContain(events, e => e.Cameo.Value == "016" && e.Target.Code == "RUS");
    }

    [Fact]
    public void DenialByGerund_AnswersTheProtester()
    {
        var events = Extract("Norway lodged a protest with Russia over the jamming of GPS signals. Russia denied jamming the signals.");
        Assert.True(Has(events, "RUS", "NOR", "016"), Show(events));
    }

    [Fact]
    public void DenialWithNoAccusation_GivesNothing() =>
        Assert.DoesNotContain(Extract("Officials in Ankara denied that a visit by the president to Cairo was being planned."), e => e.Cameo.Value == "016");

    [Fact]
    public void NegatedDenial_GivesNothing() =>
        Assert.DoesNotContain(Extract("Poland accused Belarus of pushing migrants across the border. Belarus did not deny sending them."), e => e.Cameo.Value == "016");

    [Fact]
    public void RejectedAccusation_AnswersEveryAccuser()
    {
        var events = Extract("Canada and Denmark accused Iran of plotting the attacks. The two ministers said they had asked Tehran to explain. Iran rejected the accusation.");
        Assert.True(Has(events, "IRN", "CAN", "016"), Show(events));
        Assert.True(Has(events, "IRN", "DNK", "016"), Show(events));
    }

    [Fact]
    public void StanceOnAVerdict_AnswersTheCourtThatGaveIt()
    {
        var events = Extract("A Lithuanian court on Monday sentenced two Belarusian border guards in absentia. Minsk called the verdict absurd.");
        Assert.True(Has(events, "BLR", "LTU", "11"), Show(events));
    }

    [Fact]
    public void WelcomedReport_AnswersTheBodyThatPublishedIt()
    {
        var events = Extract("The International Atomic Energy Agency said in a report that Iran had enriched uranium to 60 percent. France welcomed the report.");
        Assert.True(Has(events, "FRA", "IAEA", "05"), Show(events));
    }

    [Fact]
    public void FindingWithNoCourtOrBodyNamed_AnswersNoOne()
    {
        var events = Extract("Analysts published new trade figures on Monday. Japan welcomed the report.");
        Assert.DoesNotContain(events, e => e.Source.Code == "JPN");
    }
}
