using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// The p27-senses rows: senses of acts the lexicon lacked although both parties were found (a state referred to a court,
/// a state leaving or suspended from an organisation, ground broken on a joint project, relief flown to a country, a
/// summit opened by its host, strikes begun or resumed). Each sense in five or more phrasings of our own, agency and
/// newspaper style, with the hard negatives that keep the light verbs ("left", "opened", "flew") to the event.
/// </summary>
public sealed class SenseGapTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Theory]
    // 115: a state referred to an international court or body by another
    [InlineData("Lithuania referred Belarus to the International Criminal Court in September 2024.", "LTU", "BLR", "115")]
    [InlineData("Kyiv referred Russia to the International Court of Justice over the downing in 2022.", "UKR", "RUS", "115")]
    [InlineData("The IAEA board referred Iran to the U.N. Security Council in February 2006.", "IAEA", "IRN", "115")]
    [InlineData("Ukraine has referred Moscow to the World Trade Organization over the grain blockade.", "UKR", "RUS", "115")]
    [InlineData("Argentina, Canada and Chile referred Venezuela to the International Criminal Court in 2018.", "ARG", "VEN", "115")]
    // 160: a state leaving an organisation, or suspended from one
    [InlineData("Russia left the Council of Europe in March 2022.", "RUS", "COE", "160")]
    [InlineData("Mali, Burkina Faso and Niger said on Sunday they were leaving ECOWAS with immediate effect.", "NER", "ECOWAS", "160")]
    [InlineData("Britain formally left the European Union on January 31, 2020.", "GBR", "EU", "160")]
    [InlineData("Qatar left OPEC in January 2019, its energy minister said.", "QAT", "OPEC", "160")]
    [InlineData("Nicaragua left the Organization of American States in November 2023.", "NIC", "OAS", "160")]
    [InlineData("Syria was suspended from the Arab League in November 2011.", "LAS", "SYR", "160")]
    [InlineData("Russia was suspended from the UN Human Rights Council in April 2022.", "UN", "RUS", "160")]
    [InlineData("Mali was suspended from the African Union after the coup in June 2021.", "AU", "MLI", "160")]
    // 061: ground broken on a joint project
    [InlineData("China and Mongolia broke ground on a second cross-border railway in May 2025.", "CHN", "MNG", "061")]
    [InlineData("Xi and Tokayev broke ground on a joint industrial park on Tuesday.", "CHN", "KAZ", "061")]
    [InlineData("Uzbekistan and Kyrgyzstan broke ground for a new hydropower plant on Friday.", "UZB", "KGZ", "061")]
    [InlineData("Russia and Turkey broke ground on the Akkuyu nuclear plant in April 2018.", "RUS", "TUR", "061")]
    [InlineData("The presidents of Kazakhstan and Uzbekistan have broken ground on a joint trade centre.", "KAZ", "UZB", "061")]
    // 073: relief flown to a country
    [InlineData("India flew tents and medicines to Myanmar after the earthquake in March 2025.", "IND", "MMR", "073")]
    [InlineData("Jordan flew blankets and tents to Syria in February 2023.", "JOR", "SYR", "073")]
    [InlineData("Kazakhstan has flown blankets and rations to Turkey, the emergencies ministry said.", "KAZ", "TUR", "073")]
    [InlineData("Pakistan flew 30 tonnes of medicines and tents to Afghanistan on Saturday.", "PAK", "AFG", "073")]
    [InlineData("Qatar flew relief goods to Lebanon on Tuesday.", "QAT", "LBN", "073")]
    // 043: a summit opened by the state that hosts it
    [InlineData("Kazakhstan opened the SCO summit in Astana in July 2024.", "KAZ", "SCO", "043")]
    [InlineData("Mongolia opened the 11th Asia-Europe Meeting summit in Ulaanbaatar on Friday.", "MNG", "ASEM", "043")]
    [InlineData("Egypt opened the Arab League summit in Cairo in 2023.", "EGY", "LAS", "043")]
    [InlineData("South Africa opened the BRICS summit in Johannesburg on Tuesday.", "ZAF", "BRICS", "043")]
    [InlineData("Uzbekistan opened the SCO summit in Samarkand on Thursday.", "UZB", "SCO", "043")]
    // 195: strikes begun, resumed or widened
    [InlineData("Israel resumed its airstrikes on Gaza in March 2025.", "ISR", "PSE", "195")]
    [InlineData("Israel began its strikes on Iranian nuclear sites on June 13, 2025.", "ISR", "IRN", "195")]
    [InlineData("Moscow started missile strikes on Kharkiv in May 2024.", "RUS", "UKR", "195")]
    [InlineData("Turkey has widened its airstrikes on Kurdish militants inside Iraq, officials said.", "TUR", "IRQ", "195")]
    [InlineData("Saudi Arabia started airstrikes against Yemen in March 2015.", "SAU", "YEM", "195")]
    public void SenseRows_CodeTheirEvent(string text, string source, string target, string cameo) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value == cameo);

    [Theory]
    [InlineData("Biden referred to Putin as a killer in March 2021.", "115")]
    [InlineData("The ministry referred the matter to the court's assembly in 2024.", "115")]
    [InlineData("Lithuania did not refer Belarus to the court.", "115")]
    [InlineData("Putin left the SCO summit early on Friday.", "160")]
    [InlineData("Erdogan left NATO headquarters after the meeting.", "160")]
    [InlineData("Britain may leave the European Court of Human Rights.", "160")]
    [InlineData("The Kazakh president left the EAEU meeting in Minsk early.", "160")]
    [InlineData("Israel broke ground on new settlements in the West Bank in 2024.", "061")]
    [InlineData("Workers broke ground on the new stadium in Astana.", "061")]
    [InlineData("India flew fighter jets to Ladakh in 2020.", "073")]
    [InlineData("Modi flew to Moscow on Monday.", "073")]
    [InlineData("Blinken flew to Kyiv on Wednesday and announced $1 billion in aid.", "073")]
    [InlineData("Kazakhstan opened a new embassy in Mongolia in 2024.", "043")]
    [InlineData("Kazakhstan opened its border with China in 2023.", "043")]
    [InlineData("Workers began strikes on Monday in Tehran.", "195")]
    [InlineData("Israel did not resume its strikes on Gaza.", "195")]
    public void NotTheAct_GivesNoEventOfTheCode(string text, string cameo) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.Value == cameo);
}
