using Orkhon.Domain;
using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction.Mentions;

/// <summary>
/// A state body named by its own capitalised name after the state's possessive ("Sudan's Security and Defence Council",
/// "Beijing's Taiwan Affairs Office"): the state acts, whether or not the tables know the body, and a state named inside the
/// body's name is no party. Sentences are our own, in agency and newspaper styles, with different bodies, verbs, tenses and
/// word orders; the negatives are firms, parties, markets and former officials, which must give no such event.
/// </summary>
public sealed class NamedStateBodyTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, new DateOnly(2024, 10, 10));

    [Theory]
    [InlineData("Sudan's Security and Defence Council accused the United Arab Emirates on Tuesday of arming the rebels.", "SDN", "ARE")]
    [InlineData("Beijing's Taiwan Affairs Office condemned the United States for selling arms to Taiwan.", "CHN", "USA")]
    [InlineData("China's Taiwan Affairs Office on Wednesday warned Washington against arms sales.", "CHN", "USA")]
    [InlineData("Mongolia's General Intelligence Agency expelled two Chinese diplomats on Monday.", "MNG", "CHN")]
    [InlineData("South Korea's National Intelligence Service accused North Korea of hacking its banks.", "KOR", "PRK")]
    [InlineData("Kazakhstan's National Security Committee arrested a Russian citizen on spying charges.", "KAZ", "RUS")]
    [InlineData("China's National Development and Reform Commission signed an agreement with Mongolia.", "CHN", "MNG")]
    [InlineData("Tokyo's Cabinet Office has criticised Russia for the incursion.", "JPN", "RUS")]
    public void BodyUnderItsOwnName_ActsForTheState(string text, string source, string target) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target);

    [Fact]
    public void StateInsideTheBodysName_IsNoParty() =>
        Assert.DoesNotContain(Extract("Beijing's Taiwan Affairs Office condemned the United States for selling arms to Taiwan."), e => e.Source.Code == "TWN");

    [Fact]
    public void BodyWithoutAnOfficeWord_IsTheGovernment()
    {
        var accusation = Assert.Single(Extract("Sudan's Security and Defence Council accused the United Arab Emirates on Tuesday of arming the rebels."));
        Assert.Equal(ActorRole.Government, accusation.Source.Role);
    }

    [Fact]
    public void OfficeTheTablesKnow_KeepsItsRole()
    {
        var summons = Assert.Single(Extract("Russia's Foreign Ministry summoned the Japanese ambassador on Monday."), e => e.Target.Code == "JPN");
        Assert.Equal(ActorRole.ForeignMinistry, summons.Source.Role);
    }

    [Theory]
    [InlineData("Britain's Conservative Party criticised China on Monday.")]
    [InlineData("Mongolia's Oyu Tolgoi mine signed a deal with Rio Tinto on Monday.")]
    [InlineData("Kenya's Premier League Board fined a Ugandan club on Monday.")]
    [InlineData("Russia's Bolshoi Theatre hosted a Chinese delegation on Monday.")]
    [InlineData("Protesters gathered outside Russia's Federal Migration Service in Moscow on Monday.")]
    public void FirmPartyOrPlace_GivesNoEvent(string text) => Assert.Empty(Extract(text));

    [Fact]
    public void MarketNamedByTheState_IsNoActor() =>
        Assert.DoesNotContain(Extract("Japan's Nikkei Stock Average fell as China criticised Japan."), e => e.Source.Code == "JPN");
}
