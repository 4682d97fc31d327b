using Orkhon.Domain;

namespace Orkhon.Tests.Domain;

public sealed class EventTests
{
    private static Event Visit() =>
        new("x", new ActorRef("MNG"), new ActorRef("KAZ"), CameoCode.MakeVisit, null, null, EventOrigin.Extracted, 0.5, []);

    [Fact]
    public void New_DefaultCameoCode_Refused() =>
        Assert.Throws<ArgumentException>(() => new Event("x", new ActorRef("MNG"), new ActorRef("KAZ"), default, null, null, EventOrigin.Extracted, 0.5, []));

    [Fact]
    public void With_DefaultCameoCode_Refused() => Assert.Throws<ArgumentException>(() => Visit() with { Cameo = default });

    [Fact]
    public void Cameo_IsTheCodeItWasBuiltWith()
    {
        var e = Visit() with { Cameo = CameoCode.Parse("0423") };
        Assert.Equal("0423", e.Cameo.Value);
        Assert.True(e.Cameo.IsIn(CameoCode.MakeVisit));
        Assert.Null(Visit().Kind);
    }
}
