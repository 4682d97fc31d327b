using Orkhon.Extraction;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// What economists and strategists say a state could do is their forecast, not the state's threat or act (class
/// <c>speculator</c> of <c>data/lexicon/modality-cues.tsv</c>, as analysts and commentators already were): a hostile act under
/// "could … if" was read as the state's conditional threat. Twins: the state's own threat keeps its event. "Experts" and
/// "observers" are not among them, since their findings are coded. The sentences are our own.
/// </summary>
public sealed class ForecasterSpeechTests
{
    private static string[] Coded(string text) =>
        [.. new EventExtractor(new SentenceExtractor(EventLexicon.Default, MentionFinder.Default, ReferenceData.Default, ExtractionOptions.Default))
            .Extract(text, new DateOnly(2025, 3, 4)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("Economists warn that Russia could cut gas supplies to Moldova if the dispute drags on.")]
    [InlineData("Strategists say China could blockade Taiwan if talks fail.")]
    [InlineData("Some economists said India would halt rice exports to Bangladesh if prices rose.")]
    public void Extract_ForecastOfAHostileAct_GivesNoThreat(string text) => Assert.Empty(Coded(text));

    // Twin: the state threatens in its own words.
    [Theory]
    [InlineData("Russia threatened to cut gas supplies to Moldova if the dispute dragged on.", "RUS>MDA 1312")]
    public void Extract_StatesOwnThreat_KeepsItsEvent(string text, string expected) => Assert.Contains(expected, Coded(text));
}
