using Orkhon.Extraction;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A capital's one-word name that is the last word of a person the document named in full stands for that person ("Hague"
/// after "Foreign Secretary William Hague" is Britain's foreign secretary, not the Netherlands' seat); "The Hague" with its
/// article stays the city (MentionFinder.SurnameOfNamedPerson). The sentences are our own.
/// </summary>
public sealed class PersonSurnameTests
{
    private static string[] Coded(string text) =>
        [.. new EventExtractor(new SentenceExtractor(EventLexicon.Default, MentionFinder.Default, ReferenceData.Default, ExtractionOptions.Default))
            .Extract(text, new DateOnly(2013, 10, 20)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Fact]
    public void Extract_SurnameThatIsACapital_IsThePersonNamedBefore()
    {
        var coded = Coded("British Foreign Secretary William Hague arrived in Ulaanbaatar on Monday. Hague and Foreign Minister Luvsanvandan Bold held talks on Tuesday.");
        Assert.Contains("GBR>MNG 040", coded);
        Assert.DoesNotContain(coded, c => c.Contains("NLD", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_CapitalWithItsArticle_StaysTheCity()
    {
        // The document names no one called Hague: the seat of the court is a place, and no Dutch party acts.
        var coded = Coded("Judges in The Hague ordered Russia to release the sailors on Monday.");
        Assert.DoesNotContain(coded, c => c.StartsWith("GBR", StringComparison.Ordinal));
    }
}
