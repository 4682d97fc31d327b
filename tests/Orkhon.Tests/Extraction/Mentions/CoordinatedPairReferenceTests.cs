using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction.Mentions;

/// <summary>
/// "…, and the two agreed to…": "the two" opening a clause joined by "and" are the parties the sentence named before it when
/// it named exactly two, not an office-holder of an earlier sentence who happens to be the last person named.
/// </summary>
public sealed class CoordinatedPairReferenceTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    private static bool Between(EventMention e, string one, string other) =>
        (e.Source.Code == one && e.Target.Code == other) || (e.Source.Code == other && e.Target.Code == one);

    [Fact]
    public void TheTwo_AfterAnd_AreTheSentencesParties_NotAnEarlierLeader()
    {
        var events = Extract("Brazilian President Lula urged restraint on Friday. Chile's foreign minister said Peru's army chief had telephoned "
            + "his Chilean counterpart, and the two agreed to pull their troops back from the border.");
        Assert.DoesNotContain(events, e => e.Source.Code == "BRA" || e.Target.Code == "BRA");
        Assert.Contains(events, e => Between(e, "CHL", "PER") && !e.Cameo.Value.StartsWith("04", StringComparison.Ordinal));
    }

    [Fact]
    public void TheTwo_AfterAnd_AfterAHosting_StillTheHostAndTheGuest()
    {
        // The twin: a host and a guest named in the sentence are "the two", as before.
        var events = Extract("Chilean President Gabriel Boric hosted Peru's president in Santiago on Monday, and the two agreed to build a railway.");
        Assert.Contains(events, e => Between(e, "CHL", "PER") && e.Cameo.Value.StartsWith("03", StringComparison.Ordinal));
    }
}
