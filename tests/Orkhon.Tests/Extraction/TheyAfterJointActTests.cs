using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// "They" opening a sentence right after a joint act of two parties stands for those two (TheyAfterJointAct); after a meeting of
/// three, after a sentence that names a third party, or after a sentence with no joint act, it stands for no one.
/// </summary>
public sealed class TheyAfterJointActTests
{
    private static List<string> Events(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2025, 3, 7)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo.Value[..2]}")];

    [Theory]
    [InlineData("South Korean President Yoon Suk Yeol met Japanese Prime Minister Fumio Kishida in Tokyo on Thursday. They agreed to resume regular visits.", "KOR", "JPN", "03")]
    [InlineData("Brazil's President Luiz Inacio Lula da Silva held talks with Argentine President Javier Milei in Brasilia on 3 March 2025. They also pledged to expand trade in beef and wheat.", "BRA", "ARG", "03")]
    [InlineData("Kenya and Tanzania signed a border accord in Arusha on Monday. They also agreed to share intelligence on smuggling.", "KEN", "TZA", "03")]
    [InlineData("Indian Prime Minister Narendra Modi hosted Bangladeshi Prime Minister Sheikh Hasina in New Delhi on 6 September 2022. They signed seven agreements on water and rail links.", "IND", "BGD", "05")]
    [InlineData("The foreign ministers of Egypt and Turkey held talks in Cairo on Saturday. They agreed to exchange visits by their presidents later this year, both ministries said.", "EGY", "TUR", "03")]
    public void They_AfterAJointActOfTwo_IsThePair(string text, string first, string second, string root)
    {
        var events = Events(text);
        Assert.Contains(events, e => e == $"{first}>{second} {root}" || e == $"{second}>{first} {root}");
    }

    [Fact]
    public void They_AfterAMeetingOfThree_IsNoPair()
    {
        var events = Events("Xi Jinping met Vladimir Putin and Alexander Lukashenko in Moscow on Tuesday. They agreed to expand trade in national currencies.");
        Assert.DoesNotContain(events, e => e.EndsWith(" 03", StringComparison.Ordinal));
    }

    [Fact]
    public void They_AfterASentenceNamingAThirdParty_IsNoPair()
    {
        var events = Events("Yoon Suk Yeol met Fumio Kishida in Tokyo on Thursday, a day after North Korea fired a ballistic missile. They agreed to hold a summit with China.");
        Assert.DoesNotContain(events, e => e is "KOR>JPN 03" or "JPN>KOR 03");
    }

    [Fact]
    public void They_AfterADirectedAct_IsNoPair()
    {
        // An expulsion is no joint act: "They" are the diplomats, not Russia and Estonia.
        var events = Events("Russia expelled two Estonian diplomats on Monday. They agreed to leave the country within a week.");
        Assert.DoesNotContain(events, e => e.EndsWith(" 03", StringComparison.Ordinal));
    }

    [Fact]
    public void They_TwoSentencesAfterTheJointAct_IsNoPair()
    {
        // A sentence about others stands between: the pair is no longer the one the story continues.
        var events = Events("Emmanuel Macron met Olaf Scholz in Paris on Monday. Farmers blocked roads around the capital with tractors. They promised to return next week.");
        Assert.DoesNotContain(events, e => e is "FRA>DEU 03" or "DEU>FRA 03");
    }
}
