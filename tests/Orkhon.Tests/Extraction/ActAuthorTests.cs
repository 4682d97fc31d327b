using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A reaction to an earlier act named by a definite noun ("called the verdict absurd", "praised the move on Wednesday",
/// "condemned the sanctions") answers the author of the last coded act of that kind, a sentence or two before; with no such
/// act coded, or with the noun naming its own party, nothing is guessed (<see cref="ActAuthors"/>).
/// </summary>
public sealed class ActAuthorTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Theory]
    // A sentence of detail stands between the court's act and the reaction.
    [InlineData("A Lithuanian court on Tuesday convicted three Belarusian officers of espionage. The judges said the evidence was overwhelming. Minsk called the verdict absurd and politically motivated.", "BLR", "LTU", "111")]
    // A time phrase after the noun does not name the act's party.
    [InlineData("EU leaders met in Brussels on 9 May 2024, a day after Hungary's prime minister agreed to drop his objection to aid for Ukraine. Commission President Ursula von der Leyen praised the move on 8 May 2024 as a victory for unity.", "EU", "HUN", "051")]
    [InlineData("Canada imposed new sanctions on Venezuelan oil firms on Monday. Fuel prices rose sharply. Venezuela's foreign ministry condemned the sanctions.", "VEN", "CAN", "111")]
    public void ReactionToANamedAct_AnswersItsAuthor(string text, string source, string target, string cameo) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value == cameo);

    [Fact]
    public void DenialOfTheAccount_AnswersThePreviousSpeaker() =>
        // "the account" is a statement (a reported-act word): its author is the one who spoke in the sentence before.
        Assert.Contains(Extract("Japan said Chinese coast guard ships entered its waters on 6 May 2024. Beijing denied the account."),
            e => e.Source.Code == "CHN" && e.Target.Code == "JPN" && e.Cameo.Value == "016");

    [Fact]
    public void ActOfAnotherKind_IsNoAuthor() =>
        // "The verdict" is a court's act: a visit told before is not it.
        Assert.DoesNotContain(Extract("The Turkish president visited Baku on Monday. Officials gave no details. Armenia called the verdict absurd."),
            e => e.Source.Code == "ARM");

    [Fact]
    public void AnyActTwoSentencesBack_IsTooFar() =>
        // "The move" is the act just told; two sentences back it is something else's.
        Assert.DoesNotContain(Extract("Poland closed a border crossing with Belarus on Monday. Trucks queued for miles on Tuesday. Lithuania praised the move."),
            e => e.Source.Code == "LTU");

    [Fact]
    public void SubjectsOwnAct_IsNoAuthor() =>
        Assert.DoesNotContain(Extract("Canada imposed new sanctions on Venezuelan oil firms on Monday. Ottawa defended the sanctions on Tuesday."),
            e => e.Source.Code == "CAN" && e.Target.Code == "CAN");

    [Fact]
    public void NounWithItsOwnParty_TakesNoAuthorFromBefore() =>
        Assert.DoesNotContain(Extract("A Lithuanian court on Tuesday convicted three Belarusian officers of espionage. The judges said the evidence was overwhelming. Minsk criticised the verdict of the appeals panel."),
            e => e.Source.Code == "BLR" && e.Target.Code == "LTU");

    [Fact]
    public void NoCodedAct_GivesNoTarget() =>
        Assert.DoesNotContain(Extract("Officials in Vilnius said little on Tuesday. The weather was cold. Minsk called the verdict absurd."),
            e => e.Source.Code == "BLR");
}
