using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A negation or reported future inside a reported clause belongs to that clause's verb, not to the speaker's second act
/// after "and" ("said the tanker was not Greek and blamed Ankara"). A bare verb after "and" shares the reported auxiliary.
/// The sentences are our own.
/// </summary>
public sealed class ReportedComplementModalityTests
{
    private static string[] Coded(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 9, 5)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("Athens said the tanker was not Greek and blamed Ankara for the collision.", "GRC>TUR 112")] // a negation of the reported clause
    [InlineData("Macron said the hostages would soon be free and thanked Qatar for its mediation.", "FRA>QAT 051")] // a reported future
    [InlineData("Erdogan's office said the convoy had not crossed the border and accused Damascus of lying.", "TUR>SYR 112")] // a possessed subject
    public void Extract_SpeakersSecondActAfterReportedClause_IsAFact(string text, string expected) =>
        Assert.Equal([expected], Coded(text));

    [Theory]
    [InlineData("Tokyo did not comment on the report and did not criticise Beijing.")] // the speaker's own negation still cancels
    [InlineData("Seoul said it would consider the request and might not invite Pyongyang.")] // a modal of the speaker's own second verb
    public void Extract_SpeakersOwnNegationOrModal_CodesNothing(string text) => Assert.Empty(Coded(text));

    // "said it would visit Baku and sign …": a bare verb after "and" shares the reported auxiliary, so both are plans.
    [Fact]
    public void Extract_BareVerbAfterReportedFuture_SharesThePlan() =>
        Assert.Equal(["KAZ>AZE 036", "KAZ>AZE 032"], Coded("Tokayev said he would visit Baku and sign a treaty with Azerbaijan."));
}
