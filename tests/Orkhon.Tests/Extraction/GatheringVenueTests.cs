using Orkhon.Extraction;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A place where a gathering met is not whom a lone intent addresses (<see cref="GatheringVenues"/>, the
/// <see cref="ExtractionGuards.GatheringVenues"/> switch, class <c>meeting-noun</c> of <c>data/lexicon/phrase-words.tsv</c>).
/// Twins: a recipient named keeps the intent, and the state the sentence is about otherwise still receives it. The sentences are
/// our own.
/// </summary>
public sealed class GatheringVenueTests
{
    private static string[] Coded(string text, ExtractionOptions? options = null) =>
        [.. new EventExtractor(new SentenceExtractor(EventLexicon.Default, MentionFinder.Default, ReferenceData.Default, options ?? ExtractionOptions.Default))
            .Extract(text, new DateOnly(2025, 3, 4)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("Erdogan promised more aid at a regional summit in Baku on Friday.", "TUR>AZE")]
    [InlineData("Lula promised to cut deforestation at a climate conference in Dubai.", "BRA>ARE")]
    [InlineData("The Armenian prime minister promised reforms at a conference in Vilnius.", "ARM>LTU")]
    [InlineData("Meeting the Armenian prime minister on the sidelines of a summit in Astana, Putin promised gas at a lower price.", "RUS>KAZ")]
    public void Extract_IntentAtAGatheringsVenue_IsNotAddressedToTheVenue(string text, string unexpected) =>
        Assert.DoesNotContain(Coded(text), c => c.StartsWith(unexpected, StringComparison.Ordinal));

    // Twins: a named recipient keeps the intent; the partner the sentence names still receives it; and the venue's state named as the recipient is kept.
    [Theory]
    [InlineData("Macron promised help to Lebanon at a donors' conference in Paris.", "FRA>LBN 033")]
    // the gathering's own name before its noun is passed over for the partner the sentence met
    [InlineData("Meeting the Azerbaijani president on the sidelines of a CIS summit in Dushanbe, Putin promised compensation.", "RUS>AZE 030")]
    [InlineData("Meeting the Armenian prime minister on the sidelines of a summit in Astana, Putin promised gas at a lower price.", "RUS>ARM 030")]
    [InlineData("Erdogan promised more aid to Azerbaijan at a regional summit in Baku on Friday.", "TUR>AZE 03")]
    public void Extract_IntentWithItsAddressee_KeepsItsEvent(string text, string expected) =>
        Assert.Contains(Coded(text), c => c.StartsWith(expected, StringComparison.Ordinal));

    [Theory]
    [InlineData("Erdogan promised more aid at a regional summit in Baku on Friday.", "TUR>AZE 030")]
    [InlineData("The Armenian prime minister promised reforms at a conference in Vilnius.", "ARM>LTU 030")]
    public void Extract_SwitchedOff_LetsTheVenueThrough(string text, string expected)
    {
        var off = ExtractionOptions.Default with { Guards = ExtractionGuards.All & ~ExtractionGuards.GatheringVenues };
        Assert.Contains(expected, Coded(text, off));
    }
}
