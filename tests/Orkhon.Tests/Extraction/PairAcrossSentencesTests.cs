using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A pair or party named in another sentence: "the two leaders", "both countries", "the two sides" after a meeting, a visit or a
/// call stand for that interaction's two parties, not for the last two actors a background sentence happened to name; a second act
/// of the same subject with no target ("He also pledged…") goes to the partner of its last interaction; "during the visit" in a
/// later sentence is with the visit's host. Never across a new pair of actors, a new story or a hostile act. Texts of our own.
/// </summary>
public sealed class PairAcrossSentencesTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, new DateOnly(2025, 5, 10));

    // The events of the last sentence of the text (its phrase lies in it).
    private static List<EventMention> LastSentence(string text)
    {
        var start = text.LastIndexOf(". ", text.Length - 2, StringComparison.Ordinal) + 2;
        return Extract(text).FindAll(e => e.SentenceStart >= start);
    }

    private static bool Between(List<EventMention> events, string a, string b) =>
        events.Exists(e => (e.Source.Code == a && e.Target.Code == b) || (e.Source.Code == b && e.Target.Code == a));

    [Theory]
    // A background sentence naming a third state between the meeting and the pair noun.
    [InlineData("Indian Prime Minister Narendra Modi met Australian Prime Minister Anthony Albanese in Sydney on Wednesday. The meeting came weeks after China lifted its tariffs on Australian barley. The two leaders signed a migration agreement.", "IND", "AUS")]
    [InlineData("Vietnam's president hosted his Indonesian counterpart in Hanoi on Monday, days after Chinese coast guard ships blocked a Philippine supply boat. Both countries agreed to expand trade in rice.", "VNM", "IDN")]
    [InlineData("Kenyan President William Ruto spoke by telephone with Tanzanian President Samia Suluhu Hassan on Friday. Uganda closed its border with South Sudan a day earlier. The two presidents agreed to reopen the Namanga border post.", "KEN", "TZA")]
    [InlineData("Turkish Foreign Minister Hakan Fidan held talks with his Egyptian counterpart Badr Abdelatty in Cairo on Saturday. The war in Sudan and Ethiopia's dam on the Nile were also discussed. The two ministers signed a memorandum on energy cooperation.", "TUR", "EGY")]
    [InlineData("Japanese Prime Minister Shigeru Ishiba visited Seoul on Monday for talks with South Korean President Lee Jae-myung. Russia and North Korea have deepened military ties this year. The two neighbours agreed to share intelligence on missile launches.", "JPN", "KOR")]
    public void PairNoun_IsTheLastInteraction_NotTheLastNamed(string text, string a, string b) =>
        Assert.True(Between(LastSentence(text), a, b), $"expected an event between {a} and {b}");

    [Theory]
    // A new pair of actors acting together since: the pair is theirs.
    [InlineData("Chinese President Xi Jinping met Kazakh President Kassym-Jomart Tokayev in Astana on Tuesday. Later that day Russian and Ukrainian negotiators met in Istanbul. The two sides agreed to swap prisoners.", "CHN", "KAZ")]
    // Two other presidents met since: "the two presidents" are theirs.
    [InlineData("Kenyan President William Ruto spoke by telephone with Tanzanian President Samia Suluhu Hassan on Friday. On Saturday Ugandan President Yoweri Museveni met South Sudan's President Salva Kiir in Juba. The two presidents agreed to reopen a border post.", "KEN", "TZA")]
    // A new story under its own dateline.
    [InlineData("Modi met Albanese in Sydney on Wednesday. BEIJING, May 9 (Reuters) - The two countries signed an agreement on fisheries.", "IND", "AUS")]
    public void PairNoun_IsNotCarriedAcross_ANewPairOrStory(string text, string a, string b) =>
        Assert.False(Between(LastSentence(text), a, b), $"expected no event between {a} and {b}");

    [Theory]
    [InlineData("Japanese Prime Minister Fumio Kishida met Philippine President Ferdinand Marcos in Manila on Friday. He also pledged $600 million in loans for coastal patrol boats.", "JPN", "PHL")]
    [InlineData("German Chancellor Olaf Scholz held talks with Chinese Premier Li Qiang in Berlin on Tuesday. The chancellor also promised to ease visa rules for students.", "DEU", "CHN")]
    [InlineData("Ukraine's president spoke by phone with Turkish President Recep Tayyip Erdogan on Sunday. He also asked for more help with grain exports.", "UKR", "TUR")]
    [InlineData("Prime Minister Narendra Modi received Sri Lankan President Anura Kumara Dissanayake in New Delhi on Monday. India also offered a credit line of $100 million.", "IND", "LKA")]
    [InlineData("The Saudi foreign minister visited Tehran on Saturday and met Iranian President Masoud Pezeshkian. The minister also pledged to reopen the consulate in Mashhad.", "SAU", "IRN")]
    public void SecondActOfTheSubject_GoesToItsLastPartner(string text, string source, string target) =>
        Assert.Contains(LastSentence(text), e => e.Source.Code == source && e.Target.Code == target);

    [Theory]
    // The earlier act was hostile, not an interaction: the pledge is to no one named.
    [InlineData("Japan condemned China's missile test on Monday. Tokyo also pledged $50 million in aid.", "JPN", "CHN")]
    // Another subject.
    [InlineData("Japanese Prime Minister Fumio Kishida met Philippine President Ferdinand Marcos in Manila on Friday. Australia also pledged $100 million in loans.", "AUS", "JPN")]
    // A target of its own.
    [InlineData("Japanese Prime Minister Fumio Kishida met Philippine President Ferdinand Marcos in Manila on Friday. He also pledged aid to Vietnam.", "JPN", "PHL")]
    // A meeting of five gives no one partner.
    [InlineData("The leaders of China, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan met in Xi'an on Friday. Kazakhstan also signed a railway deal.", "KAZ", "UZB")]
    // A reported claim of a third party.
    [InlineData("Japanese Prime Minister Fumio Kishida met Philippine President Ferdinand Marcos in Manila on Friday. Chinese state media said Japan also pledged to sell warships.", "JPN", "PHL")]
    // A newer interaction with another partner.
    [InlineData("Japanese Prime Minister Fumio Kishida met Philippine President Ferdinand Marcos in Manila on Friday. On Saturday Japan's foreign minister held talks with his Vietnamese counterpart. Japan also pledged $50 million in loans.", "JPN", "PHL")]
    // A hostile act since.
    [InlineData("Japanese Prime Minister Fumio Kishida met Philippine President Ferdinand Marcos in Manila on Friday. Japan protested to China on Saturday over a ship's incursion. Tokyo also signed a fisheries accord.", "JPN", "PHL")]
    // A background year: the second act is not told of the same day.
    [InlineData("Kishida met Marcos in Manila on Friday. In 2019, Japan also pledged $200 million to a regional bank.", "JPN", "PHL")]
    public void SecondActOfTheSubject_StaysWithoutPartner_WhenItShould(string text, string source, string target) =>
        Assert.DoesNotContain(LastSentence(text), e => e.Source.Code == source && e.Target.Code == target);

    [Theory]
    [InlineData("Kazakh President Kassym-Jomart Tokayev arrived in Beijing on Tuesday for a state visit. During the visit, Kazakhstan signed agreements worth $5 billion.", "KAZ", "CHN")]
    [InlineData("Hungarian Prime Minister Viktor Orban held talks with Chinese President Xi Jinping in Beijing on Monday. At the talks, Orban signed a deal on a railway link.", "HUN", "CHN")]
    [InlineData("Brazil's president paid a three-day visit to Angola last week. During his stay, Lula pledged to double credit for farm projects.", "BRA", "AGO")]
    [InlineData("Mongolian President Ukhnaagiin Khurelsukh met Russian President Vladimir Putin in Moscow on Thursday. On the sidelines of the meeting, the foreign ministers signed a treaty on transit.", "MNG", "RUS")]
    [InlineData("The Polish foreign minister visited Kyiv on Friday. During the trip, he promised more artillery shells.", "POL", "UKR")]
    public void DuringTheVisitOrTalks_IsWithItsParties(string text, string a, string b) =>
        Assert.True(Between(LastSentence(text), a, b), $"expected an event between {a} and {b}");

    [Theory]
    // A summit of many: its officials are no pair.
    [InlineData("The leaders of China, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan met in Xi'an on Friday. On the sidelines of the summit, the foreign ministers signed a transit accord.", "05")]
    // A hostile act: the ministers of the two sides are not told to act together.
    [InlineData("Russian forces shelled the Ukrainian city of Sumy on Friday. On Saturday, the foreign ministers signed a declaration.", "05")]
    public void OfficesAfterAnOpeningAdjunct_NameNoPair_WithoutAJointActOfTwo(string text, string root) =>
        Assert.DoesNotContain(LastSentence(text), e => e.Cameo.Value.StartsWith(root, StringComparison.Ordinal));
}
