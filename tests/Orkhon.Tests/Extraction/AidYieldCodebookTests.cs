using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// The verb classes of roots 06–08 that the p36-aid block adds, written from the CAMEO sub-code definitions and from how
/// agency copy words material cooperation, aid and yielding (061–064, 071–073, 0841–0842, 085, 0863, 087–0871): troops
/// training beside another state's, joint operations and patrols, joint funds, imagery and dossiers passed, money wired,
/// states bankrolled, projects financed abroad, weapons airlifted, relief handed over, prisoners handed back, people and
/// vessels returned, territory handed over, truces proclaimed, offensives ended or called off, aid permitted in, boycotts
/// ended, a foreign national pardoned, air-defence systems stationed on an ally's soil. Sentences of our own beside the rows' examples, and for each class a twin that stays
/// empty: a promise or plan of aid is an intent (03), an act inside one state or with no second party is no event.
/// </summary>
public sealed class AidYieldCodebookTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Theory]
    [InlineData("Polish infantry trained alongside Lithuanian troops near Vilnius in 2024.", "POL", "LTU", "062")]
    [InlineData("Manila staged a joint operation with Washington against pirates in 2023.", "PHL", "USA", "062")]
    [InlineData("Ankara carried out joint raids with Baghdad in 2022.", "TUR", "IRQ", "062")]
    [InlineData("Indian and French jets flew joint sorties over the Arabian Sea in 2023.", "IND", "FRA", "062")]
    [InlineData("Riyadh and Islamabad set up a joint development fund in 2024.", "SAU", "PAK", "061")]
    [InlineData("Beijing and Brasilia established a joint bank in 2015.", "CHN", "BRA", "061")]
    [InlineData("Tokyo handed satellite images to Manila in 2024.", "JPN", "PHL", "064")]
    [InlineData("Kyiv passed a dossier to The Hague in 2023.", "UKR", "NLD", "064")]
    [InlineData("Doha wired $500 million to Beirut in 2022.", "QAT", "LBN", "071")]
    [InlineData("Tehran bankrolled Hezbollah for decades.", "IRN", "LBN", "071")]
    [InlineData("Seoul co-financed a railway in Uzbekistan in 2024.", "KOR", "UZB", "070")]
    [InlineData("Washington rushed interceptors to Israel in April 2024.", "USA", "ISR", "072")]
    [InlineData("Ankara handed 300 tonnes of flour to Damascus in 2023.", "TUR", "SYR", "073")]
    [InlineData("Tokyo handed over blankets and tents to Kathmandu in 2015.", "JPN", "NPL", "073")]
    [InlineData("Moscow handed back 90 Ukrainian prisoners to Kyiv on Friday.", "RUS", "UKR", "0841")]
    [InlineData("Seoul returned the North Korean fishermen to Pyongyang in 2019.", "KOR", "PRK", "0841")]
    [InlineData("Tehran freed the French teacher and a Swiss pastor on Tuesday.", "IRN", "FRA", "0841")]
    [InlineData("Minsk pardoned a Lithuanian citizen in 2024.", "BLR", "LTU", "0841")]
    [InlineData("Seoul returned the North Korean boat to Pyongyang in 2019.", "KOR", "PRK", "0842")]
    [InlineData("Washington handed the base to Kabul in 2021.", "USA", "AFG", "0842")]
    [InlineData("Kyiv and Moscow proclaimed an Easter truce in 2023.", "UKR", "RUS", "0871")]
    [InlineData("Ankara halted its incursion into Syria in 2019.", "TUR", "SYR", "087")]
    [InlineData("Washington called off its strikes on Iran in June 2019.", "USA", "IRN", "087")]
    [InlineData("Amman permitted relief convoys into Syria in 2023.", "JOR", "SYR", "0863")]
    [InlineData("Riyadh lifted its boycott of Qatar in January 2021.", "SAU", "QAT", "085")]
    [InlineData("Washington stationed THAAD launchers in South Korea in 2017.", "USA", "KOR", "074")]
    public void NewClasses_CodeTheirEvent(string text, string source, string target, string cameo) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value.StartsWith(cameo, StringComparison.Ordinal));

    [Theory]
    // a promise, a pledge or a plan of aid is an intent (03), not the aid
    [InlineData("Washington promised aid to Kyiv in 2022.", "07")]
    [InlineData("Washington pledged to airlift ammunition to Israel in 2023.", "07")]
    [InlineData("Tokyo said it would hand food to Dhaka.", "07")]
    // a project financed at home, relief handed to a state's own bakeries, money moved into a state's own fund
    [InlineData("Beijing financed a new port in Shanghai in 2023.", "07")]
    [InlineData("The ministry handed 300 tonnes of flour to local bakeries in 2023.", "07")]
    [InlineData("Russia transferred $2 billion to its sovereign fund in 2023.", "07")]
    // launchers deployed on a state's own soil protect no other state
    [InlineData("Moscow deployed Iskander launchers in Russia's west in 2018.", "07")]
    // training with ammunition, or beside a team, is no joint training with a state
    [InlineData("Kazakh troops trained with live ammunition near Almaty in 2024.", "06")]
    [InlineData("The team trained alongside the champions in Paris.", "06")]
    // a list of demands handed over is no information shared
    [InlineData("Washington handed Israel a list of demands in 2024.", "06")]
    // an end denied, a release only possible or denied, ships or fishermen coming back, an offensive that ended by itself,
    // talks ended
    [InlineData("Ankara denied it had ended its incursion into Syria.", "08")]
    [InlineData("Moscow may hand back Ukrainian prisoners to Kyiv.", "08")]
    [InlineData("Tehran did not free the Swiss pastor.", "08")]
    [InlineData("Chinese coast guard ships returned to the waters near the Senkakus on Tuesday.", "08")]
    [InlineData("The fishermen returned to Busan on Tuesday.", "08")]
    [InlineData("The Korean ambassador returned to Tokyo with the fishermen in 2019.", "08")]
    [InlineData("The Chinese envoy returned home from Manila aboard a navy ship in 2016.", "08")]
    [InlineData("The offensive ended in 2022.", "08")]
    [InlineData("Moscow ended its talks with Kyiv in 2022.", "08")]
    public void NotTheAct_GivesNoEventOfTheRoot(string text, string root) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.Value.StartsWith(root, StringComparison.Ordinal));
}
