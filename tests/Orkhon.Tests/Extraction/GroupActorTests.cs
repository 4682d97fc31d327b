using Orkhon.Domain;
using Orkhon.Extraction;
using Orkhon.Extraction.Mentions;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Group nouns as actors: a nationality + group noun ("Sudanese militias") or a group noun + "in" + a place
/// ("protesters in Tbilisi") codes the country with a CAMEO-style sector role (REB, OPP, COP, REF…).
/// </summary>
public sealed class GroupActorTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Theory]
    [InlineData("Sudanese militias attacked Chad.", "SDN", "TCD", ActorRole.Rebels)]
    [InlineData("Somali insurgents attacked Kenya.", "SOM", "KEN", ActorRole.Rebels)]
    [InlineData("Iranian protesters condemned Israel.", "IRN", "ISR", ActorRole.Opposition)]
    [InlineData("Afghan refugees accused Pakistan of abuses.", "AFG", "PAK", ActorRole.Refugees)]
    [InlineData("Israeli police accused Jordan of negligence.", "ISR", "JOR", ActorRole.Police)]
    [InlineData("The Chinese coast guard accused the Philippines of provocations.", "CHN", "PHL", ActorRole.Military)]
    [InlineData("Russian troops attacked Ukraine.", "RUS", "UKR", ActorRole.Military)]
    public void NationalityAndGroupNoun_CodesTheCountryWithItsSector(string text, string source, string target, ActorRole role)
    {
        var e = Assert.Single(Extract(text));
        Assert.Equal((source, target, role), (e.Source.Code, e.Target.Code, e.Source.Role));
    }

    [Theory]
    [InlineData("Protesters in Tbilisi denounced Russia.", "GEO", "RUS", ActorRole.Opposition)]
    [InlineData("Rebels in Sudan attacked Chad.", "SDN", "TCD", ActorRole.Rebels)]
    [InlineData("Police in Kabul accused Pakistan of sheltering militants.", "AFG", "PAK", ActorRole.Police)]
    public void GroupNounInAPlace_TakesThePlacesCountry(string text, string source, string target, ActorRole role)
    {
        var e = Assert.Single(Extract(text));
        Assert.Equal((source, target, role), (e.Source.Code, e.Target.Code, e.Source.Role));
    }

    [Fact]
    public void RefugeesInAPlace_AreNotCodedAsThatCountry()
    {
        // Refugees in Turkey are mostly not Turkish: no country is read from where they are.
        Assert.DoesNotContain(Extract("Refugees in Turkey accused Greece of pushbacks."), e => e.Source.Code == "TUR");
    }

    [Fact]
    public void OppositionAsAnAttitude_IsNotAnActor()
    {
        // "Kazakh opposition to …" is a stance, not the opposition acting.
        Assert.DoesNotContain(Extract("Kazakh opposition to the pipeline angered Russia."), e => e.Source.Role == ActorRole.Opposition);
    }

    [Theory]
    [InlineData(ActorRole.Rebels, "rebels")]
    [InlineData(ActorRole.Opposition, "opposition")]
    [InlineData(ActorRole.Police, "police")]
    [InlineData(ActorRole.Refugees, "refugees")]
    public void SectorRoles_HaveStableNames(ActorRole role, string name)
    {
        Assert.Equal(name, role.ToName());
        Assert.True(ActorRoles.TryParse(name, out var parsed));
        Assert.Equal(role, parsed);
    }
}

public sealed class GroupNounDataTests
{
    private static TsvTable Table(string rows) => TsvTable.Read("groups.tsv", new StringReader("phrase\trole\tsector\n" + rows));

    [Fact]
    public void ShippedFile_Loads()
    {
        var rows = RoleWords.Rows(EmbeddedData.ReadTable(EmbeddedData.GroupNouns)).ToList();
        Assert.Contains(new KeyValuePair<string, ActorRole>("militias", ActorRole.Rebels), rows);
        Assert.True(RoleWords.TryGet("protesters", out var role) && role == ActorRole.Opposition);
    }

    [Theory]
    [InlineData("rebels\tpirates\tREB\n", "unknown role")]
    [InlineData("rebels\trebels\tRebels\n", "three-letter")]
    [InlineData("a b c d e\trebels\tREB\n", "one to 4 words")]
    public void BadRows_AreReportedWithTheirLine(string rows, string message)
    {
        var error = Assert.Throws<DataFileException>(() => RoleWords.Rows(Table(rows)).ToList());
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Contains("groups.tsv:2", error.Message, StringComparison.Ordinal);
    }
}
