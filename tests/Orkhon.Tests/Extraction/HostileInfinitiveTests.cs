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

    // An absorbed agreement followed by further phrases in its sentence once left the clause dates one short of the phrases,
    // and coding the sentence's last phrase read past their end (IndexOutOfRangeException).
    [Theory]
    [InlineData("EU ministers agreed to bar Belarusian airlines after Minsk arrested a Lithuanian journalist.", "BLR", "LTU")]
    [InlineData("Canada agreed on Tuesday to impose sanctions on Nicaragua and criticised its elections.", "CAN", "NIC")]
    public void AnAbsorbedAgreement_BeforeFurtherPhrases_LeavesThemCoded(string sentence, string source, string target)
    {
        var events = EventExtractor.Default.Extract(sentence, Published);
        Assert.DoesNotContain(events, e => e.Cameo.Equals(Cooperate));
        Assert.Contains(events, e => e.Cameo.RootNumber >= 10 && e.Source.Code == source && e.Target.Code == target);
    }
}
