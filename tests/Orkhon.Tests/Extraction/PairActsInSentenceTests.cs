using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Further acts between parties a sentence already names: "…with the leaders of A and B and urged the two sides to…" and
/// "…and urged both to…" aim the second act at the pair named after the subject; "…met Macron, who hosted him…" is the
/// host's act towards the other person, as a pronoun object never names its own clause's subject (the person "who" follows);
/// an offer coordinated after an appeal to the pair ("urged both to stand down and offered help") is made to the same pair.
/// </summary>
public sealed class PairActsInSentenceTests
{
    private static List<string> Pairs(string text, int root) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2025, 5, 10)).Where(e => e.Cameo.RootNumber == root).Select(e => $"{e.Source.Code}>{e.Target.Code}")];

    [Fact]
    public void TheTwoSides_AfterAPairNamedInTheSentence_AreThatPair() =>
        Assert.Equal(["VNM>LAO", "VNM>KHM"],
            Pairs("Vietnam's prime minister spoke by telephone on Thursday with the leaders of Laos and Cambodia and urged the two sides to exercise restraint.", 2));

    [Fact]
    public void BareBoth_BeforeAnInfinitive_IsThePairNamedInTheSentence() =>
        Assert.Equal(["RUS>AZE", "RUS>ARM"], Pairs("Putin telephoned Aliyev and Pashinyan on Tuesday and urged both to observe the truce.", 2));

    [Fact]
    public void BothSides_WithOneOtherPartyNamed_NeverTakeTheSubject() =>
        Assert.DoesNotContain(Pairs("Turkey's president hosted Syria's president on Monday and urged both sides to end the fighting.", 2), p => p.EndsWith(">TUR", StringComparison.Ordinal));

    [Fact]
    public void AnOfferAfterAnAppealToThePair_IsMadeToThePair() =>
        Assert.Equal(["MYS>LAO", "MYS>VNM"],
            Pairs("Malaysia's prime minister spoke by telephone on Thursday with the leaders of Laos and Vietnam, urged both to stand down and offered Malaysia's help.", 3));

    [Fact]
    public void HimAfterARelativeWho_IsTheOtherPerson() =>
        Assert.Equal(["FRA>BRA"], Pairs("Lula travelled to Paris on Monday and met President Macron, who hosted him at the Elysee.", 4).Where(p => p.StartsWith("FRA", StringComparison.Ordinal)));

    [Fact]
    public void HimAfterARelativeWho_GivesThePraiseToTheGuest() =>
        Assert.Equal(["IND>AUS"], Pairs("Australia's prime minister held talks in New Delhi on Friday with Prime Minister Modi, who praised him for his country's support.", 5));
}
