using Orkhon.Domain;
using Orkhon.Extraction;
using Orkhon.Extraction.Mentions;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Extraction.Mentions;

/// <summary>
/// Seats of power, fixed collectives of states and capitals of earlier states: their data files load and reject bad rows, and
/// each rule holds on sentences of our own.
/// </summary>
public sealed class SeatsAndCollectivesTests
{
    private static List<EventMention> Extract(string text, DateOnly? date = null) => EventExtractor.Default.Extract(text, date ?? new DateOnly(2025, 3, 14));

    private static TsvTable Table(string tsv) => TsvTable.Read("t.tsv", new StringReader(tsv));

    [Fact]
    public void ShippedFiles_Load()
    {
        Assert.Equal(("RUS", ActorRole.HeadOfState), SeatsOfPower.All["Kremlin"]);
        Assert.Equal(["EST", "LVA", "LTU"], StateCollectives.All["Baltic states"]);
        Assert.Equal("SUN", CapitalEras.At("RUS", new DateOnly(1991, 12, 25)));
        Assert.Equal("RUS", CapitalEras.At("RUS", new DateOnly(1991, 12, 26)));
        Assert.Equal("RUS", CapitalEras.At("RUS", null));
    }

    [Theory]
    [InlineData("phrase\tcountry\trole\nKremlin\tRUS\tking\n")]          // unknown role
    [InlineData("phrase\tcountry\trole\nkremlin\tRUS\thead_of_state\n")] // not capitalised
    [InlineData("phrase\tcountry\trole\nKremlin\tRussia\thead_of_state\n")] // not a code
    [InlineData("phrase\tcountry\trole\nKremlin\tRUS\thead_of_state\nKremlin\tRUS\tgovernment\n")] // twice
    public void SeatRows_BadRow_IsAnErrorNamingTheFile(string tsv) =>
        Assert.Contains("t.tsv", Assert.Throws<DataFileException>(() => SeatsOfPower.Load(Table(tsv))).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("phrase\tmembers\nBaltic states\tEST\n")]              // one member
    [InlineData("phrase\tmembers\nBaltic states\tEST;EST;LVA\n")]      // a member twice
    [InlineData("phrase\tmembers\nbaltic states\tEST;LVA;LTU\n")]      // not capitalised
    [InlineData("phrase\tmembers\nBaltic states\tEST;Latvia\n")]       // not a code
    public void CollectiveRows_BadRow_IsAnErrorNamingTheFile(string tsv) =>
        Assert.Contains("t.tsv", Assert.Throws<DataFileException>(() => StateCollectives.Load(Table(tsv))).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("country\tuntil\tcode\nRUS\t26 Dec 1991\tSUN\n")]
    [InlineData("country\tuntil\tcode\nRussia\t1991-12-26\tSUN\n")]
    public void EraRows_BadRow_IsAnErrorNamingTheFile(string tsv) =>
        Assert.Contains("t.tsv", Assert.Throws<DataFileException>(() => CapitalEras.Load(Table(tsv))).Message, StringComparison.Ordinal);

    [Fact]
    public void Collective_WithTheWrongNumber_IsLeftToTheStatesNamedBefore()
    {
        // "the two Gulf states" after naming two of them are those two, not all six.
        var events = Extract("Bahrain and Kuwait signed a defence pact on Monday, and the two Gulf states criticised Iran.");
        Assert.DoesNotContain(events, e => e.Source.Code is "SAU" or "OMN" or "QAT" or "ARE");
    }

    [Fact]
    public void Collective_AsObject_IsEveryMember()
    {
        var events = Extract("Belarus accused the Baltic states of espionage on Monday.");
        Assert.Equal(["EST", "LTU", "LVA"], events.Where(e => e.Source.Code == "BLR").Select(e => e.Target.Code).Order());
    }

    [Theory]
    [InlineData("Peace activists met outside the Kremlin on Monday to criticise Ukraine.")]
    [InlineData("A former Kremlin aide accused Ukraine of sabotage on Monday.")]
    [InlineData("White House hopefuls criticised China on Monday.")]
    public void Seat_AsAPlaceOrAnAttribute_NeverActs(string text) => Assert.DoesNotContain(Extract(text), e => e.Source.Code == "RUS" || e.Source.Code == "USA");

    [Fact]
    public void SeatWithAnOffice_TakesTheOfficesRole()
    {
        var e = Assert.Single(Extract("White House officials criticised Venezuela on Monday."));
        Assert.Equal(("USA", ActorRole.Government, "VEN"), (e.Source.Code, e.Source.Role, e.Target.Code));
    }

    [Fact]
    public void CapitalBeforeItsStatesFounding_IsTheEarlierState()
    {
        var e = Assert.Single(Extract("Moscow criticised Beijing in 1969."));
        Assert.Equal(("SUN", "CHN"), (e.Source.Code, e.Target.Code));
    }

    [Fact]
    public void AbbreviatedNameWithAModifier_IsAnOffice_ButAFullNameBeforeAVerbIsNot()
    {
        Assert.Contains(Extract("UK trade officials criticised China on Monday."), e => e.Source.Code == "GBR" && e.Source.Role == ActorRole.Government);
        Assert.Contains(Extract("Chile recalled troops from Peru on Monday."), e => e.Source.Code == "CHL" && e.Source.Role is null);
    }

    [Fact]
    public void KnownGivenName_FollowedByAnotherSurname_IsSomeoneElse()
    {
        // "Sergei" alone may be in the table; "Sergei Pavlov of Russia" is another man, whose state the text gives.
        var e = Assert.Single(Extract("Deputy Foreign Minister Sergei Pavlov of Russia criticised Japan on Monday."));
        Assert.Equal(("RUS", ActorRole.ForeignMinistry), (e.Source.Code, e.Source.Role));
    }

    [Fact]
    public void TitledUnknownName_UnderADateline_IsTheDatelineState()
    {
        var e = Assert.Single(Extract("ACCRA, March 14 (Reuters) - Defence Minister Kwame Asante accused Togo on Friday of arming rebels."));
        Assert.Equal(("GHA", ActorRole.Military, "TGO"), (e.Source.Code, e.Source.Role, e.Target.Code));
    }
}
