using System.Text.RegularExpressions;
using Orkhon.Domain;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Knowledge;

/// <summary>The knowledge base's <c>kind</c> column is an <see cref="EventKind"/>, and a visit with an agreement is two rows.</summary>
public sealed partial class KnowledgeBaseKindTests
{
    private const string Header = "id\tdate\tsource\ttarget\tkind\tcameo\ttitle\tlocation\tsource_url\tconfidence\n";

    private static KnowledgeBase Kb => KnowledgeBase.Mongolia;

    private static KnowledgeBase Load(string rows) =>
        KnowledgeBase.Load(TsvTable.Read("kb.tsv", new StringReader(Header + rows)), CameoCatalog.Default, ReferenceData.Default);

    [Theory]
    [InlineData("trade_deal")]   // renamed to agreement_signed long ago
    [InlineData("State_Visit")]  // kinds are exact
    [InlineData("")]
    public void Load_UnknownKind_IsAnErrorWithFileAndLine(string kind)
    {
        var rows =
            "a\t2023-07\tKGZ\tMNG\tstate_visit\t042\tok\t\thttps://example.org/a\thigh\n" +
            $"b\t2023-08\tKGZ\tMNG\t{kind}\t042\tbad kind\t\thttps://example.org/b\thigh\n";
        var e = Assert.Throws<DataFileException>(() => Load(rows));
        var error = Assert.Single(e.Errors);
        Assert.Equal(("kb.tsv", 3), (error.File, error.Line));
        Assert.Contains($"kind '{kind}'", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("kb.tsv:3: ", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("21")]    // malformed: root above 20
    [InlineData("0499")]  // well formed, not in CAMEO
    public void Load_BadCode_IsAnErrorWithItsLine(string code)
    {
        var e = Assert.Throws<DataFileException>(() => Load($"a\t2023-07\tKGZ\tMNG\tstate_visit\t{code}\tok\t\thttps://example.org/a\thigh\n"));
        Assert.Equal(2, Assert.Single(e.Errors).Line);
    }

    [Fact]
    public void Mongolia_EveryRowHasAKind()
    {
        // The column is required: a curated event always says what kind of record it is (extracted ones do not).
        Assert.All(Kb.Events, e => Assert.NotNull(e.Kind));
    }

    [Fact]
    public void Load_StateVisit_IsMadeByAHeadOfState()
    {
        var kb = Load(
            "a\t2023-07\tKGZ\tMNG\tstate_visit\t042\tvisit\t\thttps://example.org/a\thigh\n" +
            "b\t2023-07\tKGZ\tMNG\tofficial_visit\t042\tvisit\t\thttps://example.org/b\thigh\n");
        Assert.Equal(ActorRole.HeadOfState, kb.Events[0].Source.Role);
        Assert.Null(kb.Events[1].Source.Role);
        Assert.Equal(CameoCode.MakeVisit, kb.Events[0].Cameo);
    }

    [Fact]
    public void Mongolia_AgreementSignedOnANamedVisit_HasItsVisitRow_WithTheSameSource()
    {
        // "During President Steinmeier's state visit the two countries sign…": one row used to stand for
        // both, so visit questions missed the visit. The visit is its own row, same date, same page.
        var agreements = Kb.Events.Where(e => e.Kind!.Value.IsAgreement() && NamedVisit().IsMatch(e.Title!)).ToList();
        Assert.True(agreements.Count >= 5, $"{agreements.Count} agreements made on a named visit");
        Assert.All(agreements, a =>
        {
            var visit = Kb.Events.SingleOrDefault(v => v.Kind!.Value.IsVisit() && v.Cameo.IsIn(CameoCode.MakeVisit) && v.Date == a.Date
                && ((v.Source.Code == a.Source.Code && v.Target.Code == a.Target.Code) || (v.Source.Code == a.Target.Code && v.Target.Code == a.Source.Code))
                && v.Evidences[0].Url == a.Evidences[0].Url);
            Assert.True(visit is not null, $"{a.Id}: no visit row with the same date, actors and source");
        });
    }

    [Theory]
    [InlineData("2003-06-chn-mng-state-visit", "2003-06-chn-mng-partnership")]
    [InlineData("2011-06-mng-chn-official-visit", "2011-06-mng-chn-partnership")]
    [InlineData("2018-09-mng-usa-official-visit", "2018-09-mng-usa-partnership")]
    [InlineData("2022-11-29-mng-jpn-state-visit", "2022-11-29-mng-jpn-partnership")]
    [InlineData("2024-02-07-deu-mng-state-visit", "2024-02-07-deu-mng-partnership")]
    public void Mongolia_SplitRows_ShareDateActorsAndSource(string visitId, string agreementId)
    {
        var visit = Assert.Single(Kb.Events, e => e.Id == visitId);
        var agreement = Assert.Single(Kb.Events, e => e.Id == agreementId);
        Assert.Equal(visitId[..visitId.LastIndexOf(visit.Kind!.Value.ToName().Replace('_', '-'), StringComparison.Ordinal)], agreementId[..agreementId.LastIndexOf("partnership", StringComparison.Ordinal)]);
        Assert.Equal((agreement.Date, agreement.Source.Code, agreement.Target.Code), (visit.Date, visit.Source.Code, visit.Target.Code));
        Assert.Equal(agreement.Evidences[0].Url, visit.Evidences[0].Url);
        Assert.Equal(CameoCode.MakeVisit, visit.Cameo);
        Assert.Equal(CameoCode.SignAgreement, agreement.Cameo);
    }

    [GeneratedRegex(@"\b(state|official|working) visit\b", RegexOptions.IgnoreCase)]
    private static partial Regex NamedVisit();
}
