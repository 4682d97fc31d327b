using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// The mechanisms of branch <c>p10-force</c>, each on sentences of our own: a city after "in" inside a phrase's gap ("rallied in
/// Belgrade against"), a quoted word inside a gap ("vowed a "crushing" response"), "the army" opening a sentence after one state's
/// act, the speculation of analysts, and towns that conflict news names as where strikes land.
/// </summary>
public sealed class ForceMechanismTests
{
    private static string[] Summary(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2025, 1, 1)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("Thousands of Serbians rallied in Belgrade against NATO in March 2019.", "SRB>NATO 141")]
    [InlineData("Hundreds of Georgians marched in Tbilisi against Russia in 2019.", "GEO>RUS 141")]
    public void ACityAfterIn_InsideTheGap_IsWhereTheActHappened(string text, string expected)
    {
        var events = Summary(text);
        Assert.Contains(expected, events);
        Assert.DoesNotContain(events, e => e.StartsWith("SRB>SRB", StringComparison.Ordinal) || e.StartsWith("GEO>GEO", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Tehran vowed a \"crushing\" response to Israel in April 2024.", "IRN>ISR 138")]
    [InlineData("Pyongyang vowed to take \"merciless\" countermeasures against Seoul in 2023.", "PRK>KOR 13")]
    public void AQuotedWord_InsideTheGap_KeepsThePhrase(string text, string expected) =>
        Assert.Contains(Summary(text), e => e.StartsWith(expected, StringComparison.Ordinal));

    [Fact]
    public void TheArmy_OpeningASentence_IsThePreviousSubjectsArmy() =>
        Assert.Contains("NER>MLI 195", Summary("Niger accused Mali of harbouring militants in 2024. The army then bombed camps inside Mali, a spokesman said."));

    [Theory]
    [InlineData("The army bombed camps inside Mali, a spokesman said.")] // no state before: nobody's army
    [InlineData("Protesters gathered in Niamey in 2024. The army then bombed camps inside Mali.")] // no state acted before
    public void TheArmy_WithNoStateActingBefore_IsNobodys(string text) =>
        Assert.DoesNotContain(Summary(text), e => e.Contains(" 19", StringComparison.Ordinal));

    [Theory]
    [InlineData("Analysts said a Russian attack on Finland was unlikely.")]
    [InlineData("Commentators said China could blockade Taiwan within a decade.")]
    public void TheSpeculationOfAnalysts_IsNoAct(string text) => Assert.Empty(Summary(text));

    [Theory]
    [InlineData("Russian drones hit Kremenchuk in 2023.", "RUS>UKR 195")]
    [InlineData("Israeli jets struck Marjayoun and Bint Jbeil in 2024.", "ISR>LBN 195")]
    [InlineData("Turkish forces shelled Manbij in 2019.", "TUR>SYR 194")]
    public void ATownOfConflictNews_IsItsState(string text, string expected) => Assert.Contains(expected, Summary(text));
}
