using Orkhon.Domain;
using Orkhon.Extraction;
using Orkhon.Extraction.Lexicon;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// The military's people and units as actors (role-words.tsv, branch p18-actors) and their moves into another state: a body
/// of troops that arrives in or leaves for a state is deployed there (074), one officer who does so visits it (042).
/// </summary>
public sealed class TroopArrivalTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Theory]
    [InlineData("Belgian paratroopers raided Mali in 2013.", "BEL", "MLI")]
    [InlineData("Egyptian commandos attacked Libya in 2015.", "EGY", "LBY")]
    [InlineData("A Kenyan battalion attacked Somalia in 2011.", "KEN", "SOM")]
    [InlineData("French gendarmes accused Italy of negligence in 2019.", "FRA", "ITA")]
    public void PersonnelAndUnitNouns_AfterANationality_AreThatStatesForces(string text, string source, string target)
    {
        var e = Assert.Single(Extract(text));
        Assert.Equal((source, target), (e.Source.Code, e.Target.Code));
        Assert.True(e.Source.Role is ActorRole.Military or ActorRole.Police);
    }

    [Theory]
    [InlineData("Polish paratroopers arrived in Lithuania on 4 May 2019.", "POL", "LTU")]
    [InlineData("A Nepali peacekeeping battalion left for Lebanon on 2 June 2018.", "NPL", "LBN")]
    [InlineData("A Fijian contingent landed in Syria on 3 March 2014.", "FJI", "SYR")]
    public void AUnitMovingIntoAnotherState_IsDeployedThere(string text, string source, string target)
    {
        var e = Assert.Single(Extract(text));
        Assert.Equal((source, target, "074"), (e.Source.Code, e.Target.Code, e.Cameo.Value));
    }

    [Theory]
    [InlineData("The Polish defence minister arrived in Lithuania on 4 May 2019.")]
    [InlineData("The chief of the General Staff of the Polish Armed Forces arrived in Lithuania on 4 May 2019.")]
    [InlineData("Polish troops visited Lithuania on 4 May 2019.")]
    public void AnOfficerOrANamedVisit_StaysAVisit(string text)
    {
        Assert.DoesNotContain(Extract(text), e => e.Cameo.Value == "074");
    }

    // The movements are named by lexicon entry id: a renamed or removed row of data/lexicon/events.tsv would silently stop
    // turning a unit's arrival into a deployment.
    [Fact]
    public void EveryMovementId_IsAVisitEntryOfTheLexicon()
    {
        var visits = EventLexicon.Default.Entries.Where(e => e.Cameo.Value == "042").Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        Assert.All(TroopArrivals.Movements, id => Assert.Contains(id, visits));
    }
}
