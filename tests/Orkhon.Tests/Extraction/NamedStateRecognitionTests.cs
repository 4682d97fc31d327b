using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A recognition whose state is named by its official form after "the" ("recognised the State of Palestine", "recognising the
/// People's Republic of China") is 054 (row p41-recognise-named-state, object word <c>named-state</c>,
/// <c>NamedStateObjects</c>). The bare-verb rows keep "!the"; an adjective, a seat, a possessive or a name that a noun
/// follows is no state recognised. Sentences of our own.
/// </summary>
public sealed class NamedStateRecognitionTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, new DateOnly(2024, 6, 10));

    [Theory]
    [InlineData("Slovenia recognised the State of Palestine on 4 June 2024.", "SVN", "PSE")]
    [InlineData("Costa Rica recognised the People's Republic of China on 1 June 2007, ending ties with Taipei.", "CRI", "CHN")]
    [InlineData("Nauru said on Monday it was recognising the People's Republic of China.", "NRU", "CHN")]
    public void StateByItsOfficialName_IsRecognised(string text, string source, string target) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value == "054");

    [Theory]
    [InlineData("Spain recognised the Moroccan efforts to curb migration.")]
    [InlineData("Berlin recognised the United States' role in the talks.")]
    [InlineData("Washington recognised the Kremlin's concerns about the missile shield.")]
    [InlineData("Serbia recognised the Ukraine grain deal as a success.")]
    [InlineData("Spain recognised the importance of Morocco's plan.")]
    public void WhatAStateOwnsOrModifies_IsNoRecognition(string text) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.Value == "054");
}
