using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A challenge set for the cooperative and verbal roots 01–07, written for the p10-verbal pass in agency style (titles,
/// surnames, capitals, "the two sides"): statements, appeals, intents, consultations, diplomatic and material cooperation
/// and aid, each with its source, target and CAMEO root (or sub-code where the sub-code is the point). None of these
/// sentences is taken from a corpus or a seed article.
/// </summary>
public sealed class VerbalCooperationChallengeTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, new DateOnly(2024, 6, 14));

    [Theory]
    // 01: public statements and comments
    [InlineData("Russian Foreign Minister Sergei Lavrov expressed concern on Tuesday over NATO's build-up near the Finnish border.", "RUS", "NATO", "11")]
    [InlineData("Tokyo voiced concern about Chinese coast guard patrols near the Senkaku Islands.", "JPN", "CHN", "11")]
    [InlineData("The Indian foreign ministry declined to comment on Canada's allegations.", "IND", "CAN", "01")]
    [InlineData("Israel's foreign ministry refused to comment on the Turkish accusations.", "ISR", "TUR", "01")]
    [InlineData("Beijing acknowledged responsibility for the collision with the Philippine vessel.", "CHN", "PHL", "015")]
    [InlineData("Kazakh President Kassym-Jomart Tokayev expressed optimism about relations with Moscow.", "KAZ", "RUS", "013")]
    [InlineData("Armenian Prime Minister Nikol Pashinyan said he was optimistic about a peace deal with Azerbaijan.", "ARM", "AZE", "013")]
    [InlineData("Egypt's foreign ministry expressed solidarity with Morocco after the earthquake.", "EGY", "MAR", "018")]
    [InlineData("Chinese President Xi Jinping sent a message of condolence to Turkish President Recep Tayyip Erdogan over the earthquake.", "CHN", "TUR", "018")]
    [InlineData("Pakistan denied the Indian allegations of cross-border infiltration.", "PAK", "IND", "016")]
    [InlineData("Riyadh expressed its agreement with Cairo's position on the Nile dam.", "SAU", "EGY", "019")]
    [InlineData("The State Department said it was weighing sanctions against Georgia over the foreign agents law.", "USA", "GEO", "014")]
    [InlineData("Seoul voiced scepticism about Pyongyang's offer of talks.", "KOR", "PRK", "012")]
    [InlineData("Japanese Prime Minister Fumio Kishida expressed hope for better ties with Beijing.", "JPN", "CHN", "013")]
    [InlineData("Tehran commented on Washington's proposal on Tuesday, calling it a step forward.", "IRN", "USA", "01")]
    // 02: appeals
    [InlineData("U.N. Secretary-General Antonio Guterres called on Israel to allow more aid into Gaza.", "UN", "ISR", "02")]
    [InlineData("German Chancellor Olaf Scholz urged China to use its influence on Russia.", "DEU", "CHN", "02")]
    [InlineData("Kyiv asked Washington to speed up deliveries of air defence systems.", "UKR", "USA", "02")]
    [InlineData("Pakistan appealed to China for emergency loans.", "PAK", "CHN", "02")]
    [InlineData("Sri Lanka sought a bailout from the International Monetary Fund.", "LKA", "IMF", "02")]
    [InlineData("Egypt requested help from Saudi Arabia to ease its currency crisis.", "EGY", "SAU", "02")]
    [InlineData("Tehran pressed Baghdad to hand over the suspects.", "IRN", "IRQ", "10")]
    [InlineData("Philippine President Ferdinand Marcos Jr. pleaded with Washington to reaffirm its defence commitment.", "PHL", "USA", "02")]
    [InlineData("The European Union called for Serbia and Kosovo to resume dialogue.", "EU", "SRB", "10")]
    [InlineData("Nepal requested India to reopen the border crossings.", "NPL", "IND", "02")]
    [InlineData("Kenya asked the United States for more help in fighting al-Shabaab.", "KEN", "USA", "02")]
    [InlineData("Ukrainian Foreign Minister Dmytro Kuleba implored NATO to send more Patriot systems.", "UKR", "NATO", "02")]
    [InlineData("Japan's foreign minister appealed to Beijing for restraint.", "JPN", "CHN", "02")]
    [InlineData("Moldova sought Romania's help to secure its gas supplies.", "MDA", "ROU", "02")]
    [InlineData("Canada encouraged India to cooperate with the investigation.", "CAN", "IND", "02")]
    [InlineData("Bangladesh renewed its appeal to Myanmar to take back the Rohingya refugees.", "BGD", "MMR", "02")]
    // 03: intents
    [InlineData("Japan pledged $500 million in aid to Ukraine.", "JPN", "UKR", "03")]
    [InlineData("China promised to buy more Australian barley.", "CHN", "AUS", "03")]
    [InlineData("Indian Prime Minister Narendra Modi vowed to help Sri Lanka rebuild its economy.", "IND", "LKA", "03")]
    [InlineData("Turkey offered to host talks between Russia and Ukraine.", "TUR", "UKR", "03")]
    [InlineData("Washington and Manila agreed to expand joint patrols in the South China Sea.", "USA", "PHL", "03")]
    [InlineData("Kazakhstan is ready to supply more grain to Afghanistan, its agriculture minister said.", "KAZ", "AFG", "03")]
    [InlineData("Qatar expressed willingness to mediate between Washington and Caracas.", "QAT", "VEN", "03")]
    [InlineData("The European Union committed 50 billion euros to Ukraine's recovery.", "EU", "UKR", "03")]
    [InlineData("Germany intends to deliver more howitzers to Kyiv.", "DEU", "UKR", "03")]
    [InlineData("India offered to help the Maldives with water supplies.", "IND", "MDV", "03")]
    [InlineData("Uzbek President Shavkat Mirziyoyev expressed readiness to expand cooperation with Turkmenistan.", "UZB", "TKM", "03")]
    [InlineData("Iran has offered to sell gas to Pakistan at a discount.", "IRN", "PAK", "03")]
    [InlineData("Prime Minister Anthony Albanese said Australia would provide additional support to Papua New Guinea.", "AUS", "PNG", "03")]
    [InlineData("Seoul announced it would extend a $1 billion credit line to Hanoi.", "KOR", "VNM", "03")]
    [InlineData("Brazil is willing to host the next round of talks between Caracas and Bogota.", "BRA", "VEN", "03")]
    // 04: consultations
    [InlineData("Indian Prime Minister Narendra Modi spoke by phone with Russian President Vladimir Putin on Friday.", "IND", "RUS", "04")]
    [InlineData("French President Emmanuel Macron held a phone call with Chinese President Xi Jinping.", "FRA", "CHN", "04")]
    [InlineData("Blinken phoned his Turkish counterpart Hakan Fidan on Sunday.", "USA", "TUR", "04")]
    [InlineData("Japanese Prime Minister Fumio Kishida held talks with South Korean President Yoon Suk Yeol in Tokyo.", "JPN", "KOR", "04")]
    [InlineData("Xi met Biden on the sidelines of the APEC summit in San Francisco.", "CHN", "USA", "04")]
    [InlineData("Saudi Crown Prince Mohammed bin Salman hosted Syrian President Bashar al-Assad in Jeddah.", "SAU", "SYR", "04")]
    [InlineData("Egyptian President Abdel Fattah al-Sisi received the Qatari emir in Cairo on Tuesday.", "EGY", "QAT", "04")]
    [InlineData("Pakistan's foreign minister paid a visit to Kabul last week.", "PAK", "AFG", "04")]
    [InlineData("Australian Foreign Minister Penny Wong and her Chinese counterpart Wang Yi held a video call on Thursday.", "AUS", "CHN", "04")]
    [InlineData("Kazakhstan and Kyrgyzstan held political consultations in Bishkek.", "KAZ", "KGZ", "04")]
    [InlineData("The Indian and Chinese defence ministers conferred in Moscow.", "IND", "CHN", "04")]
    [InlineData("Turkish President Recep Tayyip Erdogan held a telephone conversation with Putin.", "TUR", "RUS", "04")]
    [InlineData("Iranian Foreign Minister Abbas Araghchi visited Riyadh on Wednesday.", "IRN", "SAU", "04")]
    [InlineData("The Chinese and Indian foreign ministers talked by phone.", "CHN", "IND", "04")]
    [InlineData("Erdogan and Aliyev discussed the situation in the region in a telephone call.", "TUR", "AZE", "04")]
    [InlineData("South African President Cyril Ramaphosa hosted his Kenyan counterpart William Ruto in Pretoria.", "ZAF", "KEN", "04")]
    [InlineData("Lavrov had a phone conversation with his Iranian counterpart on Monday.", "RUS", "IRN", "04")]
    [InlineData("The Egyptian and Israeli intelligence chiefs met in Cairo to discuss the truce.", "EGY", "ISR", "04")]
    [InlineData("Ukrainian President Volodymyr Zelenskyy had a video call with British Prime Minister Keir Starmer.", "UKR", "GBR", "04")]
    [InlineData("Indonesian President Joko Widodo exchanged views with Chinese Premier Li Qiang on regional security.", "IDN", "CHN", "04")]
    // 05: diplomatic cooperation
    [InlineData("Ukraine praised Poland for taking in refugees.", "UKR", "POL", "05")]
    [InlineData("Washington endorsed India's bid for a permanent seat on the Security Council.", "USA", "IND", "05")]
    [InlineData("Saudi Arabia and Iran restored diplomatic ties in March 2023.", "SAU", "IRN", "05")]
    [InlineData("Honduras established diplomatic relations with China.", "HND", "CHN", "05")]
    [InlineData("The Dutch prime minister apologised to Indonesia for the violence of the colonial era.", "NLD", "IDN", "055")]
    [InlineData("Israel granted recognition to Kosovo.", "ISR", "XKX", "05")]
    [InlineData("German Chancellor Olaf Scholz commended Kazakhstan for its neutrality.", "DEU", "KAZ", "05")]
    [InlineData("Erdogan congratulated Putin on his re-election.", "TUR", "RUS", "05")]
    [InlineData("Moscow thanked Pyongyang for its support.", "RUS", "PRK", "05")]
    [InlineData("Indonesia welcomed Australia's decision to lift the travel ban.", "IDN", "AUS", "05")]
    [InlineData("Ankara backed Sweden's NATO bid after months of delay.", "TUR", "SWE", "05")]
    [InlineData("Seoul voiced support for Washington's new policy on North Korea.", "KOR", "USA", "05")]
    [InlineData("Ukrainian President Volodymyr Zelenskyy hailed Germany's decision to send Leopard tanks.", "UKR", "DEU", "05")]
    [InlineData("Japan apologized to China for the incursion into its airspace.", "JPN", "CHN", "055")]
    [InlineData("Rwanda forgave France for its role in the 1994 genocide.", "RWA", "FRA", "056")]
    [InlineData("The foreign ministers of Bahrain and Qatar agreed to restore diplomatic relations.", "BHR", "QAT", "054")]
    // 06: material cooperation
    [InlineData("Russian and Chinese navies held joint exercises in the Sea of Japan.", "RUS", "CHN", "06")]
    [InlineData("Britain shared intelligence with Ukraine on Russian troop movements.", "GBR", "UKR", "06")]
    [InlineData("Thailand extradited a Russian hacker to the United States.", "THA", "USA", "06")]
    [InlineData("Kenyan and Somali forces conducted joint patrols along the border.", "KEN", "SOM", "06")]
    [InlineData("Egypt and Greece held joint naval drills in the Mediterranean.", "EGY", "GRC", "06")]
    [InlineData("Japanese companies invested $2 billion in Vietnam's renewable energy sector.", "JPN", "VNM", "06")]
    [InlineData("Ukraine handed over two suspects to Polish prosecutors.", "UKR", "POL", "06")]
    [InlineData("Pakistani and Chinese air forces staged joint drills.", "PAK", "CHN", "06")]
    // 07: aid
    [InlineData("Japan sent emergency aid to Turkey after the earthquake.", "JPN", "TUR", "07")]
    [InlineData("China donated 500,000 vaccine doses to Cambodia.", "CHN", "KHM", "07")]
    [InlineData("The World Bank provided a $300 million loan to Mongolia.", "WB", "MNG", "07")]
    [InlineData("Brazil deployed peacekeepers to Haiti.", "BRA", "HTI", "07")]
    [InlineData("The United Arab Emirates delivered humanitarian supplies to Gaza.", "ARE", "PSE", "07")]
    [InlineData("India dispatched relief materials to Myanmar after the cyclone.", "IND", "MMR", "07")]
    [InlineData("The Asian Development Bank approved a $150 million loan for Kyrgyzstan.", "ADB", "KGZ", "07")]
    [InlineData("Saudi Arabia deposited $3 billion in Pakistan's central bank.", "SAU", "PAK", "07")]
    [InlineData("South Korea airlifted medical supplies to Nepal.", "KOR", "NPL", "07")]
    [InlineData("The European Union disbursed 1.5 billion euros to Ukraine.", "EU", "UKR", "07")]
    [InlineData("Norway gave Ethiopia $20 million in food aid.", "NOR", "ETH", "07")]
    [InlineData("Kuwait funded the construction of a hospital in Sudan.", "KWT", "SDN", "07")]
    [InlineData("Washington shipped thousands of artillery shells to Kyiv.", "USA", "UKR", "07")]
    [InlineData("Germany granted asylum to a Russian diplomat.", "DEU", "RUS", "07")]
    [InlineData("Turkey's disaster agency AFAD sent search and rescue teams to Morocco.", "TUR", "MAR", "07")]
    [InlineData("China extended a $2 billion loan to Pakistan.", "CHN", "PAK", "07")]
    public void ChallengeSentence_CodesItsEvent(string text, string source, string target, string code) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value.StartsWith(code, StringComparison.Ordinal));

    [Theory]
    // A second round across the seven roots: praise and support, normalisation, phone calls and video links, sideline
    // meetings, pledges and offers, appeals for relief, exchanges, extraditions, training, loans, airdrops and resettlement.
    [InlineData("Hungarian Prime Minister Viktor Orban lauded Chinese President Xi Jinping's peace efforts on Monday.", "HUN", "CHN", "05")]
    [InlineData("Italy's foreign minister Antonio Tajani applauded Albania's progress towards EU membership.", "ITA", "ALB", "05")]
    [InlineData("The Kremlin welcomed Hungary's decision to block the EU aid package.", "RUS", "HUN", "05")]
    [InlineData("Cuba expressed gratitude to Mexico for the fuel shipments.", "CUB", "MEX", "05")]
    [InlineData("The Dutch government formally apologised to Suriname for slavery in December 2022.", "NLD", "SUR", "05")]
    [InlineData("Israel and Morocco normalised relations in December 2020.", "ISR", "MAR", "05")]
    [InlineData("Indonesia and Malaysia agreed to cooperate in fighting haze from forest fires.", "IDN", "MYS", "03")]
    [InlineData("French President Emmanuel Macron telephoned Ukrainian President Volodymyr Zelenskiy on Sunday.", "FRA", "UKR", "04")]
    [InlineData("German Chancellor Olaf Scholz held a video conference with Chinese Premier Li Qiang.", "DEU", "CHN", "04")]
    [InlineData("Indian Foreign Minister S. Jaishankar met his Chinese counterpart Wang Yi on the margins of the SCO meeting in Astana.", "IND", "CHN", "04")]
    [InlineData("Vietnam's top leader To Lam received U.S. Secretary of State Antony Blinken in Hanoi on Tuesday.", "VNM", "USA", "04")]
    [InlineData("The Turkish president called his Russian counterpart on Friday to discuss the grain deal.", "TUR", "RUS", "04")]
    [InlineData("Kenyan President William Ruto paid a state visit to South Korea in November 2024.", "KEN", "KOR", "04")]
    [InlineData("Japan vowed to stand by the Philippines in its dispute with Beijing.", "JPN", "PHL", "03")]
    [InlineData("Saudi Arabia promised Egypt $5 billion in investments.", "SAU", "EGY", "03")]
    [InlineData("Pakistan agreed to buy discounted crude oil from Russia.", "PAK", "RUS", "03")]
    [InlineData("Greece pledged to send humanitarian aid to Libya after the floods.", "GRC", "LBY", "03")]
    [InlineData("India signalled its willingness to resume talks with Pakistan.", "IND", "PAK", "03")]
    [InlineData("The UAE committed to investing $35 billion in Egypt's Ras El-Hekma project.", "ARE", "EGY", "03")]
    [InlineData("Poland urged Germany to send Leopard tanks to Ukraine.", "POL", "DEU", "02")]
    [InlineData("Zelenskiy appealed to Western leaders for more air defence systems.", "UKR", "WST", "02")]
    [InlineData("Argentina asked China to extend its currency swap line.", "ARG", "CHN", "02")]
    [InlineData("Sri Lanka's president sought debt relief from India and China.", "LKA", "IND", "02")]
    [InlineData("Lebanon requested assistance from France after the Beirut port blast.", "LBN", "FRA", "02")]
    [InlineData("The Philippines pressed China to stop harassing its fishermen.", "PHL", "CHN", "10")]
    [InlineData("The United States and India signed a defence framework agreement on Friday.", "USA", "IND", "05")]
    [InlineData("Azerbaijan and Armenia exchanged prisoners of war in December 2023.", "AZE", "ARM", "08")]
    [InlineData("Qatar brokered the release of four Ukrainian children from Russia.", "QAT", "UKR", "04")]
    [InlineData("Turkey extradited an Iranian dissident to Tehran in 2023.", "TUR", "IRN", "06")]
    [InlineData("The Polish army trained Ukrainian soldiers on Leopard tanks.", "POL", "UKR", "06")]
    [InlineData("Germany's KfW development bank granted a 50 million euro loan to Uzbekistan.", "DEU", "UZB", "07")]
    [InlineData("The Japan International Cooperation Agency provided $100 million to Bangladesh for a power plant.", "JPN", "BGD", "07")]
    [InlineData("China sent a medical team to Nepal after the earthquake.", "CHN", "NPL", "07")]
    [InlineData("The World Food Programme delivered food to Afghanistan.", "WFP", "AFG", "07")]
    [InlineData("South Korea expressed disappointment over Japan's decision to release treated water.", "KOR", "JPN", "11")]
    [InlineData("Moscow hailed its \"no limits\" partnership with Beijing.", "RUS", "CHN", "05")]
    [InlineData("Beijing said it \"firmly supports\" Russia's efforts to safeguard its security.", "CHN", "RUS", "05")]
    [InlineData("Tokyo reiterated its support for Taiwan's participation in the World Health Assembly.", "JPN", "TWN", "05")]
    [InlineData("The Arab League backed Egypt's position on the Grand Ethiopian Renaissance Dam.", "LAS", "EGY", "05")]
    [InlineData("New Delhi extended its congratulations to Dhaka on the election result.", "IND", "BGD", "05")]
    [InlineData("The Kazakh foreign ministry issued a statement supporting Azerbaijan's territorial integrity.", "KAZ", "AZE", "05")]
    [InlineData("Seoul agreed with Washington's assessment of the North Korean threat.", "KOR", "USA", "01")]
    [InlineData("Russia's ambassador conveyed Moscow's condolences to Ankara after the earthquake.", "RUS", "TUR", "01")]
    [InlineData("China's foreign ministry spokesman Wang Wenbin said Beijing was ready to work with Moscow.", "CHN", "RUS", "03")]
    [InlineData("Tehran offered to supply Baghdad with electricity for the summer.", "IRN", "IRQ", "03")]
    [InlineData("Ankara signalled that it was prepared to restore ties with Damascus.", "TUR", "SYR", "03")]
    [InlineData("Hungary's foreign minister Peter Szijjarto travelled to Minsk for talks with Belarusian officials.", "HUN", "BLR", "04")]
    [InlineData("Kazakh President Kassym-Jomart Tokayev welcomed Mongolian President Ukhnaagiin Khurelsukh to Astana on Tuesday.", "KAZ", "MNG", "04")]
    [InlineData("Uzbekistan's President Shavkat Mirziyoyev and Tajik President Emomali Rahmon talked by telephone on Friday.", "UZB", "TJK", "04")]
    [InlineData("The foreign ministers of Kazakhstan and Kyrgyzstan conferred by video link on Thursday.", "KAZ", "KGZ", "04")]
    [InlineData("Thai Prime Minister Srettha Thavisin flew to Beijing for a four-day visit.", "THA", "CHN", "04")]
    [InlineData("Georgia and Azerbaijan staged a joint military exercise near Tbilisi.", "GEO", "AZE", "06")]
    [InlineData("The Indian navy held joint drills with the French navy in the Arabian Sea.", "IND", "FRA", "06")]
    [InlineData("Turkmenistan agreed to supply gas to Pakistan and India through the TAPI pipeline.", "TKM", "PAK", "03")]
    [InlineData("Seoul and Tokyo agreed to resume their currency swap agreement.", "KOR", "JPN", "03")]
    [InlineData("Saudi Arabia sent a plane loaded with relief supplies to Syria.", "SAU", "SYR", "07")]
    [InlineData("The EU released 500 million euros in macro-financial assistance to Moldova.", "EU", "MDA", "07")]
    [InlineData("Australia airdropped food to Papua New Guinea after the landslide.", "AUS", "PNG", "07")]
    [InlineData("Canada resettled 40,000 Afghan refugees by the end of 2023.", "CAN", "AFG", "07")]
    [InlineData("Kyrgyz President Sadyr Japarov expressed his gratitude to Moscow for its help.", "KGZ", "RUS", "05")]
    [InlineData("The Chinese ambassador handed over 100 computers to Mongolia's education ministry.", "CHN", "MNG", "07")]
    public void ChallengeSecondRound_CodesItsEvent(string text, string source, string target, string root) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value.StartsWith(root, StringComparison.Ordinal));

    [Theory]
    [InlineData("Chinese President Xi Jinping met Kazakh President Kassym-Jomart Tokayev in Astana on Tuesday. The two leaders pledged to deepen cooperation in energy.", "KAZ", "CHN", "03")]
    [InlineData("Indian Prime Minister Narendra Modi arrived in Colombo on Friday. He promised Sri Lanka fresh credit lines.", "IND", "LKA", "03")]
    [InlineData("Turkish President Recep Tayyip Erdogan spoke with Zelenskyy on Saturday. Erdogan urged him to return to talks with Moscow.", "TUR", "UKR", "02")]
    [InlineData("Armenian and Azerbaijani foreign ministers met in Washington on Monday. The two sides agreed to meet again next month.", "ARM", "AZE", "03")]
    [InlineData("ANKARA, March 3 (Reuters) - Turkey will send 100 ambulances to Syria, Health Minister Fahrettin Koca said on Friday.", "TUR", "SYR", "03")]
    [InlineData("Japan's foreign minister Yoko Kamikawa visited Manila on Monday. She praised the Philippines for its stance on the South China Sea.", "JPN", "PHL", "05")]
    [InlineData("Kazakh President Kassym-Jomart Tokayev hosted Uzbek leader Shavkat Mirziyoyev on Thursday. Mirziyoyev thanked Tokayev for the warm welcome.", "UZB", "KAZ", "05")]
    public void ChallengeExcerpt_CodesItsEvent(string text, string source, string target, string code) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value.StartsWith(code, StringComparison.Ordinal));

    [Fact]
    public void TheThreeLeaders_AfterAThreeWayMeeting_AreAllThree()
    {
        var events = Extract("Brazilian President Luiz Inacio Lula da Silva hosted Indian Prime Minister Narendra Modi and South African President Cyril Ramaphosa in Brasilia on Monday. The three leaders agreed to hold joint naval exercises next year.");

        foreach (var (source, target) in new[] { ("BRA", "IND"), ("IND", "ZAF"), ("ZAF", "BRA") })
        {
            Assert.Contains(events, e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value.StartsWith("03", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void TheTwoLeaders_StillAreTheLastTwo() =>
        Assert.Contains(Extract("Brazilian President Luiz Inacio Lula da Silva met Argentine President Javier Milei in Brasilia on Monday. The two leaders agreed to hold joint naval exercises next year."),
            e => e.Source.Code == "ARG" && e.Target.Code == "BRA" && e.Cameo.Value.StartsWith("03", StringComparison.Ordinal));

    [Fact]
    public void AdjectiveOfAGapNoun_IsPassed_WhenThePhraseNamesItsTargetAfter()
    {
        var events = Extract("Indonesia deported two Australian drug smugglers to Singapore in 2019. Georgia extradited a Turkish businessman to Germany in 2021.");

        Assert.Contains(events, e => e.Source.Code == "GEO" && e.Target.Code == "DEU" && e.Cameo.Value == "063");
        Assert.DoesNotContain(events, e => e.Source.Code == "GEO" && e.Target.Code == "TUR");
    }

    [Fact]
    public void AdjectiveOfThePhrasesLastNoun_StaysTheTarget() =>
        Assert.Contains(Extract("Seoul unfroze $6 billion of Iranian funds in September 2023."),
            e => e.Source.Code == "KOR" && e.Target.Code == "IRN" && e.Cameo.Value.StartsWith("08", StringComparison.Ordinal));

    [Fact]
    public void CompaniesOfAState_InvestButDoNotVisit()
    {
        Assert.Contains(Extract("Turkish companies invested $400 million in Uzbekistan's textile industry in 2022."),
            e => e.Source.Code == "TUR" && e.Target.Code == "UZB" && e.Cameo.Value == "061");
        Assert.DoesNotContain(Extract("Turkish companies visited Uzbekistan in 2022."), e => e.Source.Code == "TUR");
    }

    [Fact]
    public void RefusingToCommentOnReports_CodesNothing() =>
        Assert.DoesNotContain(Extract("Tokyo declined to comment on reports that Chinese ships had entered its waters."),
            e => e.Cameo.Value.StartsWith("01", StringComparison.Ordinal));

    [Theory]
    [InlineData("Analysts said Beijing could offer Moscow more credit if sanctions tighten.")]
    [InlineData("Tokyo has not sent aid to Pyongyang since 2002.")]
    [InlineData("Kenya's football team thanked its Ugandan hosts after the match.")]
    [InlineData("Poland refused to sign the migration pact with Brussels.")]
    [InlineData("The Indian prime minister did not speak with his Pakistani counterpart during the summit.")]
    [InlineData("London raised concerns about Chinese support for Russia's war effort.")]
    [InlineData("Paris is keen to diversify its supplies of uranium from Niger.")]
    [InlineData("Lawmakers said a phone call between the two presidents was unlikely before the election.")]
    public void ChallengeNegative_CodesNothing(string text) =>
        Assert.DoesNotContain(Extract(text), e => int.Parse(e.Cameo.Value[..2], System.Globalization.CultureInfo.InvariantCulture) <= 7);
}
