using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Stated futures as codes (issue 9, branch p34-futures): a reply promised with no hostile act named ("said it would
/// respond") is a generic threat (130) towards the party named after it or, with none, towards the party whose measure it
/// answers; a yielding act refused for the future ("will not lift sanctions") is the refusal (124x). Each has twins that must
/// stay as they were: a reply to a proposal, a negated or asked reply, speculation, a modal, a past negation, a trip not
/// made, a condition, and the past act itself. The sentences are our own.
/// </summary>
public sealed class StatedFutureTests
{
    private static string[] Coded(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 5, 6)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo.Value}")];

    [Theory]
    [InlineData("Ankara said it would respond to the Greek decision, the ministry said.", "TUR>GRC 130")] // the party named after it
    [InlineData("Latvia expelled two Russian diplomats on Friday. Russia's foreign ministry called the move hostile. Moscow said it would respond.",
        "RUS>LVA 130")] // no one named: the party whose measure (174) it answers, two sentences back
    [InlineData("Seoul will react to Pyongyang's latest launch, the ministry said.", "KOR>PRK 130")]
    public void Extract_PromisedReply_IsAGenericThreat(string text, string expected) => Assert.Contains(expected, Coded(text));

    [Theory]
    [InlineData("Tokyo said it would respond to the proposal from Seoul within a week.")] // a reply to a proposal
    [InlineData("Tokyo said it would not respond to Seoul.")] // negated
    [InlineData("Analysts said Moscow would respond to Riga.")] // speculation
    [InlineData("Will Moscow respond to Riga?")] // a question
    [InlineData("Moscow could respond to Riga.")] // a modal: no promise
    [InlineData("Moscow responded to Riga's letter on Monday.")] // a past reply to a letter
    [InlineData("Seoul said it would respond if Pyongyang accepted the offer of talks.")] // under a condition of no hostile act
    public void Extract_ReplyThatIsNoThreat_CodesNoThreat(string text) =>
        Assert.DoesNotContain(Coded(text), c => c.Split(' ')[1].StartsWith("13", StringComparison.Ordinal));

    [Theory]
    [InlineData("The European Union will not lift its sanctions on Belarus until Minsk holds a fair election, a spokesman said.", "EU>BLR 1244")]
    [InlineData("Russia said it would never release the Ukrainian prisoners.", "RUS>UKR 1243")]
    [InlineData("Tehran won't release the British sailors, the foreign ministry said.", "IRN>GBR 1243")]
    public void Extract_YieldingRefusedForTheFuture_IsTheRefusal(string text, string expected) => Assert.Contains(expected, Coded(text));

    [Theory]
    [InlineData("The European Union did not lift its sanctions on Belarus.")] // a past negation: nothing happened
    [InlineData("The European Union may not lift its sanctions on Belarus.")] // a modal
    [InlineData("Analysts said the European Union would not lift its sanctions on Belarus.")] // speculation
    [InlineData("Will the European Union not lift its sanctions on Belarus?")] // a question
    [InlineData("The European Union would not lift its sanctions on Belarus if Minsk kept its prisoners.")] // a condition
    [InlineData("Kazakhstan's president will not travel to Tokyo next month.")] // a trip not made is no refusal
    public void Extract_NegatedFutureThatIsNoRefusal_CodesNothing(string text) => Assert.Empty(Coded(text));

    [Fact]
    public void Extract_PastYielding_KeepsItsOwnCode() =>
        Assert.Contains("EU>BLR 085", Coded("The European Union lifted its sanctions on Belarus in 2016."));
}
