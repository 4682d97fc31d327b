using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Cooperation and intent (roots 03, 05–08; branch p9-cooperation): "the two" standing alone after a meeting of two
/// parties is that pair; a negation inside a relative clause belongs to that clause, not to the main verb; a bare
/// "agreed to" takes the intent of the act it governs; a deadline ("by 2030") does not date the agreement; and the
/// rows of the p9-cooperation block (exemptions, withdrawals from a named place, supplies "with", trade carried on,
/// intelligence pacts restored, readiness to host talks between others).
/// </summary>
public sealed class CooperationIntentTests
{
    private static string[] Summary(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2025, 1, 1)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    private static string[] Dated(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2025, 1, 1)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo} {e.Date}")];

    [Theory]
    [InlineData("Kazakhstan's president hosted the Kyrgyz president in Astana on Monday, and the two agreed to double trade.", "KAZ>KGZ 0311", "KGZ>KAZ 0311")]
    [InlineData("The Polish foreign minister met his Czech counterpart in Prague, and the two signed a border treaty.", "POL>CZE 057", null)]
    public void TheTwoAlone_AreThePairNamedBefore(string text, string expected, string? reverse)
    {
        var events = Summary(text);
        Assert.Contains(expected, events);
        if (reverse is not null)
        {
            Assert.Contains(reverse, events);
        }
    }

    [Theory]
    [InlineData("The two agreed to meet again next year.")] // no pair named before
    [InlineData("Turkey's president met the Azerbaijani president in Ankara, and the two men later left the city.")] // a noun follows
    public void TheTwo_WithoutAPairOrBeforeANoun_NamesNoOne(string text) =>
        Assert.DoesNotContain(Summary(text), e => e.EndsWith(" 0311", StringComparison.Ordinal) || e.EndsWith(" 036", StringComparison.Ordinal));

    [Theory]
    [InlineData("Kazakhstan and Mongolia, which share no border, established diplomatic relations in 1992.", "KAZ>MNG 054")]
    [InlineData("Poland, which has never bought Russian gas, signed a supply contract with Norway in 2021.", "POL>NOR 057")]
    public void ANegationInsideARelativeClause_LeavesTheMainVerbCoded(string text, string expected) =>
        Assert.Contains(expected, Summary(text));

    [Theory]
    [InlineData("Kazakhstan, which borders China, did not sign the treaty with Russia.")]
    [InlineData("The minister who never visited Beijing signed nothing with China.")]
    public void ANegationOfTheMainVerb_StillCancelsIt(string text) =>
        Assert.DoesNotContain(Summary(text), e => e.EndsWith(" 057", StringComparison.Ordinal));

    [Theory]
    [InlineData("Armenia agreed to back Azerbaijan's bid to host the summit.", "ARM>AZE 032")]
    [InlineData("Iran agreed to release two French citizens.", "IRN>FRA 0353")]
    [InlineData("Kazakhstan agreed to lift its ban on Russian grain.", "KAZ>RUS 0354")]
    [InlineData("Hungary and Serbia agreed to build an oil pipeline.", "SRB>HUN 0311")]
    public void ABareAgreement_TakesTheIntentOfTheActItGoverns(string text, string expected) =>
        Assert.Contains(expected, Summary(text));

    [Theory]
    [InlineData("Hungary and Serbia agreed on 10 December 2024 to build an oil pipeline by 2027.", "HUN>SRB 0311 2024-12-10", "SRB>HUN 0311 2024-12-10")]
    [InlineData("Kazakhstan and Uzbekistan agreed in March 2024 to double trade by 2030.", "KAZ>UZB 0311 2024-03", "UZB>KAZ 0311 2024-03")]
    public void ADeadline_DoesNotDateTheAgreement(string text, string first, string second)
    {
        var events = Dated(text);
        Assert.Contains(first, events);
        Assert.Contains(second, events);
    }

    [Theory]
    [InlineData("India exempted Bhutan from its ban on rice exports in 2023.", "IND>BTN 085")]
    [InlineData("Israeli troops withdrew from Lebanon in 2000.", "ISR>LBN 0874")]
    [InlineData("Russia said it would withdraw from Moldova.", "RUS>MDA 0356")]
    [InlineData("Russia supplied Armenia with gas in 2023.", "RUS>ARM 061")]
    [InlineData("Turkey said it would continue to trade with Russia.", "TUR>RUS 0311")]
    [InlineData("Seoul said it would restore its intelligence-sharing pact with Tokyo.", "KOR>JPN 0314")]
    [InlineData("Qatar is ready to host talks between Sudan and Chad.", "QAT>TCD 039")]
    public void TheBlocksRows_CodeTheirEvent(string text, string expected) =>
        Assert.Contains(expected, Summary(text));

    [Theory]
    [InlineData("Poland sent 14 Leopard 2 battle tanks to Ukraine in 2023.", "POL>UKR 072")]
    [InlineData("Canada said it would ship rocket launchers to Ukraine.", "CAN>UKR 0332")]
    public void ArmourSentToAState_IsMilitaryAid(string text, string expected) =>
        Assert.Contains(expected, Summary(text));

    [Fact]
    public void RussianTanksSentToTheBorder_AreAPostureNotAid() =>
        Assert.DoesNotContain(Summary("Russia sent tanks to the border with Ukraine in 2021."), e => e.EndsWith(" 072", StringComparison.Ordinal));

    [Theory]
    [InlineData("Armenia and Azerbaijan exchanged prisoners in December 2023.", "ARM>AZE 0841", "AZE>ARM 0841")]
    [InlineData("Kazakhstan and Kyrgyzstan exchanged congratulatory messages on Friday.", "KAZ>KGZ 051", "KGZ>KAZ 051")]
    public void AnExchangeOfADirectedAct_IsEachSidesAct(string text, string first, string second)
    {
        var events = Summary(text);
        Assert.Contains(first, events);
        Assert.Contains(second, events);
    }

    [Fact]
    public void ASymmetricAct_IsStillCodedOnce() =>
        Assert.DoesNotContain("KGZ>KAZ 057", Summary("Kazakhstan and Kyrgyzstan signed a border treaty in 2022."));

    [Theory]
    [InlineData("Britain withdrew from the European Union in 2020.")] // leaving a body is 160, not a retreat
    [InlineData("Russia supplied gas to its own regions in 2023.")] // no partner
    public void TheOtherSenses_GiveNoRetreatOrSupply(string text) =>
        Assert.DoesNotContain(Summary(text), e => e.EndsWith(" 0874", StringComparison.Ordinal) || e.EndsWith(" 061", StringComparison.Ordinal));
}
