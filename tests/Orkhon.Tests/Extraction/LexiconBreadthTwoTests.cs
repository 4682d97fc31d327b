using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// The rows of the p17-lexicon2 block (roots 02–05, 11, 18, 19, written from the CAMEO definitions) in senses their
/// examples do not show, and the hard negatives that keep their broad verbs ("turn to", "describe", "occupy", "regret")
/// to the event.
/// </summary>
public sealed class LexiconBreadthTwoTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Theory]
    [InlineData("Mongolia turned to Japan for help after the dzud in 2010.", "MNG", "JPN", "023")]
    [InlineData("Russia called for restraint between Kyrgyzstan and Tajikistan in 2022.", "RUS", "KGZ", "0256")]
    [InlineData("Yerevan accepted Moscow's offer of mediation in 2020.", "ARM", "RUS", "038")]
    [InlineData("Pyongyang indicated willingness to hold talks with Seoul in 2018.", "PRK", "KOR", "036")]
    [InlineData("Khurelsukh undertook a state visit to Japan in 2022.", "MNG", "JPN", "042")]
    [InlineData("Switzerland served as an intermediary between Washington and Tehran for decades.", "CHE", "USA", "045")]
    [InlineData("Panama switched its recognition to Beijing in 2017.", "PAN", "CHN", "054")]
    [InlineData("Beijing termed Manila's move illegal in 2024.", "CHN", "PHL", "111")]
    [InlineData("Seoul voiced regret over Tokyo's decision to tighten export controls in 2019.", "KOR", "JPN", "111")]
    [InlineData("Budapest regretted Kyiv's decision to close the school in 2023.", "HUN", "UKR", "111")]
    [InlineData("Iraqi forces overran Kuwait in August 1990.", "IRQ", "KWT", "192")]
    [InlineData("Armenia implored Moscow for help in 2022.", "ARM", "RUS", "023")]
    [InlineData("Tokyo declared its intention to send peacekeepers to South Sudan in 2011.", "JPN", "SSD", "03")]
    [InlineData("Modi stopped over in Tehran in 2016.", "IND", "IRN", "042")]
    [InlineData("Soviet tanks rolled into Hungary in November 1956.", "SUN", "HUN", "192")]
    [InlineData("Turkey launched a military operation against Syria in 2019.", "TUR", "SYR", "190")]
    [InlineData("Erdogan's arrival in Baku was greeted with flags in 2020.", "TUR", "AZE", "042")]
    [InlineData("Modi's stay in Moscow lasted two days in 2024.", "IND", "RUS", "042")]
    [InlineData("Oman brokered a reconciliation between Qatar and Saudi Arabia in 2021.", "OMN", "QAT", "045")]
    [InlineData("Moscow insisted that London was behind the attack on the bridge in 2022.", "RUS", "GBR", "112")]
    [InlineData("Serbian forces encircled Sarajevo in 1992.", "SRB", "BIH", "191")]
    [InlineData("Minsk expressed its backing for Moscow's position in 2022.", "BLR", "RUS", "051")]
    [InlineData("Berlin lent its blessing to Warsaw's plan in 2023.", "DEU", "POL", "051")]
    [InlineData("Baku and Yerevan put their signatures to the declaration in 2025.", "AZE", "ARM", "057")]
    [InlineData("Washington pressed Doha to mediate in 2023.", "USA", "QAT", "028")]
    public void BreadthRows_CodeTheirEvent(string text, string source, string target, string cameo) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value.StartsWith(cameo, StringComparison.Ordinal));

    [Theory]
    [InlineData("Japan turned to the question of aid for Mongolia in 2010.", "02")]
    [InlineData("Kazakhstan described its talks with Russia as constructive in 2024.", "11")]
    [InlineData("Modi described Mongolia as a spiritual neighbour in 2015.", "11")]
    [InlineData("Kazakhstan described terrorism as a threat to Russia and China.", "11")]
    [InlineData("Kazakhstan expressed regret over the deaths of Chinese workers in 2024.", "11")]
    [InlineData("Protesters occupied the Russian embassy in Kyiv.", "19")]
    [InlineData("Japan captured the Chinese trawler in 2010.", "19")]
    [InlineData("Japan's exports rolled into China in 2010.", "19")]
    [InlineData("Mongolia turned to Japan and South Korea for investment.", "02")]
    [InlineData("Putin said Russia would never occupy Kazakhstan.", "19")]
    [InlineData("The arrival of Chinese investment in Mongolia slowed in 2015.", "04")]
    [InlineData("Lavrov spoke at a news conference in Ankara on Monday.", "04")]
    [InlineData("Russia claimed that its forces were behind enemy lines in Ukraine.", "11")]
    [InlineData("Protesters encircled the Russian embassy in Tbilisi.", "19")]
    [InlineData("Russia asked China for weapons, rejecting any mediation.", "028")]
    public void NotTheAct_GivesNoEventOfTheRoot(string text, string root) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.Value.StartsWith(root, StringComparison.Ordinal));
}
