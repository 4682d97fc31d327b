using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Acts of force posture and seizure at sea and in the air (<c>data/lexicon/events.tsv</c>, the p29-senses4 rows): a radar
/// locked on another state's ship or aircraft and ships sailing into another state's waters are 150; a launch into the
/// open sea, a domestic seizure, a flag of convenience and the idioms of "seize", "test" and "launch" give nothing.
/// Sentences of our own.
/// </summary>
public sealed class ForcePostureSeizureTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Theory]
    [InlineData("A Chinese destroyer locked its fire-control radar on a Japanese helicopter in 2013.", "CHN", "JPN", "150")]
    [InlineData("The Chinese navy aimed fire-control radar at a Philippine vessel.", "CHN", "PHL", "150")]
    [InlineData("A Venezuelan navy vessel sailed into waters claimed by Guyana on March 1.", "VEN", "GUY", "150")]
    [InlineData("Chinese navy ships sailed near Japanese islands on Friday.", "CHN", "JPN", "150")]
    [InlineData("A Russian corvette has steamed into Norwegian waters, Oslo said.", "RUS", "NOR", "150")]
    public void ForceActOnAnotherState_IsCoded(string text, string source, string target, string cameo) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value == cameo);

    [Theory]
    [InlineData("Russian forces seized a Ukrainian town near Bakhmut.", "RUS", "UKR", "192")]
    public void SeizedPlaces_StayOccupation(string text, string source, string target, string cameo) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value == cameo);

    [Theory]
    // A launch into the open sea names no target (README: an act with no target is not coded).
    [InlineData("North Korea fired two short-range ballistic missiles into the sea off its east coast on Sunday.")]
    [InlineData("North Korea conducted its sixth nuclear test in September 2017.")]
    [InlineData("The missile exploded on the launch pad shortly after lift-off.")]
    // A domestic seizure of a smuggler's boat.
    [InlineData("Iranian police seized a boat smuggling fuel off Bushehr.")]
    // A flag of convenience names no party to the seizure.
    [InlineData("Iran captured a Liberian-flagged tanker in the Strait of Hormuz in 2019.")]
    [InlineData("The coast guard seized a boat smuggling migrants near Lesbos on Tuesday.")]
    // Idioms of seize, test and launch.
    [InlineData("Iran seized the opportunity to press its claims.")]
    [InlineData("Tests showed the missile had been made abroad.")]
    [InlineData("The ministry launched a campaign to promote tourism.")]
    [InlineData("The Japanese navy launched a new website for recruits.")]
    [InlineData("The yacht sailed into calm waters after the storm.")]
    public void NoOtherState_GivesNoEvent(string text) =>
        Assert.Empty(Extract(text));
}
