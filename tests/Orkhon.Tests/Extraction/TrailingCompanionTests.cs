using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// "Sweden applied to join NATO together with Finland": parties joined by "together with" or "along with" after the verb's
/// object act with the subject and are never the act's object (<c>Clauses.TrailingCompanions</c>). Sentences of our own; the
/// extractor of main 5852662 coded the companion as the target ("Japan condemned the launch together with South Korea" was
/// Japan criticising South Korea) or dropped its act.
/// </summary>
public sealed class TrailingCompanionTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, new DateOnly(2024, 5, 10));

    private static bool Has(List<EventMention> events, string source, string target, string root) =>
        events.Exists(e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value.StartsWith(root, StringComparison.Ordinal));

    [Theory]
    [InlineData("Sweden applied to join NATO together with Finland in May 2022.", "SWE", "FIN", "NATO", "02")]
    [InlineData("Finland applied for membership of the European Union together with Austria in 1992.", "FIN", "AUT", "EU", "02")]
    [InlineData("Germany sent tanks to Ukraine along with Poland.", "DEU", "POL", "UKR", "07")]
    [InlineData("Canada imposed tariffs on Chinese steel, along with the United States.", "CAN", "USA", "CHN", "16")]
    public void CompanionAfterTheObject_ActsWithTheSubject(string text, string subject, string companion, string target, string root)
    {
        var events = Extract(text);
        Assert.True(Has(events, subject, target, root), $"expected {subject}->{target}");
        Assert.True(Has(events, companion, target, root), $"expected {companion}->{target}");
        Assert.False(events.Exists(e => e.Target.Code == companion && e.Source.Code == subject && !e.Cameo.Value.StartsWith("05", StringComparison.Ordinal)), $"{companion} is no target");
    }

    [Fact]
    public void CompanionOfASymmetricAct_IsAParty() =>
        Assert.True(Has(Extract("Kazakhstan signed the accord together with Kyrgyzstan and Tajikistan."), "KAZ", "KGZ", "057"));

    [Theory]
    // Hard negatives: the companion is no target of a criticism whose author no act tells, and a person is no party.
    [InlineData("Japan condemned the missile launch together with South Korea.")]
    [InlineData("The president travelled to Paris along with his wife.")]
    [InlineData("Japan worked together with South Korea.")]
    public void CompanionWithNoPartyActedOn_GivesNoEvent(string text) =>
        Assert.Empty(Extract(text));
}
