using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A meeting named as the purpose of a trip told as done ("arrived in New Delhi for talks with Modi") is held as well as the
/// trip (<c>Clauses.TripMeetings</c>); a meeting "called for", "pressed for" or "ready for", or the purpose of a trip still to
/// come, is none. Sentences of our own.
/// </summary>
public sealed class TripMeetingTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, new DateOnly(2024, 5, 10));

    private static bool Has(List<EventMention> events, string source, string target, string code) =>
        events.Exists(e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value == code);

    [Theory]
    [InlineData("Japanese Prime Minister Fumio Kishida arrived in New Delhi on Monday for talks with Indian Prime Minister Narendra Modi.", "JPN", "IND")]
    [InlineData("ANKARA, May 7 (Reuters) - Turkish President Recep Tayyip Erdogan flew to Baku on Tuesday for talks with President Ilham Aliyev on energy.", "TUR", "AZE")]
    [InlineData("German Chancellor Olaf Scholz travelled to Beijing on Friday for a meeting with Chinese President Xi Jinping.", "DEU", "CHN")]
    [InlineData("The Kazakh foreign minister was in Ulaanbaatar this week for consultations with his Mongolian counterpart.", "KAZ", "MNG")]
    [InlineData("The Brazilian president went to Buenos Aires last month for two days of talks with Argentine President Javier Milei.", "BRA", "ARG")]
    [InlineData("Indian Prime Minister Narendra Modi arrived in Moscow on Monday for a summit with Vladimir Putin, his first trip there since 2019.", "IND", "RUS")]
    public void MeetingAsThePurposeOfADoneTrip_IsHeldWithTheVisit(string text, string source, string target)
    {
        var events = Extract(text);
        Assert.True(Has(events, source, target, "042"), $"expected {source}->{target} 042");
        Assert.Contains(events, e => e.Cameo.Value.StartsWith("04", StringComparison.Ordinal) && e.Cameo.Value != "042"
            && ((e.Source.Code == source && e.Target.Code == target) || (e.Source.Code == target && e.Target.Code == source)));
    }

    [Theory]
    // Asked for, prepared for, or the purpose of a trip still to come: no meeting held.
    [InlineData("Iran called for talks with the United States on Monday.")]
    [InlineData("Kenya's president travelled to Addis Ababa on Monday, and Somalia pressed for talks with Ethiopia.")]
    [InlineData("The Chilean foreign minister said Peru was ready for talks with Bolivia.")]
    [InlineData("French President Emmanuel Macron will arrive in Hanoi on Sunday for talks with Vietnamese leaders.")]
    [InlineData("The Polish president hoped to travel to Kyiv next month for talks with Ukraine's president.")]
    public void MeetingNotHeld_GivesNoMeeting(string text) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.Value is "040" or "043" or "044" or "046");
}
