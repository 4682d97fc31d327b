using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Acts whose parties the sentence names but whose phrase reads them only through the clause's grammar (branch p35-attach):
/// the gap of an object relative clause ("the export curbs it imposed on Japan"), a denial told in a sentential relative clause
/// (", which Beijing denies"). Each rule has a twin in which the party must not attach. Sentences of our own.
/// </summary>
public sealed class ClauseAttachmentTests
{
    private static List<string> Events(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2025, 5, 10)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo.Value}")];

    [Fact]
    public void ObjectRelativeClause_WithAPronounSubject_GivesTheNounItDescribesToItsVerb() =>
        Assert.Contains("KOR>JPN 163", Events("Seoul said on Tuesday it would lift the export curbs it imposed on Japan in 2019."));

    [Fact]
    public void ObjectRelativeClause_KeepsTheOuterVerbsTargetPastIt() =>
        Assert.Contains("KOR>JPN 0354", Events("Seoul said on Tuesday it would lift the export curbs it imposed on Japan in 2019."));

    [Fact]
    public void ObjectRelativeClause_WithThatAndANamedSubject_IsThatSubjectsAct() =>
        Assert.Contains("JPN>KOR 163", Events("Seoul criticised the export curbs that Tokyo imposed on South Korea in 2019."));

    [Fact]
    public void ObjectRelativeClause_WithAnOrganisationAsSubject_IsTheOrganisationsAct() =>
        Assert.Contains("EU>RUS 163", Events("Seoul said the sanctions the European Union imposed on Russia in 2022 had hurt its exporters."));

    [Fact]
    public void SubjectRelativeClause_OnTheSameNoun_GivesNoObjectToItsVerb() =>
        Assert.DoesNotContain(Events("Chile said the tariffs that imposed heavy costs on Peruvian farmers would end."), e => e.EndsWith(" 163", StringComparison.Ordinal));

    [Fact]
    public void NounBeforeAnotherClause_IsNoObjectOfTheVerbAfterIt() =>
        Assert.DoesNotContain(Events("Chile cited new tariffs, and it imposed on Peru a deadline to reply."), e => e.EndsWith(" 163", StringComparison.Ordinal));

    [Fact]
    public void ObjectRelativeClause_InThePresent_TellsNoAct() =>
        Assert.Empty(Events("The attack helicopters Russia supplies to India are due for an overhaul."));

    [Fact]
    public void SententialRelativeDenial_AfterAnAccusation_AnswersEachAccuser() =>
        Assert.Equal(["CAN>CHN 112", "AUS>CHN 112", "CHN>CAN 016", "CHN>AUS 016"],
            Events("Canada and Australia accuse Beijing of sending drones to Russia, which China denies."));

    [Fact]
    public void SententialRelativeDenial_AfterAReport_AnswersTheSpeaker() =>
        Assert.Contains("PER>CHL 016", Events("Chile said Peruvian troops had crossed the border on Monday, which Lima denied."));

    [Fact]
    public void SententialRelativeRejection_AfterAnAct_IsNoDenial() =>
        Assert.DoesNotContain(Events("Chile signed a trade pact with Peru, which Bolivia rejected."), e => e.EndsWith(" 016", StringComparison.Ordinal));
}
