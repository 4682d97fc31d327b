using FsCheck;
using FsCheck.Fluent;
using Orkhon.Claims;
using Orkhon.Domain;
using Orkhon.Knowledge;
using Orkhon.Reading;

namespace Orkhon.Tests.Claims;

public sealed class ClaimRulesTests
{
    public static TheoryData<string> RuleIds() => [.. ClaimFinder.Default.Rules.Rules.Select(r => r.Id)];

    // Every rule carries an example of our own; checking it must find a claim of the rule's kind, by that rule.
    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Example_IsFoundByItsRule(string id)
    {
        var rule = ClaimFinder.Default.Rules.Rules.Single(r => r.Id == id);
        var findings = ClaimCorpusTests.Check(rule.Example, "2025-03-01");
        Assert.True(findings.Any(f => f.Claim.Rule.Id == id && f.Claim.Kind == rule.Kind),
            $"{id} (line {rule.Line}): '{rule.Example}' gave [{string.Join("; ", findings.Select(f => $"{f.Claim.Rule.Id} {f.Claim.Subject}/{f.Claim.Object}"))}]");
    }

    [Fact]
    public void Check_ScoMemberClaim_IsContradictedByTheObserverRowWithItsSource()
    {
        var finding = Assert.Single(ClaimCorpusTests.Check("Mongolia, a member of the Shanghai Cooperation Organisation, sent its prime minister.", "2025-03-01"));
        Assert.Equal(ClaimVerdict.Contradicted, finding.Verdict);
        Assert.Equal(("MNG", "SCO"), (finding.Claim.Subject, finding.Claim.Object));
        Assert.Contains("observer of SCO since 2004-06-17", finding.Record, StringComparison.Ordinal);
        Assert.Equal(KnowledgeBase.Mongolia.Events.Single(e => e.Id == "2004-06-17-mng-sco-observer-status").Evidences[0].Url, finding.SourceUrl);
    }

    [Theory]
    [InlineData("Mongolia is an observer of the SCO.")]
    [InlineData("Mongolia, an observer in the Shanghai Cooperation Organisation, attended.")]
    [InlineData("Mongolia holds observer status in the SCO.")]
    [InlineData("Mongolia is not a member of the SCO.")] // a negated claim that the record bears out
    public void Check_ObserverClaims_AreConsistent(string text) =>
        Assert.Equal(ClaimVerdict.Consistent, Assert.Single(ClaimCorpusTests.Check(text, "2025-03-01")).Verdict);

    [Theory]
    [InlineData("Mongolia visited China in May.")] // no claim
    [InlineData("The member states of the SCO met.")] // a status phrase with no country before it: no party, so unknown
    [InlineData("He was the first to speak.")] // "first" without a visit is not a visit claim
    public void Check_NoCheckableClaim_GivesNoContradiction(string text) =>
        Assert.DoesNotContain(ClaimCorpusTests.Check(text, "2025-03-01"), f => f.Verdict == ClaimVerdict.Contradicted);

    [Fact]
    public void Load_BadRules_AreReportedWithTheirLines()
    {
        var tsv = "id\tclaim\tvalue\tphrase\texample\n"
            + "a\tmembership\tstate\tmember of\tx\n"        // unknown kind
            + "b\tpartnership\tcosy\tcosy partners\tx\n"    // unknown level
            + "c\tmember\tstate\t* member of\tx\n"          // starts with a gap
            + "c\tobserver\tstate\tobserver of\tx\n";       // id used twice
        var e = Assert.Throws<DataFileException>(() => ClaimRules.Load(TsvTable.Read("r.tsv", new StringReader(tsv)), new HashSet<string> { "strategic" }));
        Assert.Contains(e.Errors, x => x.Line == 2 && x.Message.Contains("claim kind", StringComparison.Ordinal));
        Assert.Contains(e.Errors, x => x.Line == 3 && x.Message.Contains("levels.tsv", StringComparison.Ordinal));
        Assert.Contains(e.Errors, x => x.Line == 4 && x.Message.Contains("starts with a word", StringComparison.Ordinal));
        Assert.Contains(e.Errors, x => x.Line == 5 && x.Message.Contains("used twice", StringComparison.Ordinal));
    }

    // Open-ended input: any text of claim words, names, dates and punctuation is checked without an exception,
    // and every claim's span lies inside its sentence.
    [Fact]
    public void Property_AnyText_IsCheckedWithoutFailing()
    {
        var words = new[] { "Mongolia", "SCO", "member", "of", "observer", "the", "first", "visit", "since", "2004", "in", "16", "years", "strategic",
            "comprehensive", "partnership", "treaty", "friendship", "not", "joined", "China", "Russia", ",", ".", "by", "a", "president", "state", "ever", "Kazakh" };
        var text = Gen.ArrayOf(Gen.Elements(words)).Select(w => string.Join(' ', w));
        Prop.ForAll(text.ToArbitrary(), t =>
        {
            var read = DocumentReader.ReadText(t.Length == 0 ? "x" : t, DocumentFormat.PlainText, "p.txt", new ReadOptions());
            return read.Document is not { } d || ClaimChecker.Default.Check(d, new DateOnly(2025, 3, 1))
                .All(f => f.Claim.SentenceStart <= f.Claim.Start && f.Claim.Start <= f.Claim.End && f.Claim.End <= f.Claim.SentenceEnd);
        }).QuickCheckThrowOnFailure();
    }

    // A "first visit" claim with no date of its own looks for visits up to a week before the document's day; a
    // document dated in the calendar's first week once pushed that day off the calendar.
    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("0001-01-03")]
    [InlineData("0001-01-07")]
    public void Check_FirstVisitClaimInTheCalendarsFirstWeek_IsJudgedWithoutFailing(string docDate)
    {
        var finding = Assert.Single(ClaimCorpusTests.Check("The French minister arrived in Mongolia on the first French visit.", docDate));
        Assert.Equal(ClaimKind.FirstVisit, finding.Claim.Kind);
        Assert.NotEmpty(finding.Record);
    }

    // Open-ended input, the document's day included: any claim words on any day of the calendar, its edges most often.
    [Fact]
    public void Property_AnyTextOnAnyDay_IsCheckedWithoutFailing()
    {
        // Phrases rather than single words, so that whole claims ("the first French visit to Mongolia") come up often.
        var words = new[] { "The French minister", "Japan's president", "arrived in Mongolia", "on the first French visit", "the first state visit",
            "since 2004", "in 16 years", "to Mongolia", "a member of the SCO", "an observer", "ever", "not", ",", "." };
        var text = Gen.ArrayOf(Gen.Elements(words)).Select(w => string.Join(' ', w));
        var edges = Gen.Elements(0, 1, 2, 6, 7, 8, DateOnly.MaxValue.DayNumber - 7, DateOnly.MaxValue.DayNumber);
        var day = Gen.OneOf(edges, Gen.Choose(0, DateOnly.MaxValue.DayNumber)).Select(DateOnly.FromDayNumber);
        Prop.ForAll(text.ToArbitrary(), day.ToArbitrary(), day.ToArbitrary(), (t, published, today) =>
        {
            var options = new ReadOptions { PublishedDate = FuzzyDate.OfDay(published) };
            var read = DocumentReader.ReadText(t.Length == 0 ? "x" : t, DocumentFormat.PlainText, "p.txt", options);
            return read.Document is not { } d || ClaimChecker.Default.Check(d, today).All(f => f.Record.Length > 0);
        }).QuickCheckThrowOnFailure();
    }
}
