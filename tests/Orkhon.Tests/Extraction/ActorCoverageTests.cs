using Orkhon.Extraction;
using static Orkhon.Tests.Extraction.EvaluationCorpus;
using static Orkhon.Tests.Extraction.EvaluationScore;

namespace Orkhon.Tests.Extraction;

public sealed class ActorCoverageTests
{
    /// <summary>
    /// Writes <c>actor-coverage.txt</c> beside the test binary: how many missed events lack a recognised actor (see
    /// <see cref="ActorCoverage"/>). The bar is the fit fold's count of news events missed with an actor never recognised,
    /// measured when the reference data was widened (2026-12-07); lower it as recognition improves, never raise it for the
    /// same items. A blind batch joining the corpus brings new fit items, so the bar is measured again then: 17 → 18 when
    /// news-an joined (2026-12-07), whose fit item names a party only as "the Polish-led multinational division"; reading
    /// that form as Poland's forces gave three false events and no true one, so it was not kept (docs/extraction.md);
    /// 18 → 27 when news-ar and news-as joined (2026-12-07, twenty-third session): its three new fit items with an unseen
    /// party name it as "the city's history museum" of a French city named once, as "the court" and "the judges" for the
    /// International Court of Justice, and the Security Council only as the owner of a resolution, which the mention
    /// finder reads as no party on purpose (an organisation that only owns a document, docs/extraction.md); 27 → 25 when the
    /// presidents of the International Court of Justice joined officeholders.tsv (p37-actors, 2026-12-07): "the court's
    /// president" named, the court never named in full; 25 → 26 when news-at and news-au joined (2026-12-07, twenty-fourth
    /// session): one new fit item names the West only as the owner of airlines ("barring Western airlines"); the West is
    /// read by its alias phrases ("Western countries", "Western governments" in organisations.tsv), not by the bare
    /// adjective, which would make every "Western sanctions" a party; 26 → 27 when news-az and news-ba joined (2026-12-08,
    /// twenty-seventh session): one new fit item names the Organisation of Islamic Cooperation once, inside a relative
    /// clause as the body whose rotating chair Turkey holds, and the summit's other party only as "the group".
    /// </summary>
    [Fact]
    public void Corpora_ActorsOfMissedEventsAreRecognisedAtLeastAsOftenAsBefore()
    {
        var results = Evaluate(LoadAll(), EventExtractor.Default);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "actor-coverage.txt"), ActorCoverage.Render(results, EventExtractor.Default));
        var (counts, _) = ActorCoverage.Of(results.Where(r => r.Item.Corpus == News && r.Item.Fold == Fit), EventExtractor.Default, false);
        Assert.Equal(counts.Unpaired, counts.BothSeen + counts.SourceOnly + counts.TargetOnly + counts.Neither);
        Assert.InRange(counts.SourceOnly + counts.TargetOnly + counts.Neither, 0, MaximumUnseen);
    }

    private const int MaximumUnseen = 27;
}
