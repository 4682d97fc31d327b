using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A clause reported inside a relative clause keeps its own subject: in "Germany summoned the Iranian ambassador, who was
/// told that Berlin condemned the execution" Berlin condemns, not the ambassador the relative pronoun stands for
/// (<c>SubjectFinder.ReportsOwnSubject</c>). Sentences of our own; the extractor of main 5852662 coded Iran criticising Germany.
/// </summary>
public sealed class ReportedClauseInRelativeTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, new DateOnly(2024, 5, 10));

    [Theory]
    [InlineData("Germany summoned the Iranian ambassador, who was told that Berlin condemned the execution.", "IRN", "DEU")]
    [InlineData("Germany summoned the Iranian ambassador, who was told Berlin condemned the execution.", "IRN", "DEU")]
    [InlineData("Spain summoned the Moroccan envoy, who heard that Madrid condemned the incursion.", "MAR", "ESP")]
    public void ReportedClauseWithItsOwnActor_IsNotTheAntecedentsAct(string text, string antecedent, string reportedSubject)
    {
        var events = Extract(text);
        Assert.DoesNotContain(events, e => e.Source.Code == antecedent && e.Target.Code == reportedSubject);
    }

    [Theory]
    [InlineData("The Japanese premier met Biden, who said Washington would defend Japan.", "USA", "JPN", "03")]
    [InlineData("Germany summoned the Iranian ambassador, who said that Tehran rejected the accusation.", "IRN", "DEU", "01")]
    public void ReportedClauseSubject_ActsOnTheObject(string text, string source, string target, string root) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value.StartsWith(root, StringComparison.Ordinal));

    [Fact]
    public void RelativeClauseWithoutAReportedSubject_StillTakesTheAntecedent() =>
        Assert.Contains(Extract("Kazakhstan, which hosted Xi in July, criticised the sanctions."), e => e.Source.Code == "KAZ" && e.Target.Code == "CHN");
}
