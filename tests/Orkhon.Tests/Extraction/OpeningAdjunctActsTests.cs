using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A meeting told in a prepositional adjunct that opens the sentence: the adjunct has no subject of its own, so its agent is
/// the main clause's subject, as an opening participle's is ("After talks with Japarov in Bishkek, Tokayev said…"), and a bare
/// "After talks, the two presidents…" is a meeting of the pair the main clause names. Each case has a twin that must not give
/// the meeting: the adjunct inside the clause, a plan, a single party.
/// </summary>
public sealed class OpeningAdjunctActsTests
{
    private static List<string> Meetings(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2025, 5, 10)).Where(e => e.Cameo.Value == "040").Select(e => $"{e.Source.Code}>{e.Target.Code}")];

    [Fact]
    public void TalksWithAPartner_OpeningTheSentence_AreTheMainSubjects() =>
        Assert.Equal(["KAZ>KGZ"], Meetings("After talks with President Sadyr Japarov at the palace, Tokayev laid a wreath at a war memorial."));

    [Fact]
    public void TalksWithAPartner_AfterAnOpeningTimePhrase_AreTheMainSubjects() =>
        Assert.Equal(["KAZ>KGZ"], Meetings("On Friday, after talks with President Sadyr Japarov in Bishkek, Tokayev said the border posts would reopen."));

    [Fact]
    public void TalksWithAPartner_NotOpeningTheSentence_TakeNoSubjectFromAfterIt() =>
        Assert.Empty(Meetings("Officials said on Friday, after talks with President Sadyr Japarov had been proposed, that Tokayev would wait."));

    [Fact]
    public void PlannedTalksWithAPartner_OpeningTheSentence_AreNoMeeting() =>
        Assert.Empty(Meetings("Ahead of planned talks with President Sadyr Japarov, Tokayev said the border posts would reopen."));

    [Fact]
    public void BareTalks_OpeningTheSentence_AreAMeetingOfThePairThatFollows() =>
        Assert.Contains("KAZ>KGZ", Meetings("Tokayev arrived in Bishkek on Monday. After talks, the two presidents oversaw the signing of nine agreements."));

    [Fact]
    public void BareTalks_OpeningTheSentence_WithOneParty_AreNoMeeting() =>
        Assert.Empty(Meetings("After talks, Tokayev laid a wreath at a war memorial in Astana."));

    [Fact]
    public void BareTalks_AfterTheVerb_AreNoMeetingOfTheClause() =>
        Assert.Empty(Meetings("Tokayev criticised Kyrgyzstan on Monday after talks in Astana had collapsed."));

    [Fact]
    public void TalksWithAPartner_CalledOff_AreNoMeeting() =>
        Assert.Empty(Meetings("After talks with Kyrgyzstan's president were called off, Tokayev said the border would stay closed."));

    [Fact]
    public void AMeetingNounAfterFollowing_IsTheMainSubjects() =>
        Assert.Equal(["KAZ>KGZ"], Meetings("Following a meeting with President Sadyr Japarov in Bishkek, Tokayev said the border posts would reopen."));
}
