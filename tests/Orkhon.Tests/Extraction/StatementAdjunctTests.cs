using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Statements told in a participial clause after a comma (", accusing X of …", ", urging X to …", ", saying X was behind …"):
/// the statement is made as the main clause is told, so a main clause that denies or plans its act does not silence it
/// (<see cref="Orkhon.Extraction.Clauses.ParticipialClauses.IsStatement"/>), and ", saying" reports the main subject's words
/// (<see cref="Orkhon.Extraction.ReportedBlame"/>). Sentences written for these tests.
/// </summary>
public sealed class StatementAdjunctTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Theory]
    // negated main clause, agency style
    [InlineData("Russia did not attend the meeting in Geneva, accusing Washington of bad faith.", "RUS", "USA", "112")]
    // a future denied, reported
    [InlineData("The Israeli foreign ministry said on Monday it would not renew the visas of U.N. staff, accusing the office of bias.", "ISR", "UN", "112")]
    // a plan denied, the reporting clause last
    [InlineData("China will not send a delegation to the summit, accusing Japan of provocation, a spokesman said on Tuesday.", "CHN", "JPN", "112")]
    // a criticism, newspaper style
    [InlineData("Austria will not back the proposal, criticising Brussels for its handling of the crisis.", "AUT", "EU", "11")]
    // the negation in a clause no phrase was found in
    [InlineData("Kazakhstan did not recognise the referendum, calling on Moscow to respect the borders of its neighbours.", "KAZ", "RUS", "02")]
    // an appeal after a refusal told with "not"
    [InlineData("Turkey did not join the sanctions on Friday, urging Russia to return to talks.", "TUR", "RUS", "02")]
    public void AStatementAfterADeniedOrPlannedAct_IsMade(string text, string source, string target, string code) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value.StartsWith(code, StringComparison.Ordinal));

    [Fact]
    public void AStatementAfterAPlannedAct_IsNotDatedByThePlan()
    {
        var events = EventExtractor.Default.Extract("Japan will hold joint drills with the United States next week, drawing criticism from China.", new DateOnly(2024, 6, 10));
        Assert.Contains(events, e => e.Source.Code == "CHN" && e.Target.Code == "JPN" && e.Cameo.Value == "111"
            && (e.Date is null || e.Date.Value.Latest <= new DateOnly(2024, 6, 10)));
    }

    [Theory]
    // hard negatives: an act that is no statement still shares its main clause's negation or plan
    [InlineData("Mongolia did not arrest the Russian president, ignoring the International Criminal Court.", "12")]
    [InlineData("Serbia will not sign the deal with Russia, breaking its promise to Moscow.", "05")]
    // the statement itself is denied in its own clause
    [InlineData("Poland did not attend, never accusing Germany of anything.", "11")]
    public void AnActThatIsNoStatement_SharesItsMainClause(string text, string root) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.Value.StartsWith(root, StringComparison.Ordinal));

    [Theory]
    [InlineData("Britain expelled 23 Russian diplomats on Wednesday, saying Moscow was culpable for the attack in Salisbury.", "GBR", "RUS")]
    [InlineData("Canada expelled six Indian diplomats on Monday, saying India was responsible for the killing of a Sikh leader.", "CAN", "IND")]
    [InlineData("Ukraine summoned the Belarusian envoy, saying Minsk was behind the drone attack.", "UKR", "BLR")]
    // an earlier verb of saying ("announced") whose report names no accused
    [InlineData("Canada's foreign minister announced the expulsions on Monday, saying India was responsible for the killing in Surrey.", "CAN", "IND")]
    [InlineData("The Azerbaijani defence ministry closed the road on Sunday, saying Armenia was to blame for the shelling.", "AZE", "ARM")]
    [InlineData("Seoul lodged a protest with Pyongyang, saying North Korea was responsible for the attack on the corvette.", "KOR", "PRK")]
    public void ABlameAfterSaying_IsTheMainSubjectsAccusation(string text, string source, string target) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value == "112");

    [Theory]
    // hard negatives: a blame denied, a responsibility that is no hostile act, the speaker blaming itself
    [InlineData("Britain expelled 23 Russian diplomats on Wednesday, saying Moscow was not responsible for the attack.")]
    [InlineData("Canada expelled six Indian diplomats on Monday, saying India was responsible for the security of the talks.")]
    [InlineData("Ukraine closed its border on Sunday, saying Ukraine was to blame for nothing.")]
    public void ABlameThatIsNone_IsNoAccusation(string text) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.Value == "112");

    [Theory]
    // a pronoun for the main clause's object, with another actor in what it is accused of
    [InlineData("Saudi Arabia cut diplomatic ties with Qatar on Monday, accusing it of supporting terrorism and Iran.", "SAU", "QAT", "IRN")]
    // several subjects, each its own act
    [InlineData("Bahrain and Egypt closed their airspace to Qatar on Monday, accusing it of backing Iran.", "EGY", "QAT", "IRN")]
    // a noun phrase that names no actor
    [InlineData("The Israeli foreign ministry said on Monday it would not renew the visas of U.N. staff, accusing the office of bias against Israel.", "ISR", "UN", null)]
    [InlineData("Algeria severed diplomatic relations with Morocco on Tuesday, accusing the neighbouring kingdom of hostile actions.", "DZA", "MAR", null)]
    // "for", a criticism
    [InlineData("Russia expelled two Estonian diplomats, criticising the embassy for spreading Russophobia in Moscow.", "RUS", "EST", null)]
    public void AStatementToAReferenceBack_IsAimedAtTheMainActsTarget(string text, string source, string target, string? notTarget)
    {
        var events = Extract(text);
        Assert.Contains(events, e => e.Source.Code == source && e.Target.Code == target && e.Cameo.RootNumber is 1 or 2 or 10 or 11 or 13 && e.Cameo.Value != "114");
        if (notTarget is not null)
        {
            Assert.DoesNotContain(events, e => e.Source.Code == source && e.Target.Code == notTarget);
        }
    }

    [Theory]
    // hard negatives: an addressee named, or a main clause that acted on nobody
    [InlineData("Russia expelled two Estonian diplomats, accusing Latvia of spying.", "EST", "11")]
    [InlineData("Moscow held military drills on Monday, accusing the West of provocations.", "RUS", "11")]
    public void AStatementWithItsOwnAddresseeOrNoMainTarget_IsNotRedirected(string text, string notTarget, string root) =>
        Assert.DoesNotContain(Extract(text), e => e.Target.Code == notTarget && e.Cameo.Value.StartsWith(root, StringComparison.Ordinal) && e.Cameo.Value != "114");
}
