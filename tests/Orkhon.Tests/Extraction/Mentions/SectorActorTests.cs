using Orkhon.Domain;
using Orkhon.Extraction;
using Orkhon.Extraction.Mentions;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Extraction.Mentions;

/// <summary>
/// Group nouns with a CAMEO sector for every state: a nationality, "of STATE" or "from STATE" before or after the noun
/// gives the country; courts act as the judiciary; civilians, citizens and the media are targets, never sources.
/// </summary>
public sealed class SectorActorTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, new DateOnly(2025, 3, 14));

    // Every state's adjective with every sector noun: the data, not a list of examples, makes the actor.
    public static TheoryData<string, string> EveryAdjective()
    {
        var data = new TheoryData<string, string>();
        foreach (var country in ReferenceData.Default.Countries.Where(c => c.Adjectives.Count > 0))
        {
            data.Add(country.Adjectives[0], country.Code);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryAdjective))]
    public void EveryNationality_WithASectorNoun_IsThatStatesSector(string adjective, string code)
    {
        var target = code == "NOR" ? "Sweden" : "Norway";
        var targetCode = code == "NOR" ? "SWE" : "NOR";
        var e = Assert.Single(Extract($"{adjective} police accused {target} of smuggling weapons."));
        Assert.Equal((code, targetCode, ActorRole.Police), (e.Source.Code, e.Target.Code, e.Source.Role));
    }

    [Theory]
    [InlineData("A Tashkent court sentenced two Kazakh citizens on Friday.", "UZB", "KAZ", ActorRole.Judiciary, ActorRole.Civilians)]
    [InlineData("Georgian border police detained four nationals of Armenia on Friday.", "GEO", "ARM", ActorRole.Police, ActorRole.Civilians)]
    [InlineData("Turkish judges convicted a Swedish journalist on Friday.", "TUR", "SWE", ActorRole.Judiciary, ActorRole.Media)]
    [InlineData("Lebanese militias attacked Syrian villagers on Friday.", "LBN", "SYR", ActorRole.Rebels, ActorRole.Civilians)]
    public void SectorOnBothEnds_KeepsEachRole(string text, string source, string target, ActorRole sourceRole, ActorRole targetRole)
    {
        var e = Assert.Single(Extract(text));
        Assert.Equal((source, target, sourceRole, targetRole), (e.Source.Code, e.Target.Code, e.Source.Role, e.Target.Role));
    }

    [Theory]
    [InlineData("Thai nationals accused Cambodia of fraud on Friday.")]
    [InlineData("Nepali journalists criticised India on Friday.")]
    [InlineData("Citizens of Peru condemned Chile on Friday.")]
    public void CiviliansAndMedia_NeverAct(string text) => Assert.Empty(Extract(text));

    [Fact]
    public void DemonymAlone_IsThatStatesCivilians()
    {
        var e = Assert.Single(Extract("Iran deported 900 Afghans on Friday."));
        Assert.Equal(("IRN", "AFG", ActorRole.Civilians), (e.Source.Code, e.Target.Code, e.Target.Role));
    }

    [Theory]
    [InlineData("Soldiers from Chad attacked Sudan on Friday.", "TCD", "SDN", ActorRole.Military)]
    [InlineData("A delegation from Laos held talks with Vietnam on Friday.", "LAO", "VNM", ActorRole.Government)]
    [InlineData("Troops from Yunnan's military district held drills with Laos on Friday.", "CHN", "LAO", ActorRole.Military)]
    public void GroupFromAState_IsThatStates(string text, string source, string target, ActorRole role)
    {
        var e = Assert.Single(Extract(text));
        Assert.Equal((source, target, role), (e.Source.Code, e.Target.Code, e.Source.Role));
    }

    [Theory]
    [InlineData("Chile recalled its ambassador from Lima on Friday.", "CHL", "PER")]
    [InlineData("Brazil withdrew soldiers from Haiti on Friday.", "BRA", "HTI")]
    public void FromAfterAVerb_BelongsToTheVerb(string text, string source, string target) =>
        Assert.Contains(Extract(text), e => (e.Source.Code, e.Target.Code) == (source, target));

    [Fact]
    public void EthnicGroup_IsNotTheStatesNationals()
    {
        // "ethnic Serbs" in Kosovo are no Serbian target; the demand is for the people, aimed at Kosovo.
        var events = Extract("Belgrade demanded rights for ethnic Serbs from Kosovo on Friday.");
        Assert.DoesNotContain(events, e => e.Target.Code == "SRB");
    }

    [Fact]
    public void GroupFromAPlaceAlone_IsNotThatStates() =>
        // Where a unit comes from is not whose it is.
        Assert.DoesNotContain(Extract("Soldiers from Crimea attacked Georgia on Friday."), e => e.Source.Code == "UKR");

    [Theory]
    [InlineData(ActorRole.Judiciary, "judiciary")]
    [InlineData(ActorRole.Civilians, "civilians")]
    public void NewSectorRoles_HaveStableNames(ActorRole role, string name)
    {
        Assert.Equal(name, role.ToName());
        Assert.True(ActorRoles.TryParse(name, out var parsed));
        Assert.Equal(role, parsed);
    }
}

/// <summary>The office and mention word files: shipped, loaded, with no phrase in both role files.</summary>
public sealed class MentionWordDataTests
{
    [Fact]
    public void RoleWords_LoadFromData()
    {
        var rows = RoleWords.Rows(EmbeddedData.ReadTable(EmbeddedData.RoleWords)).ToList();
        Assert.Contains(new KeyValuePair<string, ActorRole>("foreign ministry", ActorRole.ForeignMinistry), rows);
        Assert.Contains(new KeyValuePair<string, ActorRole>("court", ActorRole.Judiciary), rows);
        Assert.True(RoleWords.TryGet("Prime Minister", out var role) && role == ActorRole.HeadOfGovernment);
    }

    [Fact]
    public void RoleFiles_ShareNoPhrase()
    {
        var offices = RoleWords.Rows(EmbeddedData.ReadTable(EmbeddedData.RoleWords)).Select(r => r.Key);
        var groups = RoleWords.Rows(EmbeddedData.ReadTable(EmbeddedData.GroupNouns)).Select(r => r.Key);
        Assert.Empty(offices.Intersect(groups, StringComparer.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("place-preposition", "inside")]
    [InlineData("pair-noun", "sides")]
    [InlineData("state-anaphor", "kingdom")]
    [InlineData("expletive", "was")]
    public void MentionWords_LoadFromData(string cls, string word) => Assert.Contains(word, (IEnumerable<string>)MentionFinder.Words.Of(cls));
}
