using Orkhon.Extraction;
using Orkhon.Extraction.Lexicon;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// One adverb may stand between two fixed words of a lexicon phrase ("spoke separately with", <c>CompiledPhrase</c> and
/// <c>PhraseAdverbs</c>); a word in "-ly" that is a noun or an adjective ("family", "early") is no such adverb.
/// </summary>
public sealed class PhraseAdverbTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Theory]
    [InlineData("Kazakhstan's foreign minister spoke separately with his Uzbek counterpart on 5 May 2023.", "KAZ", "UZB")]
    [InlineData("The Egyptian president had spoken overnight with the Emir of Qatar, his office said on 6 May 2023.", "EGY", "QAT")]
    public void AdverbBetweenVerbAndPreposition_KeepsThePhrase(string text, string source, string target) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value.StartsWith("04", StringComparison.Ordinal));

    [Fact]
    public void AdverbBeforeAWordThatIsNotThePhrases_CodesNothing() =>
        Assert.Empty(Extract("Kazakhstan's foreign minister spoke briefly to reporters about Uzbek cotton on 5 May 2023."));

    [Theory]
    [InlineData("overnight", true)]
    [InlineData("separately", true)]
    [InlineData("family", false)]
    [InlineData("early", false)]
    [InlineData("Italy", false)]
    [InlineData("talks", false)]
    public void AdverbWords(string word, bool adverb) => Assert.Equal(adverb, PhraseAdverbs.Is(word));
}
