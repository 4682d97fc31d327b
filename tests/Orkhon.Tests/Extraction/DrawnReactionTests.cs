using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// "The move drew condemnation from Japan": a stance told as a noun with its party after "from", whose sentence opens with a
/// definite act noun, is aimed at the author of that act told before (<see cref="DrawnReactions"/>).
/// </summary>
public sealed class DrawnReactionTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, new DateOnly(2025, 3, 10));

    [Theory]
    // Any act ("the move"), the sentence just before.
    [InlineData("China fired missiles into the waters around Taiwan on Thursday. The move drew condemnation from Japan.", "JPN", "CHN")]
    // A coercion noun, a protest noun, a capital as the party.
    [InlineData("Canada imposed sanctions on Venezuelan officials on Monday. The sanctions drew protests from Caracas.", "VEN", "CAN")]
    // An armed act, two coordinated critics.
    [InlineData("Israeli jets struck a convoy in Syria on Sunday. The strikes drew condemnation from Egypt and Jordan.", "JOR", "ISR")]
    // Another verb before the noun and a modifier on the act noun.
    [InlineData("Russia expelled two Estonian diplomats on Monday. The latest expulsions prompted a sharp rebuke from Tallinn.", "EST", "RUS")]
    // "This decision", a present perfect.
    [InlineData("Hungary has blocked the European Union's new aid package for Ukraine. This decision has drawn criticism from Kyiv.", "UKR", "HUN")]
    public void StanceDrawnByANamedAct_IsAimedAtItsAuthor(string text, string source, string target) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.RootNumber == 11);

    [Theory]
    // No act coded before: nothing is guessed.
    [InlineData("The move drew condemnation from Japan.", "JPN")]
    // A summit is no act noun.
    [InlineData("Leaders met in Rome on Monday. The summit drew criticism from Hungary.", "HUN")]
    // "The move" is the act just told: two sentences back it is too far.
    [InlineData("Poland closed a border crossing with Belarus on Monday. Trucks queued for miles on Tuesday. The move drew criticism from Lithuania.", "LTU")]
    public void NoActNamed_AnswersNoOne(string text, string critic) =>
        Assert.DoesNotContain(Extract(text), e => e.Source.Code == critic && e.Cameo.RootNumber == 11);
}
