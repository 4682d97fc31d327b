using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A sentence that opens on "the" and a plural office with no count ("The ministers agreed…", "The presidents also signed…")
/// names the two parties of the act just told, as "the two ministers" would (<c>MentionFinder.OfficesOpeningTheSentence</c>).
/// After an act of more than two, after private people, or before "of", it names nobody. Texts of our own.
/// </summary>
public sealed class OfficesOpeningTheSentenceTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, new DateOnly(2024, 5, 10));

    private static bool Has(List<EventMention> events, string source, string target, string root) =>
        events.Exists(e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value.StartsWith(root, StringComparison.Ordinal));

    [Theory]
    [InlineData("Kazakh Foreign Minister Murat Nurtleu held talks with his Uzbek counterpart Bakhtiyor Saidov in Tashkent on Monday. The ministers agreed to expand trade in farm goods.", "UZB", "KAZ", "03")]
    [InlineData("Chilean President Gabriel Boric met Argentine President Javier Milei in Santiago on Tuesday. The presidents also signed an agreement on a new border crossing.", "CHL", "ARG", "05")]
    [InlineData("HANOI, May 9 (Reuters) - Japan's prime minister held talks with his Vietnamese counterpart in Hanoi on Thursday. The prime ministers agreed to deepen defence cooperation.", "VNM", "JPN", "03")]
    [InlineData("The Indian defence minister met his Mongolian counterpart in Ulaanbaatar on Monday. The ministers signed a memorandum on military training.", "IND", "MNG", "05")]
    [InlineData("Brazil's president received his Colombian counterpart in Brasilia on Friday. The leaders then agreed to build a road across the Amazon.", "COL", "BRA", "03")]
    public void PluralOfficeOpeningTheSentence_IsThePairOfTheLastAct(string text, string source, string target, string root) =>
        Assert.True(Has(Extract(text), source, target, root), $"expected {source}->{target} root {root}");

    [Theory]
    // After a meeting of five the leaders are not a pair; "the leaders of" names its own parties; the men are private people.
    [InlineData("The leaders of China, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan met in Xi'an on Friday. The leaders agreed to expand trade.", "03")]
    [InlineData("Polish police arrested two Belarusian men on Monday after Germany's interior minister met his Polish counterpart. The men agreed to testify.", "03")]
    [InlineData("The Kazakh president met the Uzbek president in Tashkent. The leaders of both parliaments agreed to expand trade.", "03")]
    // After a strike between two states, "the foreign ministers" are not its parties: only a joint act gives the pair.
    [InlineData("Russian forces struck the Ukrainian city of Kharkiv on Monday. The foreign ministers condemned the attack.", "11")]
    public void NoPairOfTheLastAct_GivesNoEvent(string text, string root) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.Value.StartsWith(root, StringComparison.Ordinal));
}
