using Orkhon.Domain;
using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction.Mentions;

/// <summary>
/// Office-holders added on p32-actors (officeholders.tsv): the main partners' heads of state and government of the 1990s,
/// Central Asia's earlier foreign ministers and the EU commissioners news quotes; and lenders and agencies named on their own (agencies.tsv). Each acts for its state or the EU in its term
/// and for no one outside it; a last name that is an English word or a common surname (shared-names.tsv) stands alone for no
/// one. Sentences are our own.
/// </summary>
public sealed class EarlierTermsAndCommissionerTests
{
    private static List<EventMention> Extract(string text, int year) => EventExtractor.Default.Extract(text, new DateOnly(year, 6, 3));

    [Theory]
    [InlineData("Kohl flew to Moscow on Monday for talks on troop withdrawals.", 1993, "DEU", "RUS", ActorRole.HeadOfGovernment)]
    [InlineData("Miyazawa met the Mongolian president in Tokyo on Monday.", 1992, "JPN", "MNG", ActorRole.HeadOfGovernment)]
    [InlineData("Mitterrand visited Beijing on Monday.", 1994, "FRA", "CHN", ActorRole.HeadOfState)]
    [InlineData("Prime Minister John Major met the Russian president in London on Monday.", 1995, "GBR", "RUS", ActorRole.HeadOfGovernment)]
    [InlineData("Tokayev held talks with the Mongolian foreign minister in Almaty on Monday.", 2004, "KAZ", "MNG", ActorRole.ForeignMinistry)]
    [InlineData("Zarifi arrived in Ulaanbaatar on Monday for talks on transit.", 2010, "TJK", "MNG", ActorRole.ForeignMinistry)]
    [InlineData("Malmström criticised China on Monday over its steel subsidies.", 2017, "EU", "CHN", ActorRole.Government)]
    [InlineData("Trade Commissioner Phil Hogan met the Japanese trade minister in Tokyo on Monday.", 2020, "EU", "JPN", ActorRole.Government)]
    public void HolderInTerm_ActsForTheState(string text, int year, string source, string target, ActorRole role) =>
        Assert.Contains(Extract(text, year), e => e.Source.Code == source && e.Target.Code == target && e.Source.Role == role);

    [Theory]
    // Out of term: Kohl left office in 1998, Tokayev was prime minister, not foreign minister, in 2000.
    [InlineData("Kohl flew to Moscow on Monday.", 2001, "DEU")]
    [InlineData("Zarifi arrived in Ulaanbaatar on Monday.", 2015, "TJK")]
    // An English word or a common surname alone names no one, in or out of the term.
    [InlineData("Major said on Monday that Russia had to withdraw.", 1995, "GBR")]
    [InlineData("Hogan visited Beijing on Monday.", 2020, "EU")]
    [InlineData("Johansson visited Rabat on Monday.", 2021, "EU")]
    public void OutOfTermOrCommonWord_IsNoActor(string text, int year, string code) =>
        Assert.DoesNotContain(Extract(text, year), e => e.Source.Code == code);

    [Fact]
    public void OfficeOfPrimeMinister_KeepsItsStateWhileForeignMinistryPassesOn() =>
        Assert.Contains(Extract("Prime Minister Tokayev received the Chinese foreign minister in Astana on Monday.", 2000), e => e.Source.Code == "KAZ" && e.Source.Role == ActorRole.HeadOfGovernment);

    [Theory]
    [InlineData("The Peace Corps signed an agreement with Mongolia on Monday.", "USA")]
    [InlineData("JBIC signed a loan agreement with Mongolia on Monday.", "JPN")]
    [InlineData("China Exim Bank signed a loan agreement with Kyrgyzstan on Monday.", "CHN")]
    public void LenderOrAgencyByItsOwnName_ActsForItsState(string text, string code) =>
        Assert.Contains(EventExtractor.Default.Extract(text, new DateOnly(2019, 6, 3)), e => e.Source.Code == code && e.Source.Role == ActorRole.Government);
}
