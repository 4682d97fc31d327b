using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Branch p39-sanctions: sanctions told as the noun an object relative clause describes ("lift the export curbs it imposed on
/// South Korea in 2019", <see cref="SanctionObjectRelatives"/>), envoys recalled with no state named after the phrase
/// (<see cref="RecalledEnvoyPosts"/>), and the lexicon rows for envoys withdrawn "to" a state, visas stopped or cut, and states
/// put on blacklists. Sentences of our own; each class has twins that must stay empty or keep another code.
/// </summary>
public sealed class SanctionsAndRecallsTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    private static bool Has(List<EventMention> events, string source, string target, string cameo) =>
        events.Exists(e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value == cameo);

    [Theory]
    [InlineData("Tokyo said on Thursday it would lift the export curbs it imposed on South Korea in 2019.", "JPN", "KOR", "2019")]
    [InlineData("Beijing said it would scrap the tariffs that it had imposed on Australia in May 2020.", "CHN", "AUS", "2020-05")]
    [InlineData("Tokyo agreed to end the export controls on three chemicals used to make chips that it imposed on South Korea in July 2019.", "JPN", "KOR", "2019-07")]
    [InlineData("Canberra welcomed the end of the duties Beijing slapped on Australian wine in 2021.", "CHN", "AUS", "2021")]
    public void ObjectRelative_CodesTheSanctionAtItsOwnTime(string text, string source, string target, string date)
    {
        var events = Extract(text);
        Assert.Contains(events, e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value == "163" && e.Date?.ToString() == date);
    }

    [Theory]
    // a passive names no imposer; a clause about something else than a penalty; a comma between noun and clause
    [InlineData("The curbs that were imposed on Russia in 2014 remain in force.")]
    [InlineData("Seoul praised the reforms it introduced on Tuesday with Tokyo's help.")]
    [InlineData("Tokyo lifted the curbs, a step it introduced on Japan's own initiative in 2023.")]
    public void ObjectRelative_NeedsAnImposerAPenaltyAndATarget(string text) =>
        Assert.DoesNotContain(Extract(text), e => e.LexiconEntry == "sanction-object-relative");

    [Theory]
    [InlineData("OTTAWA, Oct 14 (Reuters) - Canada expelled six Indian diplomats on Monday. New Delhi said it was recalling its own high commissioner.", "IND", "CAN")]
    [InlineData("Warsaw ordered three Belarusian diplomats to leave and said it was recalling its own envoy.", "POL", "BLR")]
    [InlineData("BAMAKO, Jan 31 (Reuters) - Mali ordered the French ambassador to leave on Monday. Paris said on Monday that it was recalling its envoy.", "FRA", "MLI")]
    [InlineData("Madrid said on Tuesday it was withdrawing its ambassador to Argentina.", "ESP", "ARG")]
    [InlineData("Brasilia has withdrawn its ambassador to Israel, the official gazette showed on Wednesday.", "BRA", "ISR")]
    public void EnvoyRecall_TakesThePostTheStoryTells(string text, string source, string target) =>
        Assert.True(Has(Extract(text), source, target, "161"));

    [Fact]
    public void EnvoyWithdrawalDemanded_LeavesTheReactionTheDemanders() =>
        Assert.Contains(Extract("Beijing demanded on Friday that Manila withdraw its envoy, calling his words a provocation."),
            e => e.Source.Code == "CHN" && e.Target.Code == "PHL" && e.Cameo.Value == "111");

    [Theory]
    // two foreign states in the sentence: the post is not told
    [InlineData("Russia and Ukraine traded accusations in Geneva, and Berlin said on Friday it had recalled its envoy.", "DEU")]
    // a lone recalling state with no other state in the story
    [InlineData("Berlin recalled its envoy on Friday.", "DEU")]
    public void EnvoyRecall_WithNoOneForeignStateGivesNoPost(string text, string source) =>
        Assert.DoesNotContain(Extract(text), e => e.Source.Code == source && e.Cameo.Value == "161" && e.LexiconEntry.StartsWith("p39", StringComparison.Ordinal));

    [Theory]
    [InlineData("Paris said on Tuesday it would cut the number of visas issued to citizens of Morocco.", "FRA", "MAR")]
    [InlineData("Santo Domingo stopped issuing visas to Haitians on Monday.", "DOM", "HTI")]
    [InlineData("New Delhi suspended visa services for Canadians on Thursday.", "IND", "CAN")]
    [InlineData("Trump on Monday put Cuba back on the list of state sponsors of terrorism.", "USA", "CUB")]
    [InlineData("Brussels put Panama on its blacklist of tax havens in December 2017.", "EU", "PAN")]
    [InlineData("Washington relisted Cuba in January 2021.", "USA", "CUB")]
    [InlineData("Washington designated North Korea a state sponsor of terrorism in November 2017.", "USA", "PRK")]
    public void SanctionRows_CodeAPenalty(string text, string source, string target) =>
        Assert.True(Has(Extract(text), source, target, "163"));

    [Theory]
    // lifting a visa regime is yielding; a plan put on an agenda and sponsors of a fund are no blacklist
    [InlineData("Astana lifted visa requirements for Mongolian citizens in 2023.")]
    [InlineData("The minister put the border issue on the agenda of talks with Britain.")]
    [InlineData("Kazakhstan and Uzbekistan designated sponsors for the new joint fund in 2023.")]
    public void SanctionRows_StayOffOtherActs(string text) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.Value == "163");
}
