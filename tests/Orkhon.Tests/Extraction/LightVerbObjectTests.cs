using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A light verb with an event noun for its object ("issued a demand for", "announced the arrest of", "carried out the arrest
/// of", "issued a condemnation of") names the act of the light verb's subject: before (branch <c>p30-metamorphic</c>, transform
/// T4), such a noun had no actor and gave nothing. A light verb negated, reported as denied or only expected gives nothing, and
/// a noun with no light verb keeps needing its own actor. Sentences of our own.
/// </summary>
public sealed class LightVerbObjectTests
{
    private static string[] Pairs(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 6, 15)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo.Root.Value}")];

    [Theory]
    [InlineData("Iran issued a demand for Britain to release an impounded Iranian oil tanker.", "IRN>GBR 10")]
    [InlineData("Russian authorities announced the arrest of an American journalist on spying charges.", "RUS>USA 17")]
    [InlineData("Chinese police carried out the arrest of a Taiwanese publisher in Shanghai.", "CHN>TWN 17")]
    [InlineData("The European Union issued a condemnation of Russia over the jailing of an opposition politician.", "EU>RUS 11")]
    [InlineData("India issued a rejection of China's claim to the Himalayan border state.", "IND>CHN 12")]
    [InlineData("Hamas announced its rejection of an Israeli offer of a six-week truce.", "PSE>ISR 12")]
    [InlineData("Moscow ordered the expulsion of two Estonian diplomats on Friday.", "RUS>EST 17")]
    [InlineData("Tehran made a formal demand for compensation from Washington.", "IRN>USA 10")]
    public void AnEventNounAfterALightVerb_IsTheSubjectsAct(string text, string act) =>
        Assert.Contains(act, Pairs(text));

    [Theory]
    [InlineData("Iran did not issue a demand for Britain to release the tanker.")]
    [InlineData("Analysts expect Russia to announce the arrest of more foreigners.")]
    [InlineData("The Kremlin denied that it had ordered the arrest of the American journalist.")]
    [InlineData("The arrest of an American journalist was announced on Tuesday.")]
    [InlineData("The court made its ruling after the arrest of two French nationals.")]
    public void ALightVerbDeniedOrAbsent_GivesNoEvent(string text) =>
        Assert.Empty(Pairs(text));
}
