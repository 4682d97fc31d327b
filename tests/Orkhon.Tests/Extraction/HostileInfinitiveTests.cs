using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// "Agreed to impose sanctions on X" is the sanctions, not an intent to cooperate with X; "agreed to expand trade with X"
/// stays cooperation. Sentences written for these tests.
/// </summary>
public sealed class HostileInfinitiveTests
{
    private static readonly DateOnly Published = new(2024, 5, 8);

    private static readonly Orkhon.Domain.CameoCode Cooperate = Orkhon.Domain.CameoCode.Parse("030");

    [Fact]
    public void AgreeingToAHostileAct_IsNoCooperationWithItsTarget()
    {
        var events = EventExtractor.Default.Extract("Canada agreed on Tuesday to impose sanctions on Nicaragua.", Published);
        Assert.DoesNotContain(events, e => e.Cameo.Equals(Cooperate) && e.Target.Code == "NIC");
        Assert.Contains(events, e => e.Cameo.RootNumber == 16 && e.Source.Code == "CAN" && e.Target.Code == "NIC");
    }

    [Fact]
    public void AgreeingToCooperate_StaysCooperation() =>
        Assert.Contains(EventExtractor.Default.Extract("Canada agreed on Tuesday to speed up work with Chile on a trade pact.", Published),
            e => e.Cameo.RootNumber == 3 && e.Source.Code == "CAN" && e.Target.Code == "CHL");
}
