using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Codebook forms of roots 01, 09, 12 and 15 that agency-style probes found uncoded or coded under another root (branch
/// p36-weakroots, block <c>p36-weakroots</c> of <c>events.tsv</c>): drills held near or off a state (150, not joint drilling),
/// military aircraft flown into a state's airspace or identification zone (150, not a visit), forces put on a state of alert
/// (152), police sent to a border (153), a mobilisation declared against a state (154), a party's act declared null and void
/// (120), an announced refusal to release or hand over people (1243), a court's order ignored (128), comment withheld (011),
/// a book of condolence signed (018), insinuations rejected
/// (016) and a state's programme or role investigated (090).
/// Each class beside its twins: the same words at home, with no state named, or in their other sense.
/// </summary>
public sealed class WeakRootClassesTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, new DateOnly(2025, 1, 1));

    [Theory]
    [InlineData("Beijing staged live-fire drills near Taiwan on Monday.", "CHN", "TWN", "150")]
    [InlineData("Moscow conducted naval exercises off Japan on Monday.", "RUS", "JPN", "150")]
    [InlineData("Minsk held military exercises near the Lithuanian border on Monday.", "BLR", "LTU", "150")]
    [InlineData("Tehran staged war games near the border with Azerbaijan.", "IRN", "AZE", "150")]
    [InlineData("China launched drills off the coast of Japan on Friday.", "CHN", "JPN", "150")]
    [InlineData("Russian fighter jets flew into Japan's air defence identification zone on Monday.", "RUS", "JPN", "150")]
    [InlineData("Seoul put its troops on a heightened state of alert against North Korea.", "KOR", "PRK", "152")]
    [InlineData("Greece sent riot police to the border with Turkey on Monday.", "GRC", "TUR", "153")]
    [InlineData("Yerevan ordered a general mobilisation against Azerbaijan in 2020.", "ARM", "AZE", "154")]
    [InlineData("Kosovo declared the Serbian decision null and void.", "XKX", "SRB", "120")]
    [InlineData("Tehran said it would not release the French hostages.", "IRN", "FRA", "124")]
    [InlineData("Caracas said it would never hand over the Colombian fugitives.", "VEN", "COL", "124")]
    [InlineData("Venezuela ignored an order by the International Court of Justice on Friday.", "VEN", "ICJ", "128")]
    [InlineData("Beijing offered no comment on the Japanese protest.", "CHN", "JPN", "011")]
    [InlineData("The Kremlin would not comment on the Finnish decision.", "RUS", "FIN", "011")]
    [InlineData("The Mongolian president signed a book of condolence at the Japanese embassy.", "MNG", "JPN", "018")]
    [InlineData("Beijing dismissed the Japanese insinuations as groundless.", "CHN", "JPN", "016")]
    [InlineData("The United Nations probed North Korea's missile programme in 2019.", "UN", "PRK", "090")]
    public void WeakRootClass_CodesItsEvent(string text, string source, string target, string cameo) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value.StartsWith(cameo, StringComparison.Ordinal));

    [Theory]
    [InlineData("Mongolian troops held drills near Ulaanbaatar on Monday.", "15")]
    [InlineData("Uzbek and Kazakh special forces held a joint drill near Shymkent.", "15")]
    [InlineData("Kazakhstan staged exercises near its own border in May.", "15")]
    [InlineData("Chinese tourists flew into Mongolia's free trade zone.", "15")]
    [InlineData("Kazakhstan put its police on a state of alert before the election.", "15")]
    [InlineData("Kazakhstan sent police to the scene of the crash near the border.", "15")]
    [InlineData("Mongolia declared a mobilisation of volunteers against the wildfires.", "15")]
    [InlineData("The Somali parliament declared the new election law void.", "12")]
    [InlineData("Moscow said it would not release the trade figures for China until May.", "12")]
    [InlineData("Mongolia said it would not hand over the chairmanship to China.", "12")]
    [InlineData("Kazakhstan ignored calls from Russia in order to keep its trade with Europe.", "12")]
    [InlineData("Ankara had no comment on reports of a Greek proposal.", "01")]
    [InlineData("The Kremlin would not comment on media reports about Finland.", "01")]
    [InlineData("Mongolians signed a book of condolence for the flood victims.", "01")]
    [InlineData("Mongolia inspected the sites of its new copper mines.", "09")]
    public void OtherSense_GivesNoEventOfTheRoot(string text, string root) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.Value.StartsWith(root, StringComparison.Ordinal));

    // The neighbouring rows keep their code: drills with a partner, or called joint, are joint drilling; a leader's flight is a
    // visit.
    [Theory]
    [InlineData("Mongolia held joint drills with India near Ulaanbaatar in 2024.", "MNG", "IND", "062")]
    [InlineData("Russia and Belarus staged joint exercises near the Lithuanian border.", "RUS", "BLR", "062")]
    [InlineData("Putin flew into Ulaanbaatar on Monday.", "RUS", "MNG", "042")]
    public void NeighbouringRow_KeepsItsCode(string text, string source, string target, string cameo) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value == cameo);
}
