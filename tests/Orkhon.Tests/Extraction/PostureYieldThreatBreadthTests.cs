using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// The p26-breadth2 rows of roots 15, 08 and 13, written from the CAMEO manual's sub-codes and probed with our own
/// phrasings before any corpus miss was read: an alert raised to its top level, forces stationed near a frontier and a
/// build-up told as a noun (15); forces stood down, land or a seized ship handed over, sanctions or a blockade lifted as
/// a noun (08); a threat told by the weapon it names and an ultimatum delivered or served (13). Each sense in several
/// phrasings, with the hard negatives that keep the light verbs ("stood down", "handed over", "build-up") to the event.
/// </summary>
public sealed class PostureYieldThreatBreadthTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Theory]
    // 15: the top alert told as a level, declared or ordered (152)
    [InlineData("Belgrade put its army on the highest level of combat readiness near Kosovo in December 2022.", "SRB", "XKX", "152")]
    [InlineData("Serbia placed its troops on full combat readiness along the Kosovo boundary on Sunday.", "SRB", "XKX", "152")]
    [InlineData("Pyongyang ordered full combat readiness on the border with South Korea in August 2015.", "PRK", "KOR", "152")]
    [InlineData("Armenia's defence ministry brought its units to maximum readiness near Azerbaijan on Tuesday.", "ARM", "AZE", "152")]
    [InlineData("India declared a top alert along the frontier with Pakistan after the attack.", "IND", "PAK", "152")]
    [InlineData("Baku brought its forces to full combat readiness on the border with Armenia on Monday.", "AZE", "ARM", "152")]
    // 15: troops, tanks or missiles stationed, positioned or posted near a frontier (154)
    [InlineData("China stationed troops along its border with India in 2020.", "CHN", "IND", "154")]
    [InlineData("Russia has positioned tanks and artillery near the Ukrainian border, the Pentagon said on Friday.", "RUS", "UKR", "154")]
    [InlineData("Azerbaijan posted soldiers along the border with Armenia on Monday.", "AZE", "ARM", "154")]
    [InlineData("Venezuela stationed 5,000 troops near the frontier with Guyana in December 2023.", "VEN", "GUY", "154")]
    [InlineData("Turkey positioned artillery units near the Syrian border in 2019.", "TUR", "SYR", "154")]
    // 15: troops, soldiers or tanks massed or mobilised facing a state (154, increasing armed forces)
    [InlineData("Russia massed troops on its border with Ukraine in late 2021.", "RUS", "UKR", "154")]
    [InlineData("Azerbaijan massed soldiers and tanks along the border with Armenia in September 2022.", "AZE", "ARM", "154")]
    [InlineData("Ethiopia has mobilised forces near the Eritrean border, diplomats said on Monday.", "ETH", "ERI", "154")]
    [InlineData("China massed tanks near the Indian frontier in 2020.", "CHN", "IND", "154")]
    [InlineData("Eritrea massed troops near the Ethiopian border in 2020.", "ERI", "ETH", "154")]
    // 15: a build-up told as a possessed noun with its place (154)
    [InlineData("Russia's military build-up near Ukraine alarmed NATO in 2021.", "RUS", "UKR", "154")]
    [InlineData("China's military buildup along the Indian border continued through 2021.", "CHN", "IND", "154")]
    [InlineData("Belgrade's build-up near Kosovo worried Washington in October 2022.", "SRB", "XKX", "154")]
    [InlineData("Azerbaijan's build-up near Armenia's border drew a protest from Yerevan.", "AZE", "ARM", "154")]
    [InlineData("Venezuela's buildup near the Guyanese frontier raised fears in Georgetown.", "VEN", "GUY", "154")]
    // 08: forces stood down, an alert lowered (087)
    [InlineData("India stood down its troops along the border with Pakistan on Friday.", "IND", "PAK", "087")]
    [InlineData("Pakistan's military stood down its forces on the border with India on Sunday.", "PAK", "IND", "087")]
    [InlineData("Seoul stood down its fighter jets after the North Korean drones left.", "KOR", "PRK", "087")]
    [InlineData("Armenia has stood down its reservists mobilised for the border clashes with Azerbaijan.", "ARM", "AZE", "087")]
    [InlineData("Taiwan stood down its forces on Monday after the Chinese drills ended.", "TWN", "CHN", "087")]
    [InlineData("Islamabad lowered the alert level of its forces on the border with India in June 2025.", "PAK", "IND", "087")]
    [InlineData("Japan lowered the alert of its missile defence units after the North Korean launch.", "JPN", "PRK", "087")]
    // 08: land, control or a seized ship handed over (0842)
    [InlineData("Armenia handed over four villages to Azerbaijan in May 2024.", "ARM", "AZE", "0842")]
    [InlineData("Israel handed over the occupied territory to Egypt in 1982.", "ISR", "EGY", "0842")]
    [InlineData("Tajikistan handed over disputed land to China in 2011.", "TJK", "CHN", "0842")]
    [InlineData("Kyrgyzstan has handed over the border villages to Tajikistan under the 2025 treaty.", "KGZ", "TJK", "0842")]
    [InlineData("Tehran handed over the seized British tanker in September 2019.", "IRN", "GBR", "0842")]
    [InlineData("Russia handed over the captured Ukrainian vessels to Kyiv in November 2019.", "RUS", "UKR", "0842")]
    // 08: the lifting or easing of sanctions and blockades as a possessed noun or with its agent after by (085, 0872)
    [InlineData("Washington's lifting of sanctions on Syria was welcomed in Damascus.", "USA", "SYR", "085")]
    [InlineData("The EU's easing of curbs on Belarusian potash angered Lithuania.", "EU", "BLR", "085")]
    [InlineData("China's removal of tariffs on Australian barley in 2023 ended a long dispute.", "CHN", "AUS", "085")]
    [InlineData("Japan's suspension of sanctions against North Korea came in July 2014.", "JPN", "PRK", "085")]
    [InlineData("The lifting of sanctions on Iran by the European Union in January 2016 opened trade.", "EU", "IRN", "085")]
    [InlineData("Riyadh's lifting of the blockade of Qatar came in January 2021.", "SAU", "QAT", "0872")]
    [InlineData("Israel's easing of the blockade on Gaza in June 2010 followed the flotilla raid.", "ISR", "PSE", "0872")]
    // 08: tariffs or sanctions paused, delayed, postponed or deferred (085)
    [InlineData("Trump paused the tariffs on Mexico for 30 days.", "USA", "MEX", "085")]
    [InlineData("The United States delayed tariffs on Canadian goods by a month in February 2025.", "USA", "CAN", "085")]
    [InlineData("Washington postponed the planned duties on Chinese electric cars in 2024.", "USA", "CHN", "085")]
    [InlineData("The European Union deferred its levies on American whiskey until 2026.", "EU", "USA", "085")]
    [InlineData("Beijing paused its sanctions on Lithuanian firms in 2023.", "CHN", "LTU", "085")]
    // 08: a prisoner swap carried out, conducted, completed or held by its parties (0841)
    [InlineData("Russia and Ukraine carried out a prisoner swap on Friday.", "RUS", "UKR", "0841")]
    [InlineData("Armenia and Azerbaijan completed a prisoner exchange in December 2023.", "ARM", "AZE", "0841")]
    [InlineData("Moscow and Washington conducted a prisoner swap in Abu Dhabi in December 2022.", "RUS", "USA", "0841")]
    [InlineData("Russia carried out a prisoner exchange with Ukraine on Saturday.", "RUS", "UKR", "0841")]
    [InlineData("Israel and Hamas held a prisoner exchange in November 2023.", "ISR", "PSE", "0841")]
    // 13: a threat told by the weapon threatened (138)
    [InlineData("Hezbollah threatened Israel with rockets on Monday.", "LBN", "ISR", "138")]
    [InlineData("North Korea threatened Seoul with artillery shelling on Tuesday.", "PRK", "KOR", "138")]
    [InlineData("Russia threatened Ukraine with a massive bombardment of Kyiv in 2022.", "RUS", "UKR", "138")]
    [InlineData("Israel threatened Lebanon with airstrikes on Beirut on Sunday.", "ISR", "LBN", "138")]
    [InlineData("Iran threatened the United States with rocket fire on its bases in Iraq.", "IRN", "USA", "138")]
    // 13: an ultimatum delivered, presented, handed or served (139)
    [InlineData("Israel delivered an ultimatum to Hamas on Sunday.", "ISR", "PSE", "139")]
    [InlineData("Russia presented Ukraine with an ultimatum in March 2022.", "RUS", "UKR", "139")]
    [InlineData("ECOWAS handed Niger's junta a one-week ultimatum on Sunday.", "ECOWAS", "NER", "139")]
    [InlineData("Washington served Caracas with an ultimatum in 2019.", "USA", "VEN", "139")]
    [InlineData("The European Union delivered a two-week ultimatum to Belgrade.", "EU", "SRB", "139")]
    public void BreadthRows_CodeTheirEvent(string text, string source, string target, string cameo) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value == cameo);

    [Theory]
    [InlineData("The minister stood down on Friday after the scandal.", "08")]
    [InlineData("The Russian commander stood down in 2023.", "08")]
    [InlineData("The police lowered the flood alert in the province.", "08")]
    [InlineData("The company handed over the keys to the new owners.", "08")]
    [InlineData("Mongolia handed over the chairmanship to Kazakhstan in 2024.", "08")]
    [InlineData("The lifting of sanctions on Syria is under discussion.", "08")]
    [InlineData("India did not stand down its troops along the border with Pakistan.", "08")]
    [InlineData("The United States did not pause tariffs on China.", "08")]
    [InlineData("Trump may delay the tariffs on Canada.", "08")]
    [InlineData("Russia and Ukraine discussed a prisoner swap on Friday.", "08")]
    [InlineData("Hezbollah did not threaten Israel with rockets.", "13")]
    [InlineData("Residents said the shelling threatened the harvest.", "13")]
    [InlineData("Israel did not deliver an ultimatum to Hamas.", "13")]
    [InlineData("Russia rejected the ultimatum from NATO.", "13")]
    [InlineData("The storm put the islands on high alert.", "15")]
    [InlineData("China's economic buildup in the region worried Japan.", "15")]
    [InlineData("The museum stationed guards at the entrance.", "15")]
    [InlineData("Kazakhstan's build-up of grain reserves continued in 2024.", "15")]
    public void NotTheAct_GivesNoEventOfTheRoot(string text, string root) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.Value.StartsWith(root, StringComparison.Ordinal));
}
