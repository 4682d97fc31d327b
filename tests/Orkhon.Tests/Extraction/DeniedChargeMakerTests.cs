using Orkhon.Extraction;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A denial (016) of a charge named by its noun ("dismissed the Czech accusations as absurd", "…, a charge Kigali has denied")
/// tells the charge: the party the denial answers accused the denier (112), on the denial's date (<see cref="DeniedChargeMakers"/>).
/// The charge is dated by the accuser's last act told before. A denial of a deed with no charge noun gives nothing, nor does a
/// charge told by a plain "said" and coded as the denier's deed on attribution, and an accusation the text codes already is
/// not told twice.
/// </summary>
public sealed class DeniedChargeMakerTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Theory]
    // The charge's maker is the national adjective inside the noun phrase.
    [InlineData("Moscow's foreign ministry on 12 April 2021 dismissed the Czech accusations as absurd.", "CZE", "RUS")]
    // A possessive owner.
    [InlineData("Beijing on 3 March 2025 rejected Australia's allegations as groundless.", "AUS", "CHN")]
    // An appositive charge after the speaker's reported clause.
    [InlineData("Congo's foreign minister told the Security Council on 26 January 2025 that Rwandan troops were fighting inside Congo, a charge Kigali has repeatedly denied.", "COD", "RWA")]
    public void DenialOfANamedCharge_TellsTheAccusation(string text, string accuser, string denier) =>
        Assert.Contains(Extract(text), e => e.Source.Code == accuser && e.Target.Code == denier && e.Cameo.Value == "112");

    [Fact]
    public void AccusationDatedAsTheDenial()
    {
        var accusation = Assert.Single(Extract("Moscow's foreign ministry on 12 April 2021 dismissed the Czech accusations as absurd."), e => e.Cameo.Value == "112");
        Assert.Equal("2021-04-12", accusation.Date?.ToString());
    }

    [Fact]
    public void AccusationDatedAsTheAccusersLastAct()
    {
        var accusation = Assert.Single(Extract("Canada expelled a senior Indian diplomat on 18 September 2023. India dismissed the allegations as absurd on 19 September 2023."),
            e => e.Cameo.Value == "112");
        Assert.Equal(("CAN", "IND", "2023-09-18"), (accusation.Source.Code, accusation.Target.Code, accusation.Date?.ToString()));
    }

    [Theory]
    // A charge told by a plain "said" is the denier's deed on attribution, in the sentence before or in the reported clause.
    [InlineData("Washington said on 1 May 2024 that Russian troops had shelled Ukrainian villages with chemical munitions. The Kremlin dismissed the accusation as groundless.", "USA", "RUS")]
    [InlineData("Minsk said on 1 August 2023 that Polish helicopters had violated its airspace, a claim Warsaw denied.", "BLR", "POL")]
    public void ChargeToldAsADeedOnAttribution_TellsNoAccusation(string text, string accuser, string denier) =>
        Assert.DoesNotContain(Extract(text), e => e.Source.Code == accuser && e.Target.Code == denier && e.Cameo.Value == "112");

    [Fact]
    public void AccusationCodedBefore_IsNotToldTwice() =>
        Assert.Single(Extract("Japan accused China on 3 March 2025 of sending drones over its islands. China rejected the accusation on 4 March 2025."),
            e => e.Source.Code == "JPN" && e.Target.Code == "CHN" && e.Cameo.RootNumber == 11);

    [Theory]
    // A denial of a deed names no charge.
    [InlineData("Ukraine said on 3 March 2025 that Russia had shelled Kherson. Russia denied that its troops had fired on the city.", "UKR", "RUS")]
    [InlineData("Gunmen killed 12 soldiers near the Afghan border on 3 March 2025. Pakistan's army blamed no one. Afghanistan denied any involvement in the attack.", "PAK", "AFG")]
    // A court that rejects a claim rules; it answers no charge.
    [InlineData("The International Court of Justice rejected a claim by Guyana on 12 November 2025.", "ICJ", "GUY")]
    public void DenialOfADeed_TellsNoAccusation(string text, string other, string denier) =>
        Assert.DoesNotContain(Extract(text), e => e.Source.Code == other && e.Target.Code == denier && e.Cameo.Value == "112");

    [Fact]
    public void WithTheGuardOff_NoAccusationIsAdded()
    {
        var off = ExtractionOptions.Default with { Guards = ExtractionGuards.All & ~ExtractionGuards.DeniedChargeMakers };
        var extractor = new EventExtractor(new SentenceExtractor(EventLexicon.Default, MentionFinder.Default, ReferenceData.Default, off));
        Assert.DoesNotContain(extractor.Extract("Moscow's foreign ministry on 12 April 2021 dismissed the Czech accusations as absurd.", null), e => e.Cameo.Value == "112");
    }
}
