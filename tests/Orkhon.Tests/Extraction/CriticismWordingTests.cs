using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Branch p38-criticism: the wordings of root 11 the lexicon lacked. A suit brought before a court or the WTO is a lawsuit
/// (115) against the party named after "against" (<see cref="ForumComplaints"/>, the corpus README's convention); an accusation
/// of crossing a state's sky or soil is an accusation of aggression (1123); "called X's conduct reprehensible" or "called X a
/// threat" criticises (111). Each with twins that must stay empty: praise, a domestic complaint, a speaker who is no party, a
/// denial, a hypothetical.
/// </summary>
public sealed class CriticismWordingTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    private static List<string> Pairs(string text) => [.. Extract(text).Select(e => $"{e.Source.Code}->{e.Target.Code} {e.Cameo.Value}")];

    [Theory]
    [InlineData("Kyrgyzstan filed a complaint with the WTO against Kazakhstan on 3 May 2023.", "KGZ->KAZ 115")]
    [InlineData("Kyrgyzstan filed a complaint against Kazakhstan at the WTO on 3 May 2023.", "KGZ->KAZ 115")]
    [InlineData("Kyrgyzstan lodged a WTO complaint against Kazakhstan on 3 May 2023.", "KGZ->KAZ 115")]
    [InlineData("Kyrgyzstan filed a case at the International Court of Justice against Kazakhstan on 3 May 2023.", "KGZ->KAZ 115")]
    public void ASuitBeforeAForum_IsAgainstTheAccusedParty(string text, string expected)
    {
        var pairs = Pairs(text);
        Assert.Contains(expected, pairs);
        Assert.DoesNotContain(pairs, p => p.Contains("->WTO", StringComparison.Ordinal) || p.Contains("->ICJ", StringComparison.Ordinal) || p.StartsWith("WTO", StringComparison.Ordinal));
    }

    [Fact]
    public void ASuitAgainstSeveralParties_IsOneSuitEach()
    {
        var pairs = Pairs("Kyrgyzstan filed complaints at the World Trade Organization on Monday against Kazakhstan and Uzbekistan over the bans.");
        Assert.Contains("KGZ->KAZ 115", pairs);
        Assert.Contains("KGZ->UZB 115", pairs);
    }

    [Theory]
    // A complaint lodged with a body that is no court stays a complaint to that body.
    [InlineData("Kyrgyzstan lodged a protest with the Security Council against Kazakhstan on 3 May 2023.")]
    // A complaint against the forum itself, with no party after "against", names no other party.
    [InlineData("Kyrgyzstan filed a complaint with the WTO on 3 May 2023.")]
    // A suit it might bring is no suit.
    [InlineData("Kyrgyzstan said it could file a complaint with the WTO against Kazakhstan.")]
    public void NoCourtOrNoPartyOrNoSuit_GivesNoRedirectedSuit(string text) =>
        Assert.DoesNotContain(Extract(text), e => e.LexiconEntry == "lawsuit-before-forum");

    [Theory]
    [InlineData("Mali accused France of violating its airspace on 3 June 2022.", "MLI->FRA 1123")]
    [InlineData("Mongolia accused Chinese troops of crossing the border on 3 June 2022.", "MNG->CHN 1123")]
    [InlineData("Costa Rica accused Nicaragua of sending troops onto a disputed island on 3 June 2022.", "CRI->NIC 1123")]
    public void AnAccusedCrossingBySkyOrSoil_IsAnAccusationOfAggression(string text, string expected) =>
        Assert.Contains(expected, Pairs(text));

    [Theory]
    // The older, narrower rows keep their codes: torture is a rights abuse, spying is espionage.
    [InlineData("Ukraine accused Russian troops of torture in 2022.", "UKR->RUS 1122")]
    [InlineData("Moscow accused a Japanese diplomat of espionage in 2022.", "RUS->JPN 1125")]
    public void NarrowerCharges_KeepTheirCodes(string text, string expected) =>
        Assert.Contains(expected, Pairs(text));

    [Theory]
    [InlineData("Mali denied accusing France of violating its airspace in 2022.")]
    [InlineData("Mali might accuse France of violating its airspace.")]
    public void DeniedOrHypotheticalAccusation_GivesNoAggressionCharge(string text) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.Value == "1123");

    [Theory]
    [InlineData("Kazakhstan called Kyrgyzstan's conduct reprehensible on 5 May 2023.", "KAZ->KGZ 111")]
    [InlineData("Guyana called Venezuela's incursion a clear threat on 5 May 2023.", "GUY->VEN 111")]
    [InlineData("Uzbekistan called Tajikistan a threat to regional security on 5 May 2023.", "UZB->TJK 111")]
    [InlineData("Uzbekistan called Tajikistan's failure to act a heavy blow on 5 May 2023.", "UZB->TJK 111")]
    public void CallingAPartysDeedDamning_Criticises(string text, string expected) =>
        Assert.Contains(expected, Pairs(text));

    [Theory]
    // Praise, a call for something, a speaker who is no party, a denial, a hypothetical.
    [InlineData("Kazakhstan called Kyrgyzstan's conduct exemplary on 5 May 2023.")]
    [InlineData("Kazakhstan called for an end to the threat to Kyrgyzstan on 5 May 2023.")]
    [InlineData("Analysts called Kyrgyzstan's conduct reprehensible on 5 May 2023.")]
    [InlineData("Kazakhstan denied calling Kyrgyzstan a threat on 5 May 2023.")]
    [InlineData("Kazakhstan would call any such deployment by Kyrgyzstan a threat.")]
    public void PraiseOrNoPartyOrNoStance_GivesNoCriticism(string text) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.Value == "111");
}
