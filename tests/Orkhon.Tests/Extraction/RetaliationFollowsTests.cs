using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// "Moscow said retaliation would follow" (events.tsv row p40-threaten-retaliation-follow): a reply promised with the
/// retaliation as its subject is a generic threat (130), aimed as "said it would respond" is, at the party whose act it answers.
/// A denied or doubted retaliation threatens nothing.
/// </summary>
public sealed class RetaliationFollowsTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Theory]
    [InlineData("Estonia expelled a Russian diplomat on 4 May 2024, and Moscow said retaliation would follow.", "RUS", "EST")]
    [InlineData("Norway expelled 15 Russian diplomats on 13 April 2023. The Russian embassy called the decision an unfriendly step and said retaliation would follow.", "RUS", "NOR")]
    [InlineData("Lithuania closed its border with Belarus on 5 May 2024. Minsk said countermeasures will follow.", "BLR", "LTU")]
    public void RetaliationThatWillFollow_ThreatensTheActsAuthor(string text, string source, string target) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value == "130");

    [Theory]
    [InlineData("Estonia expelled a Russian diplomat on 4 May 2024, and Moscow said no retaliation would follow.")]
    [InlineData("Estonia expelled a Russian diplomat on 4 May 2024, and Moscow said retaliation would not follow.")]
    [InlineData("Estonia expelled a Russian diplomat on 4 May 2024. Analysts doubted that retaliation would follow.")]
    public void DeniedOrDoubtedRetaliation_GivesNoThreat(string text) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.Value.StartsWith("13", StringComparison.Ordinal));
}
