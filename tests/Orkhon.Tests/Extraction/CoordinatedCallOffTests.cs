using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A verb of calling off governs every event noun coordinated under it: "cancelled a visit to A, along with his trip to B"
/// calls off both trips (<see cref="UnrealisedActs.IsCoordinatedWithCalledOff"/>; the coordinators are the classes
/// <c>coordinator</c> and <c>coordinator-lead</c> of <c>data/lexicon/modality-cues.tsv</c>). Each phrasing has a twin that
/// tells the acts as done and must keep its event, and a twin whose second noun is another verb's object ("… and made a trip
/// to B instead"), which must keep it too. Talks put off may still be coded as halted (164); no visit or meeting (04) may be.
/// The sentences are our own.
/// </summary>
public sealed class CoordinatedCallOffTests
{
    private static readonly DateOnly Published = new(2024, 6, 12);

    private static string[] Events(string text) =>
        [.. EventExtractor.Default.Extract(text, Published).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("Hungary's prime minister cancelled a visit to Vienna on Friday, along with his trip to Bratislava for the summit.")]
    [InlineData("Seoul's trade minister postponed talks with Tokyo and a planned visit to Beijing on Monday.")]
    [InlineData("The Greek foreign minister called off talks in Ankara on Monday as well as a stop in Nicosia.")]
    [InlineData("The Indian premier scrapped a visit to Dhaka on Monday together with a visit to Nepal.")]
    [InlineData("Chile's president put off a state visit to Argentina on Monday, plus a trip to Uruguay.")]
    [InlineData("The Japanese premier called off a visit to Manila on Monday, along with his trip to Jakarta for the summit.")]
    public void EveryNounCoordinatedUnderACallOff_GivesNoVisitOrMeeting(string text) =>
        Assert.DoesNotContain(Events(text), e => e.Contains(" 04", StringComparison.Ordinal));

    [Theory]
    // the same acts told as done
    [InlineData("Hungary's prime minister made a visit to Vienna on Friday, along with his trip to Bratislava for the summit.", "HUN>SVK 042")]
    [InlineData("Seoul's trade minister held talks with Tokyo and paid a visit to Beijing on Monday.", "KOR>CHN 042")]
    [InlineData("The Indian premier made a visit to Dhaka on Monday together with a visit to Nepal.", "IND>BGD 042")]
    [InlineData("Chile's president paid a state visit to Argentina on Monday, plus a trip to Uruguay.", "CHL>ARG 042")]
    // the second noun is another verb's object: only the first act is called off
    [InlineData("The Japanese premier called off a visit to Manila on Monday and made a trip to Jakarta instead.", "JPN>IDN 042")]
    [InlineData("Egypt's president cancelled talks with Libya and held talks with Sudan on Monday.", "EGY>SDN 040")]
    public void TheTwinToldAsDone_KeepsItsEvent(string text, string expected) =>
        Assert.Contains(expected, Events(text));
}
