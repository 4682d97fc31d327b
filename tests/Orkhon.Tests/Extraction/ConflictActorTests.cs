using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Who acts in conflict news when the subject is not a state's name: a crowd of a people protesting or assaulting (CAMEO's
/// CVL agent, <c>WeakSubjects</c>), an attack noun after a national adjective ("A Russian drone strike killed…"), and the
/// state whose airspace or ships "its" names after a speaker (<c>SpeakerPossessive</c>). And where none of them acts.
/// </summary>
public sealed class ConflictActorTests
{
    private static string[] Summary(string text) =>
        [.. EventExtractor.Default.Extract(text, null).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("Hundreds of Georgians rallied outside the Russian embassy in Tbilisi in March 2019.", "GEO>RUS 141")]
    [InlineData("Dozens of Kyrgyz protesters picketed the embassy of China in Bishkek in 2019.", "KGZ>CHN 141")]
    [InlineData("Thousands of Serbians marched towards the American embassy in Belgrade in February 2008.", "SRB>USA 141")]
    [InlineData("Hundreds of Israeli settlers rampaged through a Palestinian village in June 2023.", "ISR>PSE 182")]
    [InlineData("Polish truckers blocked the border crossings with Ukraine in November 2023.", "POL>UKR 144")]
    public void ACrowdOfAPeople_ProtestsUnderItsState(string text, string expected) => Assert.Contains(expected, Summary(text));

    [Theory]
    [InlineData("Hundreds of Georgians signed a letter to the Russian embassy in 2019.")] // a people signs nothing for its state
    [InlineData("Thousands of Kazakhs visited Russia in 2023.")] // tourists travel; the state does not visit
    [InlineData("Dozens of Mongolian herders thanked Japan in 2021.")] // herders are no acting group
    public void ACrowd_DoesNotActForItsStateOtherwise(string text) =>
        Assert.DoesNotContain(Summary(text), e => e.StartsWith("GEO>", StringComparison.Ordinal) || e.StartsWith("KAZ>", StringComparison.Ordinal) || e.StartsWith("MNG>", StringComparison.Ordinal));

    [Fact]
    public void ACrowd_IsNotTheSubjectOverANearerActor()
    {
        // The gunman shoots, not the settlers of the first clause.
        var events = Summary("Hundreds of Israeli settlers rampaged through a Palestinian village in June 2023, hours after a Palestinian gunman shot dead two Israeli soldiers.");
        Assert.Contains("ISR>PSE 182", events);
        Assert.DoesNotContain(events, e => e.StartsWith("ISR>ISR", StringComparison.Ordinal) || e.EndsWith(" 1823", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("A Russian drone strike killed three Ukrainian soldiers in May 2024.", "RUS>UKR 195")]
    [InlineData("An Israeli strike hit Beirut in September 2024.", "ISR>LBN 195")]
    [InlineData("A Turkish drone strike on a car near Qamishli killed two Syrian commanders in 2023.", "TUR>SYR 1823")]
    [InlineData("Turkish air strikes on Iraq intensified in January 2023.", "TUR>IRQ 195")]
    public void AnAttackNoun_StandsForTheStateThatStruck(string text, string expected) => Assert.Contains(expected, Summary(text));

    [Theory]
    [InlineData("A Russian journalist shot dead a Ukrainian soldier in 2021.")] // a journalist is no armed force
    [InlineData("The Chinese attack drew praise from Pakistan in 2023.")] // an attack noun, but the verb is no violent act
    [InlineData("A Russian drone strike was reported near Kharkiv in May 2024.")] // no state struck
    public void AnAttackNoun_GivesNoOtherAct(string text) =>
        Assert.DoesNotContain(Summary(text), e => e.StartsWith("RUS>", StringComparison.Ordinal) || e.StartsWith("CHN>", StringComparison.Ordinal));

    [Theory]
    [InlineData("China demanded that Pakistan investigate a suicide attack that killed five Chinese engineers in March 2024.")]
    [InlineData("Kyiv said the missile strike killed four Ukrainian soldiers in May 2024.")]
    public void AnAttackNamedForNoState_IsNobodysAct(string text) =>
        Assert.DoesNotContain(Summary(text), e => e.Split(' ')[1].StartsWith("18", StringComparison.Ordinal) || e.Split(' ')[1].StartsWith("19", StringComparison.Ordinal));

    [Theory]
    [InlineData("Lithuania said on Friday that Russian jets had violated its airspace.", "RUS>LTU 192")]
    [InlineData("The Philippine coast guard said Chinese vessels had rammed one of its ships in June 2024.", "CHN>PHL 190")]
    [InlineData("Estonia's defence ministry said Russian helicopters had violated its airspace in 2023.", "RUS>EST 192")]
    public void ItsAsset_AfterASpeaker_IsTheSpeakers(string text, string expected) => Assert.Contains(expected, Summary(text));

    [Theory]
    [InlineData("Russia said it had moved its troops to the border in 2021.")] // the speaker's own troops, no other state
    [InlineData("Lithuania said Russian jets had violated its president's trust in 2023.")] // a president is no asset
    public void ItsAsset_NeedsAnotherStateActing(string text) =>
        Assert.DoesNotContain(Summary(text), e => e.EndsWith(" 192", StringComparison.Ordinal) || e.EndsWith(" 190", StringComparison.Ordinal));

    [Theory]
    [InlineData("Thousands of protesters stormed the Swedish embassy in Baghdad in July 2023.", "IRQ>SWE 145")]
    [InlineData("Demonstrators rallied outside the Russian embassy in Tbilisi in March 2019.", "GEO>RUS 141")]
    [InlineData("Moscow said protesters had stormed the Swedish embassy in Baghdad in July 2023.", "IRQ>SWE 145")]
    public void ACrowdWithNoNationality_IsOfTheStateItProtestsIn(string text, string expected) => Assert.Contains(expected, Summary(text));

    [Fact]
    public void ACrowdWithNoNationalityOrPlace_IsNoReportingSubject() =>
        Assert.DoesNotContain(Summary("Moscow said protesters had stormed the Swedish embassy in July 2023."), e => e.StartsWith("RUS>", StringComparison.Ordinal));

    [Fact]
    public void APassiveWithNoAgent_ReactsToNoEarlierAct()
    {
        // "one man was killed" names no killer; the health officials are its speakers, not an assailant answering the settlers.
        var events = Summary("Hundreds of Israeli settlers rampaged through a Palestinian village in June 2023. Palestinian health officials said one man was killed.");
        Assert.DoesNotContain(events, e => e.StartsWith("PSE>", StringComparison.Ordinal));
    }
}
