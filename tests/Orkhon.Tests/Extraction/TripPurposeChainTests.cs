using System.Text;
using Orkhon.Extraction;
using Orkhon.Text;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A sentence at the splitter's length cap that chains trips and their purposes ("travelled to Beijing to sign a treaty and
/// travelled to Tashkent to meet officials …"): each purpose reads its trip's modality, which is now read once per phrase
/// (issue 9). The events are those the extractor gave before that change.
/// </summary>
public sealed class TripPurposeChainTests
{
    private static readonly string[] Places = ["Moscow", "Astana", "Beijing", "Tashkent", "Ulaanbaatar", "Ankara", "Paris", "Berlin"];
    private static readonly string[] Purposes = ["visit Putin", "attend the parade", "sign a treaty", "meet officials", "assist investigators", "attend the summit"];

    // The events of the first 3,950 characters' chain, as the extractor coded them before the trip's modality was remembered.
    private static readonly string[] Expected =
    [
        "KAZ>RUS 042", "KAZ>CHN 042", "KAZ>CHN 057", "KAZ>UZB 042", "KAZ>UZB 040", "KAZ>MNG 042", "KAZ>MNG 063", "KAZ>TUR 042",
        "KAZ>FRA 042", "KAZ>DEU 042", "KAZ>RUS 057", "KAZ>RUS 040", "KAZ>CHN 063", "KAZ>FRA 057", "KAZ>DEU 040", "KAZ>RUS 063",
        "KAZ>MNG 057", "KAZ>TUR 040", "KAZ>FRA 063",
    ];

    private static string ChainedTrips()
    {
        var text = new StringBuilder("Kazakh President Kassym-Jomart Tokayev travelled to Moscow on Monday to attend the parade");
        for (var j = 0; text.Length < 3950; j++)
        {
            text.Append(" and travelled to ").Append(Places[j % Places.Length]).Append(" to ").Append(Purposes[j % Purposes.Length]);
        }

        return text.Append('.').ToString();
    }

    [Fact]
    public void ChainedTripPurposes_AtTheLengthCap_CodeTheSameEvents()
    {
        var sentence = ChainedTrips();
        Assert.InRange(sentence.Length, 3950, SentenceSplitter.MaxSentenceLength);
        var events = EventExtractor.Default.Extract(sentence, new DateOnly(2024, 9, 10));
        Assert.Equal(Expected, events.Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}"));
        Assert.All(events, e =>
        {
            Assert.Equal(0, e.SentenceStart);
            Assert.Equal("2024-09-09", e.Date?.ToString());
        });
    }

    [Fact]
    public void ChainedTripPurposes_RepeatedAsADocument_CodeEachSentenceAlike()
    {
        // The per-sentence memory of modalities and borrowed dates carries nothing wrong from one sentence to the next.
        var document = string.Join("\n\n", Enumerable.Repeat(ChainedTrips(), 5));
        var events = EventExtractor.Default.Extract(document, new DateOnly(2024, 9, 10));
        var bySentence = events.GroupBy(e => e.SentenceStart).ToList();
        Assert.Equal(5, bySentence.Count);
        Assert.All(bySentence, group => Assert.Equal(Expected, group.Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")));
    }
}
