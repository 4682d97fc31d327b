using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Meetings told by their noun with both parties after "between" ("talks between A and B", "a summit between the presidents of
/// A and B", "negotiations between A and B") and handshakes between leaders, with the hard negatives each form must leave
/// alone: talks only called for, offered or planned, talks whose own predicate puts them ahead ("will open", "shall resume",
/// "are scheduled", "is unlikely"), relations between two states, and handshakes between people who stand for no state. Also
/// a host's honours (a banquet in honour of the guest, a welcome ceremony for them), a working meal and a joint news conference.
/// </summary>
public sealed class MeetingNounsBetweenTests
{
    private static string[] Pairs(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2025, 1, 10)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    private static bool IsConsultation(string pair) => pair.EndsWith(" 040", StringComparison.Ordinal) || pair.EndsWith(" 046", StringComparison.Ordinal);

    [Theory]
    [InlineData("Talks between the Ghanaian and Togolese foreign ministers lasted three hours on Monday.", "GHA>TGO 040")]
    [InlineData("After talks between Peru's president and his Bolivian counterpart on Tuesday, the two sides signed a water accord.", "PER>BOL 040")]
    [InlineData("The meeting between the Chilean and Bolivian foreign ministers took place in Santiago on Wednesday.", "CHL>BOL 040")]
    [InlineData("A summit between the presidents of Peru and Bolivia produced a water accord in La Paz on Monday.", "PER>BOL 040")]
    [InlineData("Negotiations between Serbia and Kosovo resumed in Brussels on Monday.", "SRB>XKX 046")]
    public void TheNounWithBothPartiesAfterBetween_IsTheirMeeting(string text, string expected) =>
        Assert.Contains(expected, Pairs(text));

    [Theory]
    [InlineData("The Peruvian president shook hands with his Bolivian counterpart at the border on Friday.", "PER>BOL 040")]
    [InlineData("Ghana's and Togo's presidents shook hands in Accra on Monday.", "GHA>TGO 040")]
    [InlineData("Kenya's president has shaken hands with Uganda's president in Kampala.", "KEN>UGA 040")]
    [InlineData("The Kenyan president's handshake with Museveni in Kampala on Monday ended the row.", "KEN>UGA 040")]
    public void AHandshakeBetweenLeaders_IsTheirMeeting(string text, string expected) =>
        Assert.Contains(expected, Pairs(text));

    [Theory]
    [InlineData("Ghana called for talks between Togo and Benin on Monday.")]
    [InlineData("Nigeria offered to host a meeting between Togo and Benin.")]
    [InlineData("Planned talks between Ghana and Togo were called off on Monday.")]
    [InlineData("Relations between Ghana and Togo improved in 2023.")]
    public void TalksAskedForOfferedOrCalledOff_AreNoMeeting(string text) =>
        Assert.DoesNotContain(Pairs(text), p => p is "GHA>TGO 040" or "TGO>BEN 040");

    [Theory]
    [InlineData("Talks between Ghana and Togo will open in Accra on Monday.")]
    [InlineData("Talks between Ghana and Togo shall resume next month, the ministry said.")]
    [InlineData("Talks between Ghana and Togo are scheduled for next week.")]
    [InlineData("A summit between Ghana and Togo is unlikely this year, officials said on Monday.")]
    public void TalksWhosePredicatePutsThemAhead_AreNoMeeting(string text) =>
        Assert.DoesNotContain(Pairs(text), IsConsultation);

    [Theory]
    [InlineData("The Peruvian president did not shake hands with the Bolivian president on Monday.")]
    [InlineData("Peru's goalkeeper shook hands with Bolivia's captain before the match on Monday.")]
    [InlineData("The match between Peru and Bolivia ended in a draw on Monday.")]
    public void HandshakesDeniedOrBetweenPlayers_AreNoMeeting(string text) =>
        Assert.DoesNotContain(Pairs(text), IsConsultation);

    [Theory]
    [InlineData("Ghana's president hosted a state banquet in honour of Togo's president on Monday.", "GHA>TGO 043")]
    [InlineData("Ghana's president gave a dinner in honor of his Togolese counterpart in Accra on Monday.", "GHA>TGO 043")]
    [InlineData("Ghana's president held a welcome ceremony for Togo's president in Accra on Monday.", "GHA>TGO 043")]
    [InlineData("Ghana staged an arrival ceremony for Togo's president at the airport on Monday.", "GHA>TGO 043")]
    [InlineData("Ghana's foreign minister held a working lunch with her Togolese counterpart on Monday.", "GHA>TGO 040")]
    [InlineData("Ghana's president and Togo's president held a joint news conference in Accra on Monday.", "GHA>TGO 040")]
    [InlineData("Ghana's president held a joint press conference with Togo's president on Monday.", "GHA>TGO 040")]
    public void HonoursAMealOrAJointNewsConference_TellTheHostOrTheMeeting(string text, string expected) =>
        Assert.Contains(expected, Pairs(text));

    [Theory]
    [InlineData("Ghana's president held a ceremony in honour of the victims of the fire on Monday.")]
    [InlineData("Ghana's president held a news conference in Accra on Monday.")]
    [InlineData("Ghana called for talks with Togo on Monday.")]
    public void ACeremonyForNoGuestOrANewsConferenceAlone_IsNoMeeting(string text) =>
        Assert.DoesNotContain(Pairs(text), p => p.EndsWith(" 040", StringComparison.Ordinal) || p.EndsWith(" 043", StringComparison.Ordinal));
}
