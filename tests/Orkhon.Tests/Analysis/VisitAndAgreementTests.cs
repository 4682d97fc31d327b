using Orkhon.Analysis;
using Orkhon.Analysis.Frameworks;
using Orkhon.Domain;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Analysis;

/// <summary>
/// A state visit during which an agreement was signed is two knowledge-base events: reciprocity counts
/// the visit, engagement counts the agreement as well.
/// </summary>
public sealed class VisitAndAgreementTests
{
    private static readonly List<Engagement> s_mongolia = Engagement.Select(
        KnowledgeBase.Mongolia.Events, "MNG", FrameworkCatalog.Default.DefaultFor("MNG")!, SignificanceWeights.Default);

    [Theory]
    [InlineData("DEU", "2024-02-07-deu-mng-state-visit", "state", false)] // Steinmeier 2024: received
    [InlineData("CHN", "2003-06-chn-mng-state-visit", "state", false)]    // Hu Jintao 2003: received
    [InlineData("JPN", "2022-11-29-mng-jpn-state-visit", "state", true)]  // Khurelsukh to Tokyo 2022: made
    [InlineData("USA", "2018-09-mng-usa-official-visit", "official", true)]
    public void Reciprocity_CountsTheVisitOfAVisitWithAnAgreement(string partner, string visitId, string level, bool made)
    {
        var withVisit = Assert.Single(VisitReciprocity.Compute(s_mongolia), r => r.Partner == partner);
        Assert.Contains(visitId, withVisit.EventIds);

        var without = Assert.Single(VisitReciprocity.Compute(s_mongolia.Where(e => e.Event!.Id != visitId).ToList()), r => r.Partner == partner);
        var side = made ? (withVisit.Made, without.Made) : (withVisit.Received, without.Received);
        Assert.Equal(side.Item2[level] + 1, side.Item1[level]);
    }

    [Fact]
    public void Reciprocity_DoesNotCountTheAgreement() =>
        Assert.DoesNotContain(VisitReciprocity.Compute(s_mongolia), r => r.EventIds.Contains("2024-02-07-deu-mng-partnership"));

    [Theory]
    [InlineData("2024-02-07-deu-mng-state-visit", "2024-02-07-deu-mng-partnership")]
    [InlineData("2003-06-chn-mng-state-visit", "2003-06-chn-mng-partnership")]
    public void Engagement_CountsTheVisitAndTheAgreement(string visitId, string agreementId)
    {
        var visit = Assert.Single(s_mongolia, e => e.Event!.Id == visitId);
        var agreement = Assert.Single(s_mongolia, e => e.Event!.Id == agreementId);
        Assert.Equal(SignificanceClass.StateVisit, visit.Class);
        Assert.Equal(SignificanceClass.Agreement, agreement.Class);
        Assert.Equal(SignificanceWeights.Default[SignificanceClass.StateVisit], visit.Weight);
        Assert.Equal(SignificanceWeights.Default[SignificanceClass.Agreement], agreement.Weight);
    }

    [Theory]
    [InlineData("042", null, SignificanceClass.OfficialVisit)]
    [InlineData("043", null, SignificanceClass.OfficialVisit)]   // hosting is a visit too
    [InlineData("042", ActorRole.HeadOfState, SignificanceClass.StateVisit)]
    [InlineData("057", null, SignificanceClass.Agreement)]
    [InlineData("054", null, SignificanceClass.Agreement)]
    [InlineData("040", null, SignificanceClass.Ministerial)]     // other consultations
    [InlineData("0874", null, SignificanceClass.Cooperation)]    // root 08: last material-cooperation root
    [InlineData("09", null, SignificanceClass.Statement)]        // root 09: first verbal-conflict root
    [InlineData("138", null, SignificanceClass.Statement)]
    [InlineData("14", null, SignificanceClass.Cooperation)]      // material conflict weighs as a material act
    [InlineData("20", null, SignificanceClass.Cooperation)]
    public void Classify_WithoutKind_FollowsTheCode(string code, ActorRole? role, SignificanceClass expected)
    {
        var e = new Event("x", new ActorRef("MNG", role), new ActorRef("KAZ"), CameoCode.Parse(code), null, null, EventOrigin.Extracted, 0.5, []);
        Assert.Equal(expected, SignificanceWeights.Classify(e));
    }

    [Theory]
    [InlineData(EventKind.Partnership, SignificanceClass.Agreement)]
    [InlineData(EventKind.WorkingVisit, SignificanceClass.OfficialVisit)]
    [InlineData(EventKind.Other, SignificanceClass.OfficialVisit)]  // no class of its own: the code (042) decides
    public void Classify_WithKind_FollowsTheKind(EventKind kind, SignificanceClass expected)
    {
        var e = new Event("x", new ActorRef("MNG"), new ActorRef("KAZ"), CameoCode.MakeVisit, null, null, EventOrigin.Curated, 0.9, [], kind);
        Assert.Equal(expected, SignificanceWeights.Classify(e));
    }
}
