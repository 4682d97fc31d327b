using Orkhon.Extraction;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A state named only beside a border or a sea ("its border with China", "the Tasman Sea between Australia and New Zealand")
/// is where a lone party's drills or talks took place, not its partner (<see cref="FrontierLandmarks"/>, the
/// <see cref="ExtractionGuards.FrontierLandmarks"/> switch, class <c>landmark</c> of <c>data/lexicon/phrase-words.tsv</c>).
/// Twins: a partner named by "with" or as a co-subject keeps the joint act. The sentences are our own.
/// </summary>
public sealed class FrontierLandmarkTests
{
    private static string[] Coded(string text, ExtractionOptions? options = null) =>
        [.. new EventExtractor(new SentenceExtractor(EventLexicon.Default, MentionFinder.Default, ReferenceData.Default, options ?? ExtractionOptions.Default))
            .Extract(text, new DateOnly(2025, 3, 4)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    // "border with" after a frontier preposition
    [InlineData("India held military exercises in Ladakh near its border with China on Tuesday.", "IND>CHN 062")]
    // "the border with", an article between
    [InlineData("Turkey's army held drills on its own side of the border with Syria, the defence ministry said.", "TUR>SYR 062")]
    // a sea "between" two states, and the state coordinated after the first
    [InlineData("Chinese warships held live-fire drills in the Tasman Sea between Australia and New Zealand on Friday.", "CHN>AUS 062")]
    [InlineData("Chinese warships held live-fire drills in the Tasman Sea between Australia and New Zealand on Friday.", "CHN>NZL 062")]
    // "boundary with"
    [InlineData("Serbia held army drills close to its boundary with Kosovo on Monday.", "SRB>XKX 062")]
    // "the border with" after a frontier preposition other than "on" (branch p40-fixb)
    [InlineData("Greece held naval exercises along the border with Turkey on Monday.", "GRC>TUR 06")]
    public void Extract_StateBesideALandmark_IsNoPartner(string text, string unexpected) => Assert.DoesNotContain(unexpected, Coded(text));

    // Twins: the partner is named by "with" or as a co-subject; the landmark's state stays out.
    [Theory]
    [InlineData("India held joint exercises with Mongolia near its border with China in 2024.", "IND>MNG 062")]
    [InlineData("Russia and Belarus held joint drills near the border with Poland on Monday.", "RUS>BLR 062")]
    [InlineData("Russia and Mongolia held joint drills in Buryatia in August 2023.", "RUS>MNG 062")]
    public void Extract_PartnerNamedBesideALandmark_KeepsTheJointAct(string text, string expected) => Assert.Contains(expected, Coded(text));

    // Review of p40-fixb: "with" after a topic or a venue ("on the waters", "in the Gulf", "through a back channel") names the
    // partner; only a possessive or a frontier preposition other than "on" before the landmark places the state beside it.
    [Theory]
    [InlineData("India signed a deal on the waters with Pakistan.", "PAK")]
    [InlineData("India held talks on the border with China.", "CHN")]
    [InlineData("India held talks on the border with China, Nepal and Bhutan.", "BTN")]
    [InlineData("India held secret talks through a back channel with Pakistan.", "PAK")]
    [InlineData("India signed an agreement on a communication channel with China.", "CHN")]
    [InlineData("India held talks in the Gulf with Iran.", "IRN")]
    [InlineData("Greece held naval exercises in the Aegean Sea with Turkey.", "TUR")]
    public void Extract_PartnerAfterATopicOrVenueLandmark_IsKept(string text, string partner) =>
        Assert.Contains(Coded(text), c => c.Contains(partner, StringComparison.Ordinal));

    [Theory]
    [InlineData("India held joint exercises with Mongolia near its border with China in 2024.", "IND>CHN 062")]
    [InlineData("Russia and Belarus held joint drills near the border with Poland on Monday.", "RUS>POL 062")]
    public void Extract_PartnerNamedBesideALandmark_LeavesTheLandmarksStateOut(string text, string unexpected) => Assert.DoesNotContain(unexpected, Coded(text));

    [Theory]
    [InlineData("India held military exercises in Ladakh near its border with China on Tuesday.", "IND>CHN 062")]
    [InlineData("Chinese warships held live-fire drills in the Tasman Sea between Australia and New Zealand on Friday.", "CHN>AUS 062")]
    public void Extract_SwitchedOff_LetsTheLandmarksStateThrough(string text, string expected)
    {
        var off = ExtractionOptions.Default with { Guards = ExtractionGuards.All & ~ExtractionGuards.FrontierLandmarks };
        Assert.Contains(expected, Coded(text, off));
    }
}
