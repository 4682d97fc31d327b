using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// The clause an appeal, demand or vow governs ends at a participial clause after a comma or at a new clause with its own
/// subject after ", and": the acts there are told as done, while the acts inside stay what was asked for or vowed.
/// </summary>
public sealed class GovernedClauseTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Fact]
    public void NewClauseAfterAVow_IsToldAsDone() =>
        Assert.Contains(Extract("Washington raised duties on Chinese steel. Beijing vowed to respond firmly, and its commerce ministry condemned the decision."),
            e => e.Source.Code == "CHN" && e.Cameo.Value == "111");

    [Fact]
    public void InfinitiveContinuedAfterAnd_StaysVowed() =>
        Assert.DoesNotContain(Extract("Beijing vowed to respond firmly, and to condemn Japan at the United Nations."),
            e => e.Source.Code == "CHN" && e.Cameo.Value == "111");

    [Fact]
    public void DemandedAct_IsNotCodedAsDone() =>
        Assert.DoesNotContain(Extract("Russia demanded on Monday that Japan condemn the attack on its embassy."),
            e => e.Source.Code == "JPN" && e.Cameo.Value == "111");

    [Fact]
    public void ParticipialReactionAfterADemand_IsAimedAtTheDemandsTarget() =>
        Assert.Contains(Extract("Russia demanded on Monday that Japan withdraw its ambassador, calling his remarks an insult."),
            e => e.Source.Code == "RUS" && e.Target.Code == "JPN" && e.Cameo.Value == "111");

    [Fact]
    public void ParticipialReasonForARejection_IsNoSecondCriticism() =>
        Assert.DoesNotContain(Extract("Moscow rejected a French proposal to send peacekeepers to Ukraine, calling it unacceptable."),
            e => e.Source.Code == "RUS" && e.Cameo.Value == "111");
}
