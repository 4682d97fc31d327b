namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// A plan told inside a temporal subordinate clause is dated by that clause's statement (the main clause's day moved by the
/// interval, or nothing for a vague one), and "after which" tells what followed on the same occasion. The sentences are our own.
/// </summary>
public sealed class SubordinatePlanDateTests
{
    [Theory]
    // "three days after X announced it would…": the announcement three days before the main clause's Monday.
    [InlineData("Sudanese jets bombed a market in South Sudan on Monday, the army said, three days after Juba announced it would pull its troops out of Heglig.",
        "2012-04-23", "SSD>SDN 0356 2012-04-20")]
    [InlineData("Kazakhstan's president met Uzbekistan's president on Friday, four days after Tashkent announced it would open two new border crossings with Kazakhstan.",
        "2025-03-14", "UZB>KAZ 0311 2025-03-10")]
    // "days after": an interval with no count names no day; the reporting clause's Tuesday is not the plan's.
    [InlineData("The White House said on Tuesday there were no plans for a summit, days after Trump said he would meet Putin in Budapest.",
        "2025-10-21", "USA>RUS 036 -")]
    // "…, after which …": the signing followed the talks on the same day.
    [InlineData("Mongolia's prime minister held talks with South Korea's prime minister on Wednesday, after which the two governments signed agreements on health care.",
        "2023-02-15", "MNG>KOR 057 2023-02-15")]
    public void PlanInTemporalClause_IsDatedByItsStatement(string text, string docDate, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, docDate));
}
