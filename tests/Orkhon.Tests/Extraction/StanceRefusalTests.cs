using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Negated acts are no refusals (issue 9): a past negation ("has not recognised", "did not lift"), a negated act that is no
/// acceptance, and a negation inside another verb's content give no 12x code. A guard for any future rule that codes a
/// refusal told by negation (branch p19-refusals-dropped has one). The sentences are our own.
/// </summary>
public sealed class StanceRefusalTests
{
    private static string[] Coded(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 9, 5)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo.Value}")];

    [Theory]
    [InlineData("Georgia has not recognised Abkhazia.")] // a past negation: the act has not happened, nothing more
    [InlineData("Georgia did not recognise Abkhazia in 2008.")]
    [InlineData("Japan did not lift its sanctions on Russia.")]
    [InlineData("Kazakhstan's president will not visit Tokyo this year.")] // not an act of acceptance
    [InlineData("Russia does not want Ukraine to join NATO.")] // the negation is the wanting's, not the joining's
    public void Extract_PastOrNonAcceptanceNegation_CodesNothing(string text) =>
        Assert.DoesNotContain(Coded(text), c => c.Split(' ')[1].StartsWith("12", StringComparison.Ordinal));
}
