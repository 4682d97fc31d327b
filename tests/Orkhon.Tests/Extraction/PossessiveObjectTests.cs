using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// "Welcomed X's announcement" welcomes a thing X owns, whoever X is, a state or a named person: it is praise (051), not
/// the hosting of X (043). Welcoming the person is still hosting. Sentences written for these tests.
/// </summary>
public sealed class PossessiveObjectTests
{
    private static readonly DateOnly Published = new(2024, 3, 20);

    private static readonly Orkhon.Domain.CameoCode Host = Orkhon.Domain.CameoCode.Parse("043");

    private static readonly Orkhon.Domain.CameoCode Praise = Orkhon.Domain.CameoCode.Parse("051");

    [Fact]
    public void WelcomingAPersonsAnnouncement_IsPraiseNotHosting()
    {
        var events = EventExtractor.Default.Extract("Kenya's government welcomed Erdogan's announcement on Tuesday.", Published);
        Assert.DoesNotContain(events, e => e.Cameo.IsIn(Host));
        Assert.Contains(events, e => e.Cameo.IsIn(Praise) && e.Source.Code == "KEN" && e.Target.Code == "TUR");
    }

    [Fact]
    public void WelcomingThePerson_StaysHosting() =>
        Assert.Contains(EventExtractor.Default.Extract("Kenyan President William Ruto welcomed Turkish President Erdogan to Nairobi on Tuesday.", Published),
            e => e.Cameo.IsIn(Host) && e.Source.Code == "KEN" && e.Target.Code == "TUR");
}
