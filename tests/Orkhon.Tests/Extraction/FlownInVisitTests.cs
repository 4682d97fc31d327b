using Orkhon.Domain;
using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// "… who flew in for the day", "flew in on Monday for talks": flying in for a visit, the talks, the day or a ceremony under
/// a capital's dateline is a visit to the dateline's state (042), as "arrived … for" is; flying in troops, rescuers or
/// goods is not, nor a flight in with no dateline's state named. Sentences written for these tests.
/// </summary>
public sealed class FlownInVisitTests
{
    private static readonly DateOnly Published = new(2024, 3, 5);

    private static readonly CameoCode Visit = CameoCode.Parse("042");

    private static List<EventMention> Visits(string text) =>
        EventExtractor.Default.Extract(text, Published).FindAll(e => e.Cameo.IsIn(Visit));

    [Theory]
    [InlineData("CAIRO, March 4 (Reuters) - Chinese Foreign Minister Wang Yi flew in on Monday for talks with Egypt's foreign minister, Sameh Shoukry.", "CHN", "EGY")]
    [InlineData("KIGALI, March 4 (Reuters) - British Foreign Secretary David Cameron, who flew in for the day, met Rwandan President Paul Kagame on Monday.", "GBR", "RWA")]
    [InlineData("ULAANBAATAR, Oct 20 (Reuters) - Mongolia and Germany agreed on Friday to deepen cooperation on raw materials. German President Frank-Walter Steinmeier flew in for the talks.", "DEU", "MNG")]
    public void FlyingInForAVisit_IsAVisitToTheDatelinesState(string text, string visitor, string host) =>
        Assert.Contains(Visits(text), e => e.Source.Code == visitor && e.Target.Code == host);

    [Theory]
    // Flying in rescuers is aid, not a visit.
    [InlineData("ANKARA, March 4 (Reuters) - Japan flew in rescue teams for Turkey on Monday.")]
    // No dateline: the flight in has no destination.
    [InlineData("Chinese Foreign Minister Wang Yi flew in on Monday for talks with Egypt's foreign minister.")]
    // A story filed from Vienna about Iran guesses nothing.
    [InlineData("VIENNA, March 4 (Reuters) - The head of the IAEA said on Monday that Iran's envoy flew in for the talks.")]
    public void OtherFlightsIn_AreNoVisit(string text) =>
        Assert.DoesNotContain(Visits(text), e => e.LexiconEntry == "p41-visit-fly-in-for");
}
