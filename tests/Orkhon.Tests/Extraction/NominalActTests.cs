using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Events told as nouns inside another clause (branch p26-nouns): the act's noun takes its agent from a possessive, an
/// adjective of nationality, a "by" phrase or "between A and B", and with none of them it gives nothing. The sentences are
/// our own, in the styles of agencies and newspapers.
/// </summary>
public sealed class NominalActTests
{
    private static string[] Coded(string text) =>
        [.. EventExtractor.Default.Extract(text, null).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    // An adjective of time or manner may stand between the possessor and its act: the possessor still acts.
    [InlineData("Lavrov's previous trip to Pyongyang was in 2018.", new[] { "RUS>PRK 042" })]
    [InlineData("Blinken's brief stopover in Ulaanbaatar came in August 2024.", new[] { "USA>MNG 042" })]
    [InlineData("Beijing's earlier ban on Japanese seafood hit exporters in 2023.", new[] { "CHN>JPN 163" })]
    [InlineData("Scholz's unannounced trip to Kyiv in June 2022 surprised allies.", new[] { "DEU>UKR 042" })]
    [InlineData("Kishida's rare visit to Seoul in May 2023 eased tensions.", new[] { "JPN>KOR 042" })]
    [InlineData("Erdogan's last visit to Athens took place in December 2023.", new[] { "TUR>GRC 042" })]
    public void Extract_ModifierBetweenPossessorAndAct_PossessorActs(string text, string[] expected) => Assert.Equal(expected, Coded(text));

    [Theory]
    // "by a sitting/serving/reigning <nationality> <office>": the office-holder of that state is the agent.
    [InlineData("The trip marked the first state visit to Mongolia by a reigning Japanese emperor.", new[] { "JPN>MNG 042" })]
    [InlineData("Crowds lined the streets for the first visit to Dublin by a serving British prime minister in years.", new[] { "GBR>IRL 042" })]
    [InlineData("The first trip to Pyongyang by a sitting South Korean president came in 2000.", new[] { "KOR>PRK 042" })]
    [InlineData("Observers noted it was the first visit to Israel by a sitting Indian prime minister, in July 2017.", new[] { "IND>ISR 042" })]
    [InlineData("It was the first visit to Cuba by a sitting U.S. president in 88 years.", new[] { "USA>CUB 042" })]
    public void Extract_ActByAnOfficeHolderInOffice_OfficeHoldersStateActs(string text, string[] expected) => Assert.Equal(expected, Coded(text));

    [Theory]
    // "between A and B" after a time that owns the noun, or after "followed"/"follows": one occurrence the sentence tells.
    [InlineData("Trade rose after Tuesday's talks between the Japanese and South Korean foreign ministers.", new[] { "JPN>KOR 040" })]
    [InlineData("Yesterday's phone call between the Chinese and U.S. presidents lasted two hours.", new[] { "CHN>USA 041" })]
    [InlineData("Monday's meeting between Erdogan and Putin in Sochi produced no deal.", new[] { "TUR>RUS 040" })]
    [InlineData("Last week's talks between Serbia and Kosovo in Brussels ended without agreement.", new[] { "SRB>XKX 040" })]
    [InlineData("The ceasefire followed talks between Indian and Pakistani commanders on Saturday.", new[] { "IND>PAK 040" })]
    [InlineData("The announcement follows negotiations between Egypt and Ethiopia in Cairo in December 2023.", new[] { "EGY>ETH 046" })]
    public void Extract_ActBetweenPartiesOwnedByATimeOrFollowed_IsCoded(string text, string[] expected) => Assert.Equal(expected, Coded(text));

    [Theory]
    // An accusation named by its maker, with the accused in its that-clause: the maker accuses the accused (112).
    [InlineData("Relations soured over Ottawa's allegation that Indian agents killed a Sikh activist.", new[] { "CAN>IND 112" })]
    [InlineData("Kyiv's accusation that Belarusian troops had crossed the border drew a sharp reply in 2022.", new[] { "UKR>BLR 112" })]
    [InlineData("Tensions rose after the U.S. accusation that Chinese hackers had breached federal networks in 2023.", new[] { "USA>CHN 112" })]
    [InlineData("Seoul's allegations that North Korean hackers stole crypto assets grew louder in 2023.", new[] { "KOR>PRK 112" })]
    [InlineData("Warsaw's allegation that Russian saboteurs set the fire was repeated on Monday.", new[] { "POL>RUS 112" })]
    public void Extract_AccusationNamedByItsMaker_MakerAccusesTheAccused(string text, string[] expected) => Assert.Equal(expected, Coded(text));

    [Theory]
    // A charge a denial takes as its object is what the denial answers: the denial alone is coded.
    [InlineData("New Delhi rejected Canada's accusation that Indian officials were behind the killing.", new[] { "IND>CAN 016" })]
    [InlineData("Tehran rebuffed Washington's allegations that Iranian drones were sent to Russia.", new[] { "IRN>USA 016" })]
    [InlineData("Moscow dismissed the latest Ukrainian accusations that Russian troops shelled the plant.", new[] { "RUS>UKR 016" })]
    public void Extract_ChargeNounADenialAnswers_OnlyTheDenial(string text, string[] expected) => Assert.Equal(expected, Coded(text));

    [Theory]
    // A joint exercise owned by the compound adjective of its two states, or by one state with its partner after "with".
    [InlineData("Pyongyang condemned the US-South Korean drills in March 2024.", new[] { "PRK>USA 111", "PRK>KOR 111", "USA>KOR 062" })]
    [InlineData("Beijing watched the annual US-Philippine military exercises in April 2024.", new[] { "USA>PHL 062" })]
    [InlineData("Russian-Chinese naval drills began in the Sea of Japan in July 2023.", new[] { "RUS>CHN 062" })]
    [InlineData("India's naval exercises with France ended off Goa on Friday.", new[] { "IND>FRA 062" })]
    [InlineData("Xi's talks with Putin in Moscow ended on Tuesday.", new[] { "CHN>RUS 040" })]
    public void Extract_JointActOwnedByItsParties_IsCoded(string text, string[] expected) => Assert.Equal(expected, Coded(text));

    [Theory]
    // A joint act owned by one state names no partner: an actor later in the sentence is another act's.
    [InlineData("Russia's military drills in Belarus alarmed Poland in 2022.")]
    [InlineData("China's annual exercises ended in September 2024.")]
    [InlineData("Xi's talks in Moscow alarmed Washington in March 2023.")]
    public void Extract_JointActOwnedByOneState_IsNoEvent(string text) => Assert.Empty(Coded(text));

    [Theory]
    // Hard negatives: a planned or unowned act, a former office-holder, a "between" noun that is another act's object or
    // a rivalry, a charge with no maker.
    [InlineData("Putin's next visit to Beijing is expected in 2026.")]
    [InlineData("The previous visit to Tokyo was cancelled.")]
    [InlineData("It was the first visit to Hanoi by a former U.S. president.")]
    [InlineData("Analysts expect talks between Kyiv and Moscow next year.")]
    [InlineData("Diplomats were promoting talks between India and China in 2023.")]
    [InlineData("The decision followed years of rivalry between India and Pakistan.")]
    [InlineData("The accusation that Russian troops had shelled the plant was never proven.")]
    [InlineData("Moscow dismissed the accusation that its troops had shelled the plant.")]
    public void Extract_ActNounWithoutItsOwnAgent_IsNoEvent(string text) => Assert.Empty(Coded(text));
}
