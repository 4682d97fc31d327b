using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Acts told across sentences (eighteenth session, branch p31-across): a reaction coordinated with a verb of saying still
/// answers the act told before (<c>CrossSentenceLinks.ReactionTarget</c> reads its object only up to "and said"), and "the two" with an adverb of sequence
/// before its verb are the pair named last.
/// </summary>
public sealed class ActsAcrossSentencesTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, new DateOnly(2024, 5, 10));

    [Theory]
    // A pronoun for the subject itself in the reported clause: what the subject said, not whom the reaction answers.
    [InlineData("The Arab League voted on Friday to open an inquiry into abuses in Sudan. Khartoum rejected the decision and said it would not cooperate.", "SDN", "LAS", "12")]
    [InlineData("Lithuania expelled two Belarusian diplomats on Thursday. Minsk condemned the expulsions and said it would answer in kind.", "BLR", "LTU", "11")]
    // An adverb of sequence between "and" and the verb of saying.
    [InlineData("Kenya recalled its envoy from Uganda on Thursday. Kampala criticised the step but later added that it would keep its embassy open.", "UGA", "KEN", "11")]
    public void ReactionCoordinatedWithAReport_AnswersTheActToldBefore(string text, string source, string target, string root) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value.StartsWith(root, StringComparison.Ordinal));

    [Fact]
    public void ReactionCoordinatedWithAReport_WithNoActBefore_GuessesNoTarget() =>
        // The first sentence of the text: no act told before it, so the welcome answers no one.
        Assert.DoesNotContain(Extract("Mongolia welcomed the plan on Friday and said it would join the talks."), e => e.Source.Code == "MNG");

    [Fact]
    public void ReactionWhoseOwnObjectIsAParty_KeepsThatObject() =>
        Assert.Contains(Extract("Lithuania expelled two Belarusian diplomats on Thursday. Poland condemned Minsk and said the border would stay shut."),
            e => e.Source.Code == "POL" && e.Target.Code == "BLR" && e.Cameo.RootNumber == 11);

    [Fact]
    public void ReactionAfterANewPair_AnswersTheNewPairsAct() =>
        // A change of topic: the last act told before the reaction is Estonia's against Russia, so Moscow answers Tallinn, not Vilnius.
        Assert.DoesNotContain(Extract("Lithuania expelled two Belarusian diplomats on Thursday. Estonia expelled a Russian diplomat on Friday. Moscow condemned the decision and said it would respond."),
            e => e.Source.Code == "RUS" && e.Target.Code == "LTU");

    [Theory]
    [InlineData("South Korean President Yoon Suk Yeol met Japanese Prime Minister Fumio Kishida in Tokyo on Thursday. The two then held talks over dinner.", "KOR", "JPN")]
    [InlineData("Kazakh President Kassym-Jomart Tokayev received Uzbek President Shavkat Mirziyoyev in Astana on Thursday. The two later signed a treaty on the border.", "KAZ", "UZB")]
    public void TheTwoWithAnAdverbOfSequence_AreThePairNamedLast(string text, string first, string second) =>
        Assert.Contains(Extract(text), e => e.SentenceStart > 0 && ((e.Source.Code == first && e.Target.Code == second) || (e.Source.Code == second && e.Target.Code == first)));

}
