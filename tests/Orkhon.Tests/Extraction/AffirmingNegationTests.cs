using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A negation that affirms (litotes): "not only condemned … but also", "did not hesitate to summon", "never failed to
/// protest" tell of the act as done, where a plain "not" denies it. The sentences are our own.
/// </summary>
public sealed class AffirmingNegationTests
{
    private static string[] Coded(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 5, 6)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    // agency style, past, "did not hesitate to"
    [InlineData("Mongolia did not hesitate to condemn China's decision on Monday.", "MNG>CHN 111")]
    // contracted, another root
    [InlineData("Seoul didn't hesitate to summon Japan's ambassador on Tuesday.", "KOR>JPN 114")]
    // perfect with "never", a quoted speaker after the clause
    [InlineData("Paris has never hesitated to criticise Rome over its migrant policy, the minister said on Monday.", "FRA>ITA 111")]
    // "not only … but also", the first act
    [InlineData("China not only criticised Japan on Friday but also cancelled a planned visit.", "CHN>JPN 111")]
    // a time phrase between subject and "not only"
    [InlineData("Turkey on Monday not only condemned Israel but also recalled its envoy.", "TUR>ISR 111")]
    // double negation with "fail"
    [InlineData("Brazil did not fail to condemn Venezuela's vote, its foreign ministry said on Wednesday.", "BRA>VEN 111")]
    // newspaper style, a title and a person
    [InlineData("Kenyan President William Ruto never failed to praise Ethiopia's mediation, aides said.", "KEN>ETH 051")]
    public void Extract_NegationThatAffirms_KeepsTheAct(string text, string expected) => Assert.Contains(expected, Coded(text));

    // Hard negatives: a plain negation, a hesitation or a failure still denies the act; a modal keeps it a plan.
    [Theory]
    [InlineData("China hesitated to condemn Russia on Monday.")]
    [InlineData("Mongolia did not condemn China's decision on Monday.")]
    [InlineData("India failed to condemn the invasion of Ukraine at the vote.")]
    [InlineData("Japan did not hesitate, but it did not criticise China either.")]
    [InlineData("Turkey on Monday did not condemn Israel, and only Qatar criticised it.")]
    [InlineData("Japan would not hesitate to strike North Korea, the minister said.")]
    public void Extract_NegationThatDenies_GivesNoAct(string text) =>
        Assert.DoesNotContain(Coded(text), e => e is "CHN>RUS 111" or "MNG>CHN 111" or "IND>UKR 111" or "JPN>CHN 111" or "TUR>ISR 111" or "JPN>PRK 190" or "JPN>PRK 195");
}
