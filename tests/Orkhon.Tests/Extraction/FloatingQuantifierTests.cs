using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A floating "both" between an auxiliary and its -ing form ("who were both attending") leaves
/// the -ing form a verb of its clause, whose subject a relative clause takes from the coordinated parties before it. A bare
/// -ing form with no auxiliary ("both attending delegations") stays no event. Sentences of our own.
/// </summary>
public sealed class FloatingQuantifierTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, new DateOnly(2024, 5, 10));

    private static bool Has(List<EventMention> events, string source, string target, string root) =>
        events.Exists(e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value.StartsWith(root, StringComparison.Ordinal));

    [Theory]
    [InlineData("KAZ")]
    [InlineData("KGZ")]
    public void BothBetweenAuxiliaryAndIngForm_KeepsTheVerb(string source) =>
        Assert.True(Has(Extract("The Kazakh president and the Kyrgyz president, who were both attending an SCO summit in Tashkent, held talks on the sidelines on Monday."),
            source, "SCO", "042"), $"expected {source}->SCO root 042");

    [Fact]
    public void AdjectiveCoordinatedPresidentsWhoWereBothAttending_EachAttend() =>
        Assert.True(Has(Extract("The Brazilian and Argentine presidents, who were both attending the OAS summit in Lima, met on the sidelines on Monday."), "ARG", "OAS", "042"));

    [Fact]
    public void IngFormWithoutAnAuxiliary_IsNoEvent() =>
        // "both attending": no auxiliary before the quantifier, so no verb.
        Assert.DoesNotContain(Extract("Officials said both attending delegations from Chile and Peru left Lima on Monday."), e => e.Cameo.Value.StartsWith("042", StringComparison.Ordinal) && e.Target.Code == "PER" && e.Source.Code == "CHL");
}
