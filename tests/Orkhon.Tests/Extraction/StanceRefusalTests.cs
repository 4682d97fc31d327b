using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A refusal told by negation (issue 9): a speaker's own present or future "not" before an act of acceptance is a refusal
/// (12x); a past negation, a negated act that is no acceptance, and a negation inside another verb's content stay nothing.
/// The sentences are our own.
/// </summary>
public sealed class StanceRefusalTests
{
    private static string[] Coded(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 9, 5)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo.Value}")];

    [Theory]
    [InlineData("Japan will not lift its sanctions on Russia.", "JPN>RUS 1244")]
    [InlineData("Washington would never lift its sanctions on Iran, the envoy said.", "USA>IRN 1244")]
    public void Extract_FutureNegatedYielding_IsARefusal(string text, string expected) => Assert.Contains(expected, Coded(text));

    [Theory]
    [InlineData("Georgia has not recognised Abkhazia.")] // a past negation: the act has not happened, nothing more
    [InlineData("Georgia did not recognise Abkhazia in 2008.")]
    [InlineData("Japan did not lift its sanctions on Russia.")]
    [InlineData("Kazakhstan's president will not visit Tokyo this year.")] // not an act of acceptance
    [InlineData("Russia does not want Ukraine to join NATO.")] // the negation is the wanting's, not the joining's
    public void Extract_PastOrNonAcceptanceNegation_CodesNothing(string text) =>
        Assert.DoesNotContain(Coded(text), c => c.Split(' ')[1].StartsWith("12", StringComparison.Ordinal));
}
