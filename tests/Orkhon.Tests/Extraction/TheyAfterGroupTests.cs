using Orkhon.Extraction;
using Orkhon.Extraction.Mentions;
using Orkhon.Extraction.Time;
using Orkhon.Text;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A lower-case "they" opening a clause of time, place or cause ("since they established relations", "where they signed") is the
/// group its own sentence named just before it ("the two countries", "the two leaders"), and a time at the clause's end dates the
/// clause's act, not the act it is compared with (<c>Mentions/TheyAfterGroup</c>, <c>DateAttacher.WithinComparedSpan</c>).
/// </summary>
public sealed class TheyAfterGroupTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, new DateOnly(2024, 6, 5));

    private static EventMention? Find(List<EventMention> events, string a, string b, string cameo) =>
        events.FirstOrDefault(e => e.Cameo.Value == cameo
            && ((e.Source.Code == a && e.Target.Code == b) || (e.Source.Code == b && e.Target.Code == a)));

    [Fact]
    public void SinceThey_AfterThePairNoun_IsThePair_DatedByTheClausesOwnTime()
    {
        var events = Extract("Kazakh President Kassym-Jomart Tokayev arrived in Ulaanbaatar on Wednesday for talks with President Ukhnaagiin Khurelsukh. "
            + "It is the first state visit between the two countries since they established diplomatic relations in January 1992.");
        var relations = Find(events, "KAZ", "MNG", "054");
        Assert.NotNull(relations);
        Assert.Equal("1992-01", relations.Date?.ToString());
        // The year still sets the visit aside: it is this week's, not 1992's.
        Assert.DoesNotContain(events, e => e.Cameo.Value == "042" && e.Date?.ToString() == "1992-01");
    }

    [Fact]
    public void SinceThey_WithinSixWordsOfTheTime_IsStillTheClausesOwnTime()
    {
        // "since they signed a treaty on 23 April 1992": the time stands close enough to "since" to read as a comparison's.
        var events = Extract("Uzbek President Shavkat Mirziyoyev held talks with Kyrgyz President Sadyr Japarov in Tashkent on Wednesday. "
            + "It was their first meeting at the top level between the two countries since they signed a treaty on 27 January 2023.");
        Assert.Equal("2023-01-27", Find(events, "UZB", "KGZ", "057")?.Date?.ToString());
    }

    [Fact]
    public void WhereThey_AfterTheLeadersAsAnObject_IsThePair()
    {
        var events = Extract("Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met in Washington on 8 August 2025. "
            + "Donald Trump hosted the two leaders at the White House, where they signed a joint declaration.");
        Assert.NotNull(Find(events, "ARM", "AZE", "057"));
        Assert.Null(Find(events, "USA", "ARM", "057"));
    }

    [Fact]
    public void AnotherPartyBetween_LeavesTheyUnread()
    {
        // The last party named before "they" is Russia, not the group: "they" may be anyone, and no mention is made of it.
        var mentions = Read("Kazakh President Kassym-Jomart Tokayev met Mongolian President Ukhnaagiin Khurelsukh on Wednesday. "
            + "The two countries have traded more with Russia since they signed a transit agreement in 2019.");
        Assert.Single(mentions, m => m.Codes.Count == 2);
    }

    [Fact]
    public void SinceThey_RightAfterTheGroup_IsAMentionOfTheGroup()
    {
        var mentions = Read("Kazakh President Kassym-Jomart Tokayev met Mongolian President Ukhnaagiin Khurelsukh on Wednesday. "
            + "It was the first visit between the two countries since they established diplomatic relations.");
        Assert.Equal(2, mentions.Count(m => m.Codes.Count == 2 && m.Codes.Contains("KAZ") && m.Codes.Contains("MNG")));
    }

    [Fact]
    public void TheyAfterAComma_IsNoClauseOfTheGroup()
    {
        // ", they said": the speakers are officials, not the group the sentence named.
        var mentions = Read("Kazakh President Kassym-Jomart Tokayev met Mongolian President Ukhnaagiin Khurelsukh on Wednesday. "
            + "The two countries are close to a transit deal, they said.");
        Assert.Single(mentions, m => m.Codes.Count == 2);
    }

    [Fact]
    public void APluralNounBetween_IsTheNearerAntecedent_NotTheGroup()
    {
        // "as they killed …": the raids killed, not the two countries; reading the group there would invent a killing.
        var events = Extract("Pakistani President Asif Ali Zardari met Chinese President Xi Jinping in Beijing on Tuesday. "
            + "The two countries condemned the militant raids, as they killed 40 Afghan civilians on Sunday.");
        Assert.DoesNotContain(events, e => e.Cameo.Value.StartsWith("18", StringComparison.Ordinal));
    }

    private static List<ActorMention> Read(string text)
    {
        var day = new DateOnly(2024, 6, 5);
        var context = new MentionContext();
        var found = new List<ActorMention>();
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            var timed = TimedTokens.Tag(text, (sentence.Start, sentence.End), new TimeAnchor(day, null), null);
            var mentions = MentionFinder.Default.Find(text, timed.Tokens, timed.Blocked, day, context);
            context.Remember(mentions);
            found.AddRange(mentions);
        }

        return found;
    }
}
