using Orkhon.Extraction;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// "ex-" glued to the nationality before an office ("Ex-British prime minister …", "an ex-Philippine president"), or "onetime" and
/// "erstwhile" before it ("a onetime British envoy"), say the office is held no more, as "former" before the nationality does: the
/// holder stands for no state (the corpus README). The tokenizer keeps "Ex-British" one word, so MentionFinder reads the prefix
/// off the word before the office. Twins: the office held now, and "ex-" before a state's name rather than an office ("ex-Soviet
/// Georgia"), keep their events. The sentences are our own.
/// </summary>
public sealed class ExPrefixedOfficeTests
{
    private static string[] Coded(string text) =>
        [.. new EventExtractor(new SentenceExtractor(EventLexicon.Default, MentionFinder.Default, ReferenceData.Default, ExtractionOptions.Default))
            .Extract(text, new DateOnly(2025, 3, 4)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("Ex-British prime minister Tony Blair met Libyan officials in Tripoli on Monday.")]
    [InlineData("Ex-Philippine president Rodrigo Duterte praised China on Monday.")]
    [InlineData("On Monday ex-Philippine president Rodrigo Duterte visited China.")]
    [InlineData("Smith, a onetime British envoy to Iran, met Iraqi officials on Monday.")]
    [InlineData("An erstwhile Brazilian foreign minister criticised Washington on Tuesday.")]
    public void Extract_ExPrefixedOffice_GivesNoEvent(string text) => Assert.Empty(Coded(text));

    // Twins: the office held at the time, and "ex-" before a state rather than an office.
    [Theory]
    [InlineData("The British prime minister met Libyan officials in Tripoli on Monday.", "GBR>LBY 040")]
    [InlineData("The Philippine president praised China on Monday.", "PHL>CHN 051")]
    [InlineData("Ex-Soviet Georgia signed a trade agreement with China on Monday.", "GEO>CHN 057")]
    [InlineData("Smith, the British envoy to Iran, met Iraqi officials on Monday.", "GBR>IRQ 040")]
    public void Extract_OfficeHeldOrExBeforeAState_KeepsItsEvent(string text, string expected) => Assert.Contains(expected, Coded(text));
}
