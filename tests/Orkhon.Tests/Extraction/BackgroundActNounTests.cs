using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Acts told as nouns in background and in passing (branch p36-nominals): the nominal forms of verb rows (annexation,
/// normalisation or restoration of ties, severance of relations, closure of a border, deportation, donation) code their act
/// when the noun phrase names its owner (a possessive, "by", a nationality adjective) and its patient, as the corpus README's
/// rule 5 codes a nominal event; a bare "its" after a preposition of time or cause ("since its annexation of …") stands for
/// the nearest state named before it, unless the sentence opens with one state whose "its" it may be; and an owned act noun that a denied phrase takes as its object ("neither condemned nor
/// endorsed Russia's annexation of …") is coded no more than that phrase. Every positive sentence has a twin that must stay
/// empty: the noun with no owner, a generic noun, a hypothetical. The sentences are our own.
/// </summary>
public sealed class BackgroundActNounTests
{
    private static string[] Coded(string text) =>
        [.. EventExtractor.Default.Extract(text, null).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    // Owner and patient inside the noun phrase: the owner acts on the patient.
    [InlineData("Tallinn's annexation of the disputed islets in 1995 is still contested by Riga.", "EST>LVA 192")]
    [InlineData("The annexation of Crimea by Moscow in 2014 alarmed the Baltic states.", "RUS>UKR 192")]
    [InlineData("Bahrain's normalisation of ties with Israel drew protests in Manama.", "BHR>ISR 054")]
    [InlineData("Cairo's restoration of relations with Ankara came after a decade of rancour.", "EGY>TUR 054")]
    [InlineData("Bolivia's severance of relations with Israel in 2023 surprised few observers.", "BOL>ISR 161")]
    [InlineData("Algeria's closure of its airspace to Moroccan aircraft followed in September.", "DZA>MAR 191")]
    [InlineData("Riyadh's deportation of Ethiopian migrants continued through the spring.", "SAU>ETH 174")]
    [InlineData("Uzbekistan's donation to Afghanistan reached Mazar-i-Sharif by rail.", "UZB>AFG 070")]
    [InlineData("Japan's $3 million donation to Nepal paid for the new clinics.", "JPN>NPL 070")]
    public void Extract_ActNounWithOwnerAndPatient_IsCoded(string text, string expected) => Assert.Contains(expected, Coded(text));

    [Theory]
    // The twins: no owner, a generic or plural use, a hypothetical with no owner.
    [InlineData("An annexation of the islets would be illegal under the treaty.")]
    [InlineData("The annexation of territory by force is banned by the charter.")]
    [InlineData("Normalisation of ties with Israel remains unpopular among voters.")]
    [InlineData("A severance of relations with Israel was debated in parliament.")]
    [InlineData("A closure of the border with Colombia would hurt traders.")]
    [InlineData("Deportations of migrants rose across the region last year.")]
    [InlineData("Donations to the relief fund slowed in the spring.")]
    public void Extract_ActNounWithoutOwner_IsNoEvent(string text) => Assert.Empty(Coded(text));

    [Theory]
    // "its" after a preposition of time or cause: the nearest state named before it, past a plural or a person.
    [InlineData("European governments have shunned Moscow since its annexation of Crimea in 2014.", "RUS>UKR 192")]
    [InlineData("Brussels and Washington imposed sanctions on Moscow over its annexation of Crimea.", "RUS>UKR 192")]
    [InlineData("Gulf monarchies kept their distance from Rabat after its normalisation of ties with Israel.", "MAR>ISR 054")]
    [InlineData("Aid agencies praised Kazakhstan for its donation to Kyrgyzstan.", "KAZ>KGZ 070")]
    public void Extract_ItsAfterABackgroundPreposition_IsTheNearestState(string text, string expected) => Assert.Contains(expected, Coded(text));

    [Theory]
    // The twins: "its" with no state before it, an organisation nearer than any state, or a sentence that opens with one state
    // (whose "its" it may be) names no owner.
    [InlineData("Observers have watched the peninsula closely since its annexation in 2014.")]
    [InlineData("Moscow has faced the United Nations over its deportation of migrants.")]
    [InlineData("Colombia recalled its envoy to Venezuela over its deportation of Colombian migrants.")]
    public void Extract_ItsWithNoSafeStateBeforeIt_NamesNoOwner(string text) =>
        Assert.DoesNotContain(Coded(text), e => e.EndsWith(" 192", StringComparison.Ordinal) || e.EndsWith(" 174", StringComparison.Ordinal));

    [Theory]
    // An owned act noun that a denied or unrealised phrase takes as its object is coded no more than that phrase.
    [InlineData("Kazakhstan neither condemned nor endorsed Moscow's annexation of Crimea, its ministry said.")]
    [InlineData("Armenia did not condemn Russia's invasion of Ukraine.")]
    [InlineData("Serbia has not recognised Russia's annexation of Crimea.")]
    public void Extract_OwnedActNounObjectOfADeniedPhrase_IsNoEvent(string text) =>
        Assert.DoesNotContain(Coded(text), e => e.EndsWith(" 192", StringComparison.Ordinal));

    [Theory]
    // The twins: the same nouns after a phrase told as done, and opening their own clause, are coded.
    [InlineData("Kazakhstan condemned Moscow's annexation of Crimea on Monday.", "RUS>UKR 192")]
    [InlineData("Russia's annexation of Crimea in March 2014 followed a disputed referendum.", "RUS>UKR 192")]
    public void Extract_OwnedActNounObjectOfADonePhrase_IsCoded(string text, string expected) => Assert.Contains(expected, Coded(text));
}
