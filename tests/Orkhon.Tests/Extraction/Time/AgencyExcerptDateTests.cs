using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// A second challenge set for dates: excerpts of two to four sentences in agency style, our own, each with a dateline
/// whose day is Wednesday 12 March 2025 (10 March was a Monday) unless the item says otherwise. They exercise what real
/// copy does with time: "on Tuesday" under a Wednesday dateline, "late on Sunday", "overnight", "earlier this week", "last
/// month", "in the past week", "this year", past-perfect background with its own year, "a year after", anniversaries of
/// older acts, ongoing states "since 2022", comparisons "the first since 2019", and later sentences that point back with
/// a pronoun, with and without a time of their own.
/// </summary>
public sealed class AgencyExcerptDateTests
{
    private const string Wednesday = "2025-03-12";

    private static string[] Dated(string text, string docDate) => RandomNewsDays.Coded(text, docDate);

    [Theory]
    // "on Tuesday" under a Wednesday dateline is the day before; the reporting clause's day does not date the act.
    [InlineData("VILNIUS, March 12 (Reuters) - Lithuania expelled a Russian diplomat on Tuesday, the foreign ministry said on Wednesday. Russia had expelled a Lithuanian diplomat last month.",
        "LTU>RUS 174 2025-03-11", "RUS>LTU 174 2025-02")]
    // "late on Sunday" is Sunday; a later sentence's own weekday is its own.
    [InlineData("ANKARA, March 12 (Reuters) - Turkish jets struck Kurdish militant targets in northern Iraq late on Sunday, the defence ministry said. Iraq summoned Turkey's ambassador on Monday to protest.",
        "TUR>IRQ 195 2025-03-09", "IRQ>TUR 114 2025-03-10")]
    // "overnight" is the dateline's night; the undated accusation after it is told that day.
    [InlineData("KYIV, March 12 (Reuters) - Russian forces shelled the Ukrainian city of Kharkiv overnight, regional officials said. Ukraine accused Russia of deliberately targeting civilians.",
        "RUS>UKR 194 2025-03-12", "UKR>RUS 112 2025-03-12")]
    // "last month" and "this year".
    [InlineData("HANOI, March 12 (Reuters) - Vietnam's prime minister visited Laos last month. Vietnam has signed 14 agreements with Laos this year, state media said.",
        "VNM>LAO 042 2025-02", "VNM>LAO 057 2025")]
    // A lead dated by its weekday; a pronoun-linked sentence with no time takes that day.
    [InlineData("DOHA, March 12 (Reuters) - Qatar's foreign minister arrived in Tehran on Tuesday. He held talks with Iran's president and signed five agreements.",
        "QAT>IRN 042 2025-03-11", "QAT>IRN 040 2025-03-11", "QAT>IRN 057 2025-03-11")]
    // A pronoun-linked sentence with a time of its own keeps it.
    [InlineData("DOHA, March 12 (Reuters) - Qatar's foreign minister arrived in Tehran on Monday. He met Iran's president on Tuesday.",
        "QAT>IRN 042 2025-03-10", "QAT>IRN 040 2025-03-11")]
    // A reporting clause's bare weekday ("said Tuesday") dates the act of its sentence only.
    [InlineData("RIGA, March 12 (AP) - Latvia expelled a Belarusian diplomat, the foreign ministry said Tuesday. Belarus condemned the decision on Wednesday.",
        "LVA>BLR 174 2025-03-11", "BLR>LVA 111 2025-03-12")]
    // Past-perfect background with its own year; the story's act keeps its day.
    [InlineData("CAIRO, March 12 (Reuters) - Egypt and Sudan signed a defence agreement on Tuesday. The two countries had signed a military cooperation agreement in 2021.",
        "EGY>SDN 057 2025-03-11", "EGY>SDN 057 2021")]
    // "a year after …" counts back a year from the main clause's day.
    [InlineData("WARSAW, March 12 (Reuters) - Poland's president visited Kyiv on Tuesday, a year after Ukraine's president visited Warsaw. He held talks with Ukraine's president.",
        "POL>UKR 042 2025-03-11", "UKR>POL 042 2024", "POL>UKR 040 2025-03-11")]
    // "a day after …" in a sentence with no time of its own counts from the day told before.
    [InlineData("ISLAMABAD, March 12 (Reuters) - The IMF approved a $1 billion loan for Pakistan on Tuesday. The approval came a day after Saudi Arabia deposited $2 billion with Pakistan's central bank.",
        "IMF>PAK 071 2025-03-11", "SAU>PAK 071 2025-03-10")]
    // The comparison "the first … since 2019" says how rare the visit is, not when it happened.
    [InlineData("NEW DELHI, March 12 (Reuters) - India's prime minister visited Moscow on Monday, the first visit by an Indian leader since 2019. Ukraine criticised the visit.",
        "IND>RUS 042 2025-03-10", "UKR>IND 111 2025-03-10")]
    // "the first … to travel to … since 2018": a comparison, however long the noun phrase.
    [InlineData("WASHINGTON, March 12 (Reuters) - The U.S. president received Mongolia's prime minister at the White House on Tuesday. The prime minister was the first Mongolian head of government to travel to Washington since 2018.",
        "USA>MNG 043 2025-03-11", "MNG>USA 042 2025-03-11")]
    // An ongoing state "since 2022" is an open span; the statement's act keeps its day.
    [InlineData("WARSAW, March 12 (Reuters) - Poland has supplied weapons to Ukraine since 2022. Poland's president visited Kyiv on Tuesday.",
        "POL>UKR 072 2022/..", "POL>UKR 042 2025-03-11")]
    // "held … responsible for the downing of … in 2014": the year is the downing's; the accusation is the statement's day.
    [InlineData("THE HAGUE, March 12 (Reuters) - The Netherlands said on Wednesday it held Russia responsible for the downing of a passenger jet over Ukraine in 2014. The Kremlin rejected the accusation.",
        "NLD>RUS 112 2025-03-12", "RUS>NLD 016 2025-03-12")]
    // "sanctioned … over the annexation of … in 2014".
    [InlineData("BRUSSELS, March 12 (Reuters) - The European Union imposed sanctions on Russia on Tuesday over the annexation of Crimea in 2014 and the war in Ukraine. Russia condemned the sanctions.",
        "EU>RUS 163 2025-03-11", "RUS>EU 111 2025-03-11")]
    // "… told parliament on Monday …, and Ottawa expelled a diplomat the same day": counted from the day told earlier in the sentence.
    [InlineData("NEW DELHI, March 12 (Reuters) - Canada's prime minister told parliament on Monday that Indian agents may have been behind a killing in Canada, and Ottawa expelled an Indian diplomat the same day. India expelled a Canadian diplomat on Tuesday.",
        "CAN>IND 174 2025-03-10", "IND>CAN 174 2025-03-11")]
    // "the next day" after a weekday told in the lead.
    [InlineData("BAKU, March 12 (Reuters) - Azerbaijan's president arrived in Ankara on Monday and met Turkey's president the next day. The two presidents signed a defence agreement.",
        "AZE>TUR 042 2025-03-10", "AZE>TUR 040 2025-03-11", "AZE>TUR 057 2025-03-11")]
    // Background with a year after a dated lead does not move the story's day: the statement after it is told on Tuesday.
    [InlineData("TASHKENT, March 12 (Reuters) - Kazakhstan's president visited Uzbekistan on Tuesday. The two countries signed a border treaty in 2022. Uzbekistan's president thanked Kazakhstan for its support.",
        "KAZ>UZB 042 2025-03-11", "KAZ>UZB 057 2022", "UZB>KAZ 051 2025-03-11")]
    // "earlier this month" is the dateline's month.
    [InlineData("BAMAKO, March 12 (Reuters) - Mali expelled France's ambassador earlier this month. France condemned the decision on Tuesday.",
        "MLI>FRA 174 2025-03", "FRA>MLI 111 2025-03-11")]
    // "last week" is the Monday–Sunday week before the dateline's.
    [InlineData("MANILA, March 12 (Reuters) - China's coast guard fired water cannon at a Philippine vessel last week. Manila summoned China's ambassador on Monday.",
        "CHN>PHL 190 2025-03-03/2025-03-09", "PHL>CHN 114 2025-03-10")]
    public void Extract_AgencyExcerpts_TakeTheRightDates(string text, params string[] expected) =>
        Assert.Equal(expected, Dated(text, Wednesday));

    [Theory]
    // "earlier this week" under a Wednesday dateline: the days of the week before the dateline's.
    [InlineData("BEIJING, March 12 (Reuters) - China summoned Japan's ambassador earlier this week over remarks by Japanese lawmakers, the foreign ministry said on Wednesday. Japan's foreign minister criticised China on Wednesday.",
        "CHN>JPN 114 2025-03-10/2025-03-11", "JPN>CHN 111 2025-03-12")]
    // "in the past week": the seven days before the dateline's.
    [InlineData("BEIRUT, March 12 (Reuters) - Israeli jets struck targets in Syria several times in the past week, a war monitor said on Wednesday. Syria condemned the strikes on Wednesday.",
        "ISR>SYR 195 2025-03-05/2025-03-11", "SYR>ISR 111 2025-03-12")]
    // An anniversary of an older act: the visit keeps its day, the treaty its year.
    [InlineData("ULAANBAATAR, March 12 (Reuters) - Mongolia's president visited Beijing on Tuesday as the two countries marked the 30th anniversary of the friendship treaty they signed in 1994. He held talks with China's president.",
        "MNG>CHN 042 2025-03-11", "MNG>CHN 057 1994", "MNG>CHN 040 2025-03-11")]
    // "the visit, the first … since 2019": a comparison; the welcome (praise) takes the visit's day.
    [InlineData("SEOUL, March 12 (Yonhap) - Japan's foreign minister arrived in Seoul on Tuesday. South Korea's president welcomed the visit, the first by a Japanese foreign minister since 2019.",
        "JPN>KOR 042 2025-03-11", "KOR>JPN 051 2025-03-11")]
    // Past-perfect background "had signed … in 2019" after a dated lead.
    [InlineData("ASTANA, March 12 (Reuters) - Kazakhstan and China signed a trade agreement on Tuesday. Kazakhstan had signed a similar agreement with Russia in 2019.",
        "KAZ>CHN 057 2025-03-11", "KAZ>RUS 057 2019")]
    // "The trip came a year after …": counted in years from the day told before.
    [InlineData("HELSINKI, March 12 (Reuters) - Finland's president visited Kyiv on Tuesday. The trip came a year after Ukraine's president visited Helsinki.",
        "FIN>UKR 042 2025-03-11", "UKR>FIN 042 2024")]
    // A pronoun-linked sentence opened by its own weekday.
    [InlineData("BERLIN, March 12 (Reuters) - Germany's chancellor met France's president in Paris on Monday. On Tuesday he travelled to Warsaw and met Poland's prime minister.",
        "DEU>FRA 040 2025-03-10", "DEU>POL 042 2025-03-11", "DEU>POL 040 2025-03-11")]
    // A reported past-perfect act with no time of its own takes the reporting clause's day.
    [InlineData("KYIV, March 12 (Reuters) - Ukrainian officials said on Tuesday that Russian troops had shelled a hospital in Ukraine's Kherson region. Russia denied the accusation.",
        "RUS>UKR 194 2025-03-11", "RUS>UKR 016 2025-03-11")]
    // Background with a year, then the story's act with its weekday.
    [InlineData("RIYADH, March 12 (Reuters) - Saudi Arabia and Iran restored diplomatic relations in 2023. Iran's foreign minister visited Riyadh on Tuesday.",
        "SAU>IRN 054 2023", "IRN>SAU 042 2025-03-11")]
    // "last year".
    [InlineData("NAIROBI, March 12 (Reuters) - Kenya's president visited Haiti last year. Haiti's prime minister thanked Kenya on Tuesday.",
        "KEN>HTI 042 2024", "HTI>KEN 051 2025-03-11")]
    // "on Wednesday" under a Wednesday dateline is the dateline's day.
    [InlineData("BRASILIA, March 12 (Reuters) - Brazil's president met Argentina's president on Wednesday. The two leaders signed a trade agreement.",
        "BRA>ARG 040 2025-03-12", "BRA>ARG 057 2025-03-12")]
    // A plan "next month" is an intent dated by the statement.
    [InlineData("NEW DELHI, March 12 (Reuters) - India's prime minister will visit Washington next month, his office said on Tuesday. India's foreign minister met the U.S. ambassador in New Delhi on Monday.",
        "IND>USA 036 2025-03-11", "IND>USA 040 2025-03-10")]
    // A background year between two dated sentences; the pronoun after it keeps its own day.
    [InlineData("VILNIUS, March 12 (Reuters) - Lithuania expelled a Russian diplomat on Monday. Russia had expelled three Lithuanian diplomats in 2023. It summoned Lithuania's envoy on Tuesday.",
        "LTU>RUS 174 2025-03-10", "RUS>LTU 174 2023", "RUS>LTU 114 2025-03-11")]
    // A dateline alone dates the lead's act.
    [InlineData("TOKYO, March 12 (Kyodo) - Japan lodged a protest with China over an incursion by Chinese coast guard ships near disputed islands. China's foreign ministry criticised Japan.",
        "JPN>CHN 114 2025-03-12", "CHN>JPN 111 2025-03-12")]
    // "a week after …" counts back a week.
    [InlineData("BRATISLAVA, March 12 (Reuters) - Slovakia's prime minister visited Moscow on Tuesday, a week after Hungary's prime minister visited Beijing. Ukraine criticised Slovakia's prime minister.",
        "SVK>RUS 042 2025-03-11", "HUN>CHN 042 2025-03-04", "UKR>SVK 111 2025-03-11")]
    // "hours after …" is the main clause's day.
    [InlineData("JERUSALEM, March 12 (Reuters) - Israel struck targets in Iran on Tuesday, hours after Iran fired missiles at Israel. Iran accused Israel of aggression.",
        "ISR>IRN 195 2025-03-11", "IRN>ISR 195 2025-03-11", "IRN>ISR 1123 2025-03-11")]
    // An undated statement after a dated lead, told with a pronoun.
    [InlineData("SOFIA, March 12 (Reuters) - Bulgaria expelled two Russian diplomats, the foreign ministry said on Monday. Russia condemned the expulsions.",
        "BGR>RUS 174 2025-03-10", "RUS>BGR 111 2025-03-10")]
    // "this year" for a standing total, then a dated act.
    [InlineData("TOKYO, March 12 (Reuters) - Japan has given Ukraine $500 million in aid this year. Japan's foreign minister visited Kyiv on Tuesday.",
        "JPN>UKR 070 2025", "JPN>UKR 042 2025-03-11")]
    // "late on Tuesday" is Tuesday, and "on Wednesday" the dateline's day.
    [InlineData("MOSCOW, March 12 (Reuters) - Russia expelled two British diplomats late on Tuesday. Britain summoned Russia's ambassador on Wednesday.",
        "RUS>GBR 174 2025-03-11", "GBR>RUS 114 2025-03-12")]
    // "since 2022" for a state, and a pronoun-linked act after the dated lead.
    [InlineData("OTTAWA, March 12 (Reuters) - Canada's prime minister met Ukraine's president on Tuesday. Canada has supplied weapons to Ukraine since 2022.",
        "CAN>UKR 040 2025-03-11", "CAN>UKR 072 2022/..")]
    // "earlier on Tuesday" is Tuesday; "later" in the next sentence keeps the day told (a phone call, 041).
    [InlineData("PARIS, March 12 (Reuters) - France's president met Germany's chancellor earlier on Tuesday. He later telephoned Poland's prime minister.",
        "FRA>DEU 040 2025-03-11", "FRA>POL 041 2025-03-11")]
    // Two weekdays in one sentence: each act its own.
    [InlineData("TBILISI, March 12 (Reuters) - Georgia recalled its ambassador from Ukraine on Monday, and Ukraine expelled a Georgian diplomat on Tuesday. Georgia condemned the expulsion.",
        "GEO>UKR 161 2025-03-10", "UKR>GEO 174 2025-03-11", "GEO>UKR 111 2025-03-11")]
    // An act told before a dated "before" clause came before that time: neither the report's day nor the dateline dates it.
    [InlineData("KYIV, March 12 (Reuters) - Ukrainian officials said on Tuesday that Russian troops had shelled a hospital in Kherson before withdrawing from the area last week. Ukraine's president visited Kherson on Wednesday.",
        "RUS>UKR 194 -")]
    public void Extract_MoreAgencyExcerpts_TakeTheRightDates(string text, params string[] expected) =>
        Assert.Equal(expected, Dated(text, Wednesday));
}
