using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Verb senses of roots 10–20 that fresh news used and the lexicon missed (branch p18-senses-b): diplomats evacuated from a
/// capital, strikes called an act of war, a criticism named by its maker's possessive, demands brushed off or dismissed, an
/// armed act possessed with its scale ("Russia's full-scale invasion"), and a border closure its own state announces
/// (<c>AnnouncedMeasures</c>: a measure, not a threat of blockade). Each sense beside the readings that must not code it.
/// </summary>
public sealed class SensesRootsTenToTwentyTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Theory]
    [InlineData("Kazakhstan evacuated its diplomats from Kyiv in February 2022.", "KAZ", "UKR", "161")]
    [InlineData("Lithuania pulled its embassy staff from Minsk in 2021.", "LTU", "BLR", "161")]
    [InlineData("Azerbaijani forces shelled Armenian villages, and Yerevan called the shelling an act of war in 2022.", "ARM", "AZE", "1123")]
    [InlineData("Berlin rejected Warsaw's criticism that Germany had delayed tank deliveries in 2023.", "POL", "DEU", "111")]
    [InlineData("Seoul brushed off Pyongyang's demand for an apology in 2015.", "KOR", "PRK", "123")]
    [InlineData("Ankara dismissed Stockholm's demands for the extradition in 2023.", "TUR", "SWE", "123")]
    [InlineData("Germany condemned Russia's unprovoked invasion of Ukraine.", "RUS", "UKR", "19")]
    [InlineData("Finland applied to join NATO after Russia's all-out invasion of Ukraine.", "RUS", "UKR", "19")]
    [InlineData("Latvia will close its border with Belarus, the Latvian prime minister said on Monday.", "LVA", "BLR", "191")]
    [InlineData("Putin said there would be no talks with Kyiv in 2022.", "RUS", "UKR", "125")]
    [InlineData("Beijing called Vilnius's move \"wrong\" in 2021.", "CHN", "LTU", "111")]
    public void Sense_CodesItsEvent(string text, string source, string target, string cameo) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value.StartsWith(cameo, StringComparison.Ordinal));

    [Theory]
    [InlineData("Germany withdrew its staff from the joint project with France in 2023.", "16")]
    [InlineData("The company pulled its personnel from the mine in Mongolia in 2020.", "16")]
    [InlineData("Beijing called the summit with Washington an act of good faith.", "11")]
    [InlineData("The president called the war between Russia and Ukraine a tragedy.", "11")]
    [InlineData("The minister shrugged off calls from opposition lawmakers to resign in 2024.", "12")]
    [InlineData("Tokyo brushed off concerns about the plan in 2023.", "12")]
    [InlineData("Norway said it would close its border with Russia if the fighting spread.", "191")]
    [InlineData("Analysts said Finland would close its border with Russia.", "191")]
    [InlineData("Finland plans to close its border with Russia, Orpo said on Tuesday.", "191")]
    [InlineData("There have been no talks with Iran since 2018, the Japanese envoy said.", "12")]
    [InlineData("Tokyo called the forecast for Chinese growth mistaken.", "11")]
    public void NotTheSense_GivesNoEventOfIt(string text, string cameo) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.Value.StartsWith(cameo, StringComparison.Ordinal));

    // A verb after a bare "and" shares the clause's subject, not the first verb's object ("called Russia … and accused Moscow").
    [Theory]
    [InlineData("Georgia's president called Russia \"our enemy and occupier\" and accused Moscow of stirring up the unrest.", "GEO", "RUS", "112")]
    [InlineData("Lithuania's foreign minister called Belarus a puppet state on Monday and condemned Minsk for the balloon flights.", "LTU", "BLR", "111")]
    public void VerbAfterBareAnd_SharesTheClauseSubject(string text, string source, string target, string cameo) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value.StartsWith(cameo, StringComparison.Ordinal));

    [Theory]
    [InlineData("Seoul said that Pyongyang had fired a missile and threatened Japan with strikes.", "KOR", "JPN")]
    [InlineData("Kyiv said Russian forces shelled Kharkiv and attacked Poland's border posts.", "UKR", "POL")]
    public void VerbAfterAndInsideAClause_KeepsThatClauseSubject(string text, string source, string target) =>
        Assert.DoesNotContain(Extract(text), e => e.Source.Code == source && e.Target.Code == target);

    // A verbal act after ", and" that follows a reported clause is the speaker's; a material act stays the reported subject's.
    [Theory]
    [InlineData("Kyiv said Russian drones had struck Odesa overnight, and called on NATO to send more air defences.", "UKR", "NATO", "02")]
    [InlineData("Baku said on Sunday that Armenian troops had fired on its positions, and demanded that Yerevan punish those responsible.", "AZE", "ARM", "10")]
    public void VerbalActAfterAReport_IsTheSpeakers(string text, string source, string target, string cameo) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value.StartsWith(cameo, StringComparison.Ordinal));

    [Theory]
    [InlineData("Kyiv said Russian drones had struck Odesa overnight, and called on NATO to send more air defences.", "RUS", "NATO")]
    [InlineData("NATO said Russian forces had shelled Kharkiv overnight, and attacked Ukrainian positions near Izium.", "NATO", "UKR")]
    public void VerbalActAfterAReport_IsNotTheReportedSubjects(string text, string source, string target) =>
        Assert.DoesNotContain(Extract(text), e => e.Source.Code == source && e.Target.Code == target);
}
