using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// What a visitor does on a trip with no partner named (talks, a signing, a pledge) is done with the host of the visit told
/// in its sentence or the one or two before (<see cref="VisitFollowUps"/>).
/// </summary>
public sealed class VisitFollowUpTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Theory]
    [InlineData("Turkey's president arrived in Astana on 7 May 2024 for a two-day visit. He held talks with Foreign Minister Aidar Bekov and laid a wreath.", "040")]
    [InlineData("Turkey's president arrived in Astana on 7 May 2024 for a two-day visit. He laid a wreath at a memorial. During the visit, he signed an agreement on energy.", "057")]
    public void PartnerlessActOfTheVisitor_IsWithTheHost(string text, string cameo)
    {
        var events = Extract(text);
        var visit = Assert.Single(events, e => e.Cameo.Value == "042");
        Assert.Contains(events, e => e.Source.Code == visit.Source.Code && e.Target.Code == visit.Target.Code && e.Cameo.Value == cameo);
    }

    [Fact]
    public void AnotherPartysAct_IsNotTheVisitors() =>
        Assert.DoesNotContain(Extract("Turkey's president arrived in Astana on 7 May 2024. Japan signed an agreement on energy on the same day."),
            e => e.Source.Code == "JPN" && e.Cameo.Value == "057");

    [Fact]
    public void ActWithItsOwnPartner_KeepsIt() =>
        Assert.DoesNotContain(Extract("Turkey's president arrived in Astana on 7 May 2024. He signed an agreement on energy with Uzbekistan's president."),
            e => e.Source.Code == "TUR" && e.Target.Code == "KAZ" && e.Cameo.Value == "057");

    [Fact]
    public void HostileAct_IsNotMadeAFollowUp() =>
        Assert.DoesNotContain(Extract("Turkey's president arrived in Astana on 7 May 2024. He criticised the sanctions regime."),
            e => e.Source.Code == "TUR" && e.Target.Code == "KAZ" && e.Cameo.RootNumber == 11);

    [Fact]
    public void VisitThreeSentencesBack_IsTooFar() =>
        Assert.DoesNotContain(Extract("Turkey's president arrived in Astana on 7 May 2024. Crowds lined the streets. The weather was warm. Officials were pleased. He signed an agreement on energy."),
            e => e.Source.Code == "TUR" && e.Cameo.Value == "057");
}
