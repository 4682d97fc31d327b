using Orkhon.Extraction;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A state's own council named like the U.N.'s ("the National Security Council", "Russia's Security Council") is not the U.N.
/// Security Council (Mentions/NationalBodies, class <c>own-body-opener</c> of <c>data/lexicon/mention-words.tsv</c>): after a
/// state's possessive it is that state acting, after "National" or "Supreme" alone it names no organisation. Twins: the U.N.'s
/// council by its short name or after its acronym keeps its events. The sentences are our own.
/// </summary>
public sealed class NationalBodyTests
{
    private static string[] Coded(string text) =>
        [.. new EventExtractor(new SentenceExtractor(EventLexicon.Default, MentionFinder.Default, ReferenceData.Default, ExtractionOptions.Default))
            .Extract(text, new DateOnly(2025, 3, 4)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("The National Security Council met on Monday and condemned Pakistan.")]
    [InlineData("A Supreme National Security Council statement on Sunday condemned Azerbaijan.")]
    public void Extract_NationalCouncilWithNoState_GivesNoUnEvent(string text) => Assert.DoesNotContain(Coded(text), e => e.StartsWith("UNSC>", StringComparison.Ordinal));

    [Theory]
    [InlineData("Russia's Security Council condemned Japan on Monday.", "RUS>JPN 111")]
    [InlineData("Armenia's Security Council criticised Azerbaijan on Friday.", "ARM>AZE 111")]
    public void Extract_StatesOwnSecurityCouncil_IsTheState(string text, string expected)
    {
        var coded = Coded(text);
        Assert.Contains(expected, coded);
        Assert.DoesNotContain(coded, e => e.StartsWith("UNSC>", StringComparison.Ordinal));
    }

    // Twins: the U.N. Security Council by its short name, after its acronym, or after a state's possessive and the acronym.
    [Theory]
    [InlineData("The Security Council condemned North Korea on Monday.", "UNSC>PRK 111")]
    [InlineData("The U.N. Security Council imposed sanctions on Libya on Monday.", "UNSC>LBY 163")]
    [InlineData("On Monday the Security Council condemned Syria.", "UNSC>SYR 111")]
    public void Extract_UnSecurityCouncil_KeepsItsEvents(string text, string expected) => Assert.Contains(expected, Coded(text));
}
