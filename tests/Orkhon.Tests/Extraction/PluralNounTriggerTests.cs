using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A verb's -s form after a preposition ("talks on gas supplies", "after weeks of requests from Manila") is a plural
/// noun inside a prepositional phrase, not the verb of a fresh act; the same form after its subject stays a verb.
/// Sentences written for these tests.
/// </summary>
public sealed class PluralNounTriggerTests
{
    private static readonly DateOnly Published = new(2024, 2, 14);

    [Theory]
    [InlineData("Turkmenistan's president held talks with the Uzbek president on Monday on gas supplies to Tashkent.", "061")]
    [InlineData("Japan sent two patrol boats to the Philippines on Monday after weeks of requests from Manila.", "020")]
    public void AnSFormAfterAPreposition_CodesNoAct(string text, string code) =>
        Assert.DoesNotContain(EventExtractor.Default.Extract(text, Published), e => e.Cameo.IsIn(Orkhon.Domain.CameoCode.Parse(code)));

    [Fact]
    public void AnSFormAfterItsSubject_StaysAVerb() =>
        Assert.Contains(EventExtractor.Default.Extract("Indonesian President Joko Widodo visits Canberra on Thursday.", Published),
            e => e.Cameo.IsIn(Orkhon.Domain.CameoCode.Parse("042")) && e.Source.Code == "IDN" && e.Target.Code == "AUS");
}
