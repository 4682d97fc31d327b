using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Denials (016) the CAMEO codebook defines as rejecting accusations or responsibility, by branch p38-statements: a denial
/// with no charge coded answers the other party of a hostile deed told of or against the denier a few sentences back
/// (<c>DeniedCharges.DeedParties</c>); a charge noun in apposition may have its own article or none when plural (", a charge
/// the Taliban deny", ", charges Paris rejected"); the stated pretexts of a step and a report rejected as false are denials
/// (rows of events.tsv). Each rule has twins that stay empty. The sentences are our own.
/// </summary>
public sealed class DeniedDeedPartyTests
{
    private static string[] Coded(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 5, 1)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    // A deed of roots 15-20 told of the denier, or against it, names the party its denial answers.
    [Theory]
    [InlineData("India expelled six Canadian diplomats on Monday. New Delhi dismissed the accusations as absurd.", "IND>CAN 016")]
    [InlineData("China closed its border crossings with Mongolia on Tuesday. A Chinese spokesman on Thursday denied there had been any closure.", "CHN>MNG 016")]
    [InlineData("Lithuania expelled two Belarusian diplomats on Friday. The diplomats left on Sunday. Minsk denied any wrongdoing.", "BLR>LTU 016")]
    [InlineData("Seoul suspended imports of Japanese fish in May. Tokyo denied that the fish were unsafe.", "JPN>KOR 016")]
    public void Extract_DenialAfterAHostileDeed_AnswersItsOtherParty(string text, string expected) =>
        Assert.Contains(expected, Coded(text));

    // Twins: no deed at all, only words before (an appeal, a pact), or a negated denial give no denial.
    [Theory]
    [InlineData("Russia denied any wrongdoing.")]
    [InlineData("Mongolia signed a trade pact with China in May. Beijing denied there had been any delay.")]
    [InlineData("Russia urged Ukraine to hold talks. Moscow denied any involvement.")]
    [InlineData("China closed its border crossings with Mongolia on Tuesday. Beijing did not deny that there had been a closure.")]
    public void Extract_DenialWithNoDeedBehindIt_CodesNoDenial(string text) =>
        Assert.DoesNotContain(Coded(text), c => c.EndsWith(" 016", StringComparison.Ordinal));

    // A charge noun in apposition, with the denier's article between them or plural with none, or with "always" before the verb.
    [Theory]
    [InlineData("Pakistan accuses Afghanistan of sheltering militants, a charge the Taliban deny.", "AFG>PAK 016")]
    [InlineData("Mali accused France of violating its airspace, charges Paris rejected.", "FRA>MLI 016")]
    [InlineData("The UAE accused Qatar of backing terrorism, a charge Doha always denied.", "QAT>ARE 016")]
    public void Extract_DeniedChargeAppositive_IsADenial(string text, string expected) =>
        Assert.Contains(expected, Coded(text));

    // Twins: a denial only foreseen, and a plural noun after a comma that no denial verb follows.
    [Theory]
    [InlineData("Mali accused France of violating its airspace, charges Paris would reject.")]
    [InlineData("Mali accused France of violating its airspace, charges Paris filed in court.")]
    public void Extract_ChargeAppositiveWithNoDenialMade_CodesNoDenial(string text) =>
        Assert.DoesNotContain(Coded(text), c => c.EndsWith(" 016", StringComparison.Ordinal));

    // The rows: pretexts rejected, and a report rejected as false.
    [Theory]
    [InlineData("Rabat rejected the fallacious pretexts given by Algiers.", "MAR>DZA 016")]
    [InlineData("Israel rejected the report of the UN commission as biased and false.", "ISR>UN 016")]
    public void Extract_PretextsOrReportRejectedAsFalse_IsADenial(string text, string expected) =>
        Assert.Contains(expected, Coded(text));

    [Theory]
    [InlineData("Rabat rejected the proposal by Algiers.")]
    [InlineData("Israel rejected the UN report on Monday.")]
    [InlineData("Israel welcomed the UN report as balanced and fair.")]
    public void Extract_ProposalOrReportNotCalledFalse_IsNoDenial(string text) =>
        Assert.DoesNotContain(Coded(text), c => c.EndsWith(" 016", StringComparison.Ordinal));
}
