using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction.Mentions;

/// <summary>
/// "The three leaders" are the people named last unless a later group of as many other parties was named after them
/// (<see cref="Orkhon.Extraction.Mentions.MentionContext"/>). Sentences written for these tests.
/// </summary>
public sealed class LaterGroupTests
{
    [Fact]
    public void TheThreeLeaders_AfterALaterGroupOfStates_AreThoseStates()
    {
        const string text = "French President Emmanuel Macron, German Chancellor Olaf Scholz and Polish Prime Minister Donald Tusk spoke by video "
            + "link on Sunday. The leaders of Japan, South Korea and the United States met at Camp David on Aug. 18, 2023. The three "
            + "leaders signed a pledge to consult each other in a crisis.";
        var signed = EventExtractor.Default.Extract(text, null).Where(e => e.Cameo.Value == "057").Select(e => $"{e.Source.Code}>{e.Target.Code}").ToList();
        Assert.Equal(["JPN>KOR", "JPN>USA", "KOR>USA"], signed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheThreeLeaders_WithNoLaterGroup_AreThePeopleNamed()
    {
        const string text = "French President Emmanuel Macron, German Chancellor Olaf Scholz and Polish Prime Minister Donald Tusk met in "
            + "Berlin on Sunday. The three leaders signed a declaration on air defence.";
        var signed = EventExtractor.Default.Extract(text, null).Where(e => e.Cameo.Value == "057").Select(e => $"{e.Source.Code}>{e.Target.Code}").ToList();
        Assert.Equal(["DEU>POL", "FRA>DEU", "FRA>POL"], signed.Order(StringComparer.Ordinal));
    }
}
