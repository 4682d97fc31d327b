using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Orders of courts and international bodies to a state are demands for a policy change, 1042 (the README's court orders;
/// row <c>p28-demand-order-to</c>): the order's own state is never its target, and what is ordered is not done. Sentences of
/// our own, in agency and newspaper styles.
/// </summary>
public sealed class CourtOrderTests
{
    private static List<string> Codes(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 5, 10)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("The International Court of Justice ordered Israel on Friday to take all measures to prevent acts of genocide in Gaza.", "ICJ>ISR 1042")]
    [InlineData("The World Court ordered Myanmar to protect the Rohingya from genocide.", "ICJ>MMR 1042")]
    [InlineData("The ICJ has ordered Azerbaijan to ensure unimpeded movement along the Lachin corridor.", "ICJ>AZE 1042")]
    [InlineData("In a ruling on Thursday, the International Court of Justice ordered Russia to suspend its military operations in Ukraine.", "ICJ>RUS 1042")]
    [InlineData("The International Criminal Court instructed Mongolia last month to explain why it had not arrested the Russian president.", "ICC>MNG 1042")]
    public void AnOrderOfACourtToAState_IsADemandForAPolicyChange(string text, string expected) =>
        Assert.Contains(expected, Codes(text));

    [Fact]
    public void WhatTheCourtOrders_IsNotDone() =>
        Assert.DoesNotContain(Codes("The International Court of Justice ordered Russia on Friday to withdraw its troops from Ukraine."),
            c => c.StartsWith("RUS>", StringComparison.Ordinal));

    // Hard negatives: an order inside the state, a court that only heard a case, a domestic trial, an order of a thing.
    [Theory]
    [InlineData("Putin ordered Russian troops to withdraw from the border on Tuesday.")]
    [InlineData("Maduro ordered the state oil company PDVSA to grant licences in the region.")]
    [InlineData("The International Court of Justice heard arguments from Guyana and Venezuela on Tuesday.")]
    [InlineData("A Moscow court on Monday ordered a Russian activist to serve ten years in prison.")]
    [InlineData("The court ordered the release of the activist on Monday.")]
    [InlineData("Moldova ordered Russia on Wednesday to cut the staff of its embassy in Chisinau.")]
    [InlineData("Washington ordered Beijing to close its consulate in Houston.")]
    public void AnOrderToNoOtherState_IsNoDemand(string text) =>
        Assert.DoesNotContain(Codes(text), c => c.EndsWith(" 1042", StringComparison.Ordinal));

    // The sharper sense of an order keeps its own code: an envoy ordered out is expelled.
    [Fact]
    public void AnEnvoyOrderedToLeave_IsAnExpulsionOnly() =>
        Assert.Equal(["NER>FRA 174"], Codes("Niger ordered the French ambassador to leave the country."));
}
