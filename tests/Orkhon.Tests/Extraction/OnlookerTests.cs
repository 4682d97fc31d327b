using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A party named in an absolute "with … looking on" clause only watched the act: it is no party to it, and the parties that
/// did act keep their pair (branch p28-precision5). The sentences are our own.
/// </summary>
public sealed class OnlookerTests
{
    private static string[] Coded(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2025, 8, 10)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    // The watching party is dropped and the two signatories are paired with each other.
    [Theory]
    [InlineData("Serbia and Kosovo signed the deal in Brussels on Monday, with EU foreign policy chief Josep Borrell looking on.", "SRB>XKX 057", "EU")]
    [InlineData("Armenia and Azerbaijan signed the declaration at the White House on Friday with U.S. President Donald Trump watching.", "ARM>AZE 057", "USA")]
    [InlineData("Thailand and Cambodia signed a ceasefire in Kuala Lumpur on Sunday, with Malaysian Prime Minister Anwar Ibrahim and U.S. President Donald Trump looking on.", "THA>KHM 057", "USA")]
    [InlineData("The foreign ministers of Israel and Bahrain signed the pact on Tuesday with Trump looking on from a balcony.", "ISR>BHR 057", "USA")]
    [InlineData("Ethiopia and Eritrea signed the peace agreement in Jeddah on Sunday, with Saudi Arabia's King Salman present.", "ETH>ERI 057", "SAU")]
    [InlineData("Putin and Xi met in Moscow on Wednesday with Belarusian President Alexander Lukashenko looking on.", "RUS>CHN 040", "BLR")]
    public void Extract_WatchingParty_IsNoParty(string text, string expectedPrefix, string onlooker)
    {
        var coded = Coded(text);
        Assert.Contains(coded, c => c.StartsWith(expectedPrefix, StringComparison.Ordinal));
        Assert.DoesNotContain(coded, c => c.Contains('>' + onlooker + ' ', StringComparison.Ordinal));
    }

    // Hard negatives: the only party besides the actor is the one that watched.
    [Theory]
    [InlineData("Hungary's prime minister laid a wreath at the memorial on Monday, with Chinese President Xi Jinping looking on.")]
    [InlineData("Polish soldiers paraded through Warsaw on Tuesday with NATO's secretary general watching.")]
    [InlineData("Ukraine's president cut the ribbon at the new embassy in Kyiv, with the Japanese foreign minister looking on.")]
    [InlineData("Kazakh troops staged a live-fire drill on the steppe on Thursday with Russian observers watching.")]
    [InlineData("The Mongolian parliament ratified the treaty on Friday, with the Chinese ambassador looking on from the gallery.")]
    public void Extract_OnlyAnOnlooker_GivesNoPairWithIt(string text)
    {
        var coded = Coded(text);
        Assert.DoesNotContain(coded, c => c.Contains(">CHN ", StringComparison.Ordinal) || c.Contains(">NATO ", StringComparison.Ordinal)
            || c.Contains(">JPN ", StringComparison.Ordinal) || c.Contains(">RUS ", StringComparison.Ordinal));
    }

    // Readings that stay: a partner after "with" that does not only watch, and a party watched rather than watching.
    [Theory]
    [InlineData("Vietnam signed an agreement with Laos in Hanoi on Monday, with Chinese President Xi Jinping looking on.", "VNM>LAO 057")]
    [InlineData("Japan held talks with India on Tuesday, watching China's naval build-up with concern.", "JPN>IND 040")]
    [InlineData("Mongolia signed a railway deal with China on Monday, looking to expand its coal exports.", "MNG>CHN 057")]
    [InlineData("Xi met Putin in Beijing on Friday with Kazakh President Tokayev present.", "CHN>RUS 040")]
    public void Extract_PartnerThatActs_Stays(string text, string expectedPrefix) =>
        Assert.Contains(Coded(text), c => c.StartsWith(expectedPrefix, StringComparison.Ordinal));
}
