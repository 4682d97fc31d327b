using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A reaction to a definite act or statement ("condemned the decision", "welcomed the remarks") with no actor of its own
/// answers the previous sentence's actor, even when that sentence told no coded event.
/// </summary>
public sealed class ReactionToPreviousActorTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Theory]
    [InlineData("Kazakhstan's parliament passed the new language law on Monday. Russia criticised the decision.", "RUS", "KAZ")]
    [InlineData("The Kyrgyz president spoke about water sharing in a television interview. Tajikistan welcomed the remarks.", "TJK", "KGZ")]
    [InlineData("Lithuania opened a new trade office in Taipei on Friday, its economy ministry said. Beijing condemned the move.", "CHN", "LTU")]
    public void ReactionToADefiniteAct_AnswersThePreviousActor(string text, string source, string target) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target);

    [Fact]
    public void SameActorBefore_GivesNoTarget() =>
        Assert.DoesNotContain(Extract("Russian officials discussed the budget on Monday. Russia welcomed the decision."), e => e.Source.Code == "RUS");

    [Fact]
    public void NounWithItsOwnAuthor_IsNotTakenFromBefore() =>
        Assert.DoesNotContain(Extract("Kazakhstan's parliament passed the new language law on Monday. Russia criticised the decision of the court."),
            e => e.Source.Code == "RUS" && e.Target.Code == "KAZ");

    [Fact]
    public void AidWithoutRecipient_GoesToThePartyTheSameActorAddressedBefore() =>
        Assert.Contains(Extract("Kazakhstan's president sent a message of condolence to Turkey after the earthquake. The Kazakh government said it would give $500,000 for relief work."),
            e => e.Source.Code == "KAZ" && e.Target.Code == "TUR" && e.Cameo.Value.StartsWith("033", StringComparison.Ordinal));

    [Fact]
    public void AidWithoutRecipient_IsNotSentToAnotherActorsPartner() =>
        Assert.DoesNotContain(Extract("Japan sent a message of condolence to Turkey after the earthquake. The Kazakh government said it would give $500,000 for relief work."),
            e => e.Source.Code == "KAZ" && e.Target.Code == "TUR");

    [Fact]
    public void CallingTheMoveAMistake_CriticisesThePreviousActor() =>
        Assert.Contains(Extract("Kazakhstan's parliament passed the new language law on Monday. Russia called the decision a mistake."),
            e => e.Source.Code == "RUS" && e.Target.Code == "KAZ" && e.Cameo.Value == "111");
}
