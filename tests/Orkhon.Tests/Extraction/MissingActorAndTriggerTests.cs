using System.Globalization;
using Orkhon.Domain;
using Orkhon.Extraction;
using Orkhon.Extraction.Mentions;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Actors and triggers that news names and the extractor missed entirely (branch p16-actors): a state's envoy or mission to an
/// organisation acts for the state, a central bank is its state's government, Japan's chief cabinet secretaries, the five
/// permanent members' U.N. ambassadors and U.S. national security advisers, denials told by the act denied and the accusers they
/// answer, advisers and national security councils as offices, and a meeting noun
/// after an article or as a verb's adjunct ("demanded in a phone call with X that …").
/// </summary>
public sealed class MissingActorAndTriggerTests
{
    private static string[] Pairs(string text, int year = 2023) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(year, 3, 10)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    private static OfficeHolderIndex People => OfficeHolderIndex.Default;

    private static DateOnly Day(string date) => DateOnly.Parse(date, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("Brazil's U.N. ambassador criticised Venezuela on Tuesday.", "BRA>VEN 111")]
    [InlineData("Chile's UN envoy Ana Morales condemned Peru on Tuesday.", "CHL>PER 111")]
    [InlineData("Egypt's NATO envoy praised Greece on Tuesday.", "EGY>GRC 051")]
    [InlineData("Kenya's mission to the United Nations accused Somalia on Tuesday of harbouring rebels.", "KEN>SOM 112")]
    public void AStatesEnvoyToAnOrganisation_ActsForTheState(string text, string expected)
    {
        var pairs = Pairs(text);
        Assert.Contains(expected, pairs);
        // The organisation is where the envoy serves: neither the actor nor a target of its own.
        Assert.DoesNotContain(pairs, p => p.StartsWith("UN>", StringComparison.Ordinal) || p.StartsWith("NATO>", StringComparison.Ordinal) || p.Contains(">UN ", StringComparison.Ordinal));
    }

    [Fact]
    public void AMissionNamedByItsCityAlone_IsNotReadAsTheStatesEnvoy() =>
        Assert.DoesNotContain(Pairs("Kenya's mission in Geneva criticised Somalia on Tuesday."), p => p.StartsWith("KEN>", StringComparison.Ordinal));

    [Fact]
    public void AnEnvoyOfTheOrganisationItself_StaysTheOrganisations() =>
        Assert.Contains("UN>SOM 111", Pairs("The U.N. envoy for Somalia criticised Somalia's government on Tuesday."));

    [Fact]
    public void ACentralBank_IsItsStatesGovernmentAndMayAct() =>
        Assert.Contains(Pairs("Turkey's central bank agreed on Tuesday to extend a currency swap line with Qatar."), p => p.StartsWith("TUR>QAT 03", StringComparison.Ordinal));

    [Theory]
    [InlineData("Osamu Fujimura", "2012-05-01", "JPN", ActorRole.Government)]
    [InlineData("Suga", "2015-05-01", "JPN", ActorRole.Government)] // cabinet secretary, then prime minister
    [InlineData("Suga", "2021-05-01", "JPN", ActorRole.HeadOfGovernment)]
    [InlineData("Matsuno", "2022-05-01", "JPN", ActorRole.Government)]
    [InlineData("Hayashi", "2022-05-01", "JPN", ActorRole.ForeignMinistry)] // foreign minister, then cabinet secretary
    [InlineData("Hayashi", "2024-05-01", "JPN", ActorRole.Government)]
    [InlineData("Nebenzia", "2022-05-01", "RUS", ActorRole.ForeignMinistry)]
    [InlineData("Nebenzya", "2022-05-01", "RUS", ActorRole.ForeignMinistry)]
    [InlineData("Churkin", "2014-05-01", "RUS", ActorRole.ForeignMinistry)]
    [InlineData("Zhang Jun", "2022-05-01", "CHN", ActorRole.ForeignMinistry)]
    [InlineData("Thomas-Greenfield", "2022-05-01", "USA", ActorRole.ForeignMinistry)]
    [InlineData("Susan Rice", "2011-05-01", "USA", ActorRole.ForeignMinistry)] // U.N. ambassador, then national security adviser
    [InlineData("Susan Rice", "2015-05-01", "USA", ActorRole.Government)]
    [InlineData("Jake Sullivan", "2023-05-01", "USA", ActorRole.Government)]
    [InlineData("Delattre", "2016-05-01", "FRA", ActorRole.ForeignMinistry)]
    [InlineData("Lyall Grant", "2012-05-01", "GBR", ActorRole.ForeignMinistry)]
    public void Resolve_NameAtDate_GivesStateAndRole(string name, string date, string country, ActorRole role)
    {
        var term = People.Resolve(name, Day(date));
        Assert.NotNull(term);
        Assert.Equal((country, role), (term.Country, term.Role));
    }

    [Theory]
    [InlineData("Power")]
    [InlineData("Craft")]
    [InlineData("Grant")]
    [InlineData("Kawamura")]
    public void SurnamesThatAreWordsOrCommonNames_AreNotIndexedAlone(string word) => Assert.False(People.IsKnownName(word));

    [Theory]
    [InlineData("A Kenyan presidential adviser criticised Somalia on Friday.", "KEN>SOM 111")]
    [InlineData("Kenya's national security council condemned Somalia on Friday.", "KEN>SOM 111")]
    public void AdvisersAndSecurityCouncils_SpeakForTheirState(string text, string expected) => Assert.Contains(expected, Pairs(text));

    [Fact]
    public void ChiefCabinetSecretary_AsAnOffice_IsJapansGovernment() =>
        Assert.Contains("JPN>CHN 111", Pairs("Japan's chief cabinet secretary criticised China on Monday."));

    [Theory]
    [InlineData("Ghana's president accused Togo on Monday of shelling its border posts. Togo's army denied shelling the posts.", "TGO>GHA 016")]
    [InlineData("Ghana's president accused Togo on Monday of arming rebels. Togo's foreign minister said Togo had nothing to do with the rebels.", "TGO>GHA 016")]
    public void ADenialToldByTheActDenied_AnswersTheAccuser(string text, string expected) => Assert.Contains(expected, Pairs(text));

    [Fact]
    public void ADenialAfterACoordinatedCharge_AnswersEveryAccuser()
    {
        var pairs = Pairs("Ghana and Togo accused Benin on Monday of arming rebels. Ghana's president also urged Benin to close the camps. Benin's government rejected the accusation.");
        Assert.Contains("BEN>GHA 016", pairs);
        Assert.Contains("BEN>TGO 016", pairs);
    }

    [Fact]
    public void ADenialAfterAnUncodedCharge_AnswersThePreviousSentencesSpeaker() =>
        Assert.Contains("BEN>GHA 016", Pairs("Ghana's president said on Monday that the evidence pointed to Benin's army. Benin denied any involvement."));

    [Fact]
    public void DenyingAVisa_IsNoDenialOfAnAct() =>
        Assert.DoesNotContain(Pairs("Ghana denied visas to Togolese officials on Monday."), p => p.EndsWith(" 016", StringComparison.Ordinal));

    [Fact]
    public void APhoneCallAfterAnArticle_IsACall() =>
        Assert.Contains("GHA>TGO 041", Pairs("Ghana's president raised the border dispute in a phone call with Togo's president on Monday."));

    [Fact]
    public void AVerbWithACallAsItsAdjunct_AddressesTheCallsPartner()
    {
        var pairs = Pairs("Ghana's president demanded in a phone call with Togo's president on Monday that the detained fishermen be released.");
        Assert.Contains("GHA>TGO 041", pairs);
        Assert.Contains(pairs, p => p.StartsWith("GHA>TGO 10", StringComparison.Ordinal));
    }

    [Fact]
    public void AMeetingAfterAtAndAnArticle_IsAMeetingWithItsPartner() =>
        Assert.Contains("GHA>TGO 040", Pairs("Ghana's president raised the border dispute at a meeting with Togo's president on Monday."));

    [Fact]
    public void AMeetingStillToComeAfterAt_IsNoMeeting() =>
        Assert.DoesNotContain("GHA>TGO 040", Pairs("Ghana's president will raise the border dispute at a meeting with Togo's president next week."));

    [Fact]
    public void ACallInAnAdjunctOfAPlannedClause_IsNoCall() =>
        Assert.DoesNotContain("GHA>TGO 041", Pairs("Ghana's president plans to raise the border dispute in a phone call with Togo's president."));

    [Fact]
    public void AMeetingInAnAdjunctOfANegatedClause_IsStillAMeeting() =>
        Assert.Contains("GHA>TGO 040", Pairs("Ghana's president did not raise the border dispute at a meeting with Togo's president on Monday."));
}
