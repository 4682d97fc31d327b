using Orkhon.Domain;
using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction.Mentions;

/// <summary>
/// References back inside an excerpt: a pronoun in subject position is the previous sentence's subject, "It" opening a
/// sentence its speaker or subject, "the minister" the last one named with that title, "the kingdom" the last state, and a
/// sentence with one actor that reacts answers the other party of the sentence before.
/// </summary>
public sealed class CoreferenceTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, new DateOnly(2025, 3, 14));

    [Fact]
    public void He_IsThePreviousSentencesSubject_NotItsLastPerson()
    {
        var events = Extract("Italy's defence minister met Egypt's president in Cairo on Monday. He later criticised Libya.");
        Assert.Contains(events, e => (e.Source.Code, e.Target.Code, e.Cameo.RootNumber) == ("ITA", "LBY", 11));
        Assert.DoesNotContain(events, e => e.Source.Code == "EGY" && e.Target.Code == "LBY");
    }

    [Fact]
    public void He_AfterAPersonInItsOwnSentence_IsThatPerson()
    {
        var events = Extract("Peru's foreign minister met Chile's foreign minister on Monday. Bolivia's president said he would visit Brazil.");
        Assert.DoesNotContain(events, e => e.Source.Code == "PER" && e.Target.Code == "BRA");
    }

    [Fact]
    public void ItOpeningASentence_IsThePreviousSentencesSpeaker()
    {
        var events = Extract("Armenia shelled Azerbaijani positions overnight, Baku said on Tuesday. It vowed to retaliate.");
        Assert.Contains(events, e => (e.Source.Code, e.Target.Code, e.Cameo.RootNumber) == ("AZE", "ARM", 13));
    }

    [Theory]
    [InlineData("Poland expelled a Belarusian diplomat on Monday. It was the third expulsion this year.")]
    [InlineData("Poland expelled a Belarusian diplomat on Monday. It will be the third expulsion this year.")]
    public void ExpletiveIt_NamesNoActor(string text) =>
        Assert.Single(Extract(text));

    [Fact]
    public void TheMinister_IsTheLastOneNamedWithThatTitle()
    {
        var events = Extract("Chile's president met Spanish Foreign Minister Jose Manuel Albares in Santiago on Monday. The minister later criticised Venezuela.");
        Assert.Contains(events, e => (e.Source.Code, e.Target.Code, e.Cameo.RootNumber) == ("ESP", "VEN", 11));
        Assert.DoesNotContain(events, e => e.Source.Code == "CHL" && e.Target.Code == "VEN");
    }

    [Fact]
    public void ThePrimeMinister_IsNotAForeignMinister()
    {
        var events = Extract("Greece's foreign minister met Cyprus's president on Monday. The prime minister criticised Turkey.");
        Assert.DoesNotContain(events, e => e.Source.Code == "GRC" && e.Target.Code == "TUR");
    }

    // "The kingdom" is the last kingdom named (its official name in countries.tsv says so).
    [Theory]
    [InlineData("Morocco signed a trade deal with Portugal on Monday. The kingdom also criticised Algeria.", "MAR")]
    [InlineData("Jordan hosted Oman's foreign minister on Monday. The kingdom also criticised Israel.", "JOR")]
    public void TheKingdom_IsTheLastKingdomNamed(string text, string last) =>
        Assert.Contains(Extract(text), e => e.Source.Code == last && e.Target.Code == "ISR" || e.Source.Code == last && e.Target.Code == "DZA");

    // With no kingdom named, "the kingdom" is nobody: Peru is a republic (StateFormReferenceTests).
    [Fact]
    public void TheKingdom_WithNoKingdomNamed_IsNobody() =>
        Assert.DoesNotContain(Extract("Chile signed a trade deal with Peru on Monday. The kingdom also criticised Israel."), e => e.Target.Code == "ISR");

    [Fact]
    public void TheRepublicOfAState_IsAName()
    {
        var e = Assert.Single(Extract("The Republic of Korea and the Republic of Chile signed a memorandum on Monday."));
        Assert.Equal(("KOR", "CHL"), (e.Source.Code, e.Target.Code));
    }

    [Fact]
    public void HisCounterpart_HoldsTheSameOffice()
    {
        var e = Assert.Single(Extract("Hungary's prime minister met his Slovak counterpart on Monday."));
        Assert.Equal(("HUN", "SVK", ActorRole.HeadOfGovernment), (e.Source.Code, e.Target.Code, e.Target.Role));
    }

    [Fact]
    public void NamedCounterpart_HoldsTheSameOffice()
    {
        var e = Assert.Single(EventExtractor.Default.Extract("Chinese Foreign Minister Wang Yi met his Russian counterpart Sergei Lavrov in Beijing on April 9, 2024.", null));
        Assert.Equal(("CHN", "RUS", ActorRole.ForeignMinistry), (e.Source.Code, e.Target.Code, e.Target.Role));
    }

    [Theory]
    [InlineData("Canberra's envoy criticised Beijing on Monday.", "AUS", "CHN")]
    [InlineData("The Kenyan side praised Uganda on Monday.", "KEN", "UGA")]
    [InlineData("Austria's chancellor praised Slovenia on Monday.", "AUT", "SVN")]
    public void TitleWithoutAName_IsItsState(string text, string source, string target)
    {
        var e = Assert.Single(Extract(text));
        Assert.Equal((source, target), (e.Source.Code, e.Target.Code));
    }

    [Fact]
    public void OneActorReaction_AnswersWhoActedAgainstIt()
    {
        var events = Extract("Colombia expelled two Ecuadorian diplomats on Sunday. Quito promised a response.");
        Assert.Contains(events, e => (e.Source.Code, e.Target.Code) == ("ECU", "COL"));
    }

    [Fact]
    public void OneActorReaction_WithNoCodedActBefore_GuessesNoTarget()
    {
        // "the report" may be anyone's: the party named in the sentence before is not taken for it.
        var events = Extract("Chile's mission rejected the findings as a farce cooked up by Peru. Lima welcomed the report on Monday.");
        Assert.DoesNotContain(events, e => e.Source.Code == "PER" && e.Target.Code == "CHL");
    }
}
