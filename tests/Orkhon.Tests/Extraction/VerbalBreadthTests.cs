using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Roots 10–14 as the p24-verbal branch widened them, in sentences of our own: heads of mission other than an ambassador
/// summoned (high commissioners, consuls), evidence or intelligence said to link a party to an act, blame laid on a party after
/// the act it is blamed for, a state declared dissatisfied or disappointed with another, proposals dismissed or brushed aside
/// with their maker between verb and noun, another state's goods boycotted, a reaction told as quick or swift ("was quick to
/// condemn"), regret "that" another party did something, countermeasures a state would take (a threat), a protest
/// told as taking to the streets, a body's package blocked, offers ignored and talks refused in the future; with the hard negatives each must keep.
/// </summary>
public sealed class VerbalBreadthTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Theory]
    // A head of mission summoned or called in, whatever the title (114).
    [InlineData("India summoned Bangladesh's acting high commissioner on Monday to protest the attack.", "IND", "BGD", "114")]
    [InlineData("Canada called in the Indian high commissioner over the allegations.", "CAN", "IND", "114")]
    [InlineData("Ukraine summoned the Hungarian consul in Berehove on Friday.", "UKR", "HUN", "114")]
    [InlineData("Kenya summoned the Ugandan high commissioner in Nairobi in 2023.", "KEN", "UGA", "114")]
    // Evidence or intelligence linking, tying or implicating a party (112).
    [InlineData("Poland's foreign minister said he had evidence linking Belarus to the sabotage.", "POL", "BLR", "112")]
    [InlineData("Britain said it had intelligence tying Russia's GRU to the poisoning.", "GBR", "RUS", "112")]
    [InlineData("Ottawa cited evidence implicating India in the killing.", "CAN", "IND", "112")]
    [InlineData("Washington shared intelligence connecting Iran to the drone attacks with its allies.", "USA", "IRN", "112")]
    // Blame laid on a party past the act blamed or an adverb (112).
    [InlineData("Kyiv pinned the blame for the flooding on Moscow.", "UKR", "RUS", "112")]
    [InlineData("Armenia put the blame squarely on Azerbaijan.", "ARM", "AZE", "112")]
    [InlineData("Russia laid the blame for the clashes on Ukraine.", "RUS", "UKR", "112")]
    [InlineData("Baku placed the blame for the failed talks on Yerevan.", "AZE", "ARM", "112")]
    // A state dissatisfied, disappointed or displeased with another (110).
    [InlineData("China's foreign ministry said Beijing was strongly dissatisfied with Japan's decision.", "CHN", "JPN", "110")]
    [InlineData("Washington is deeply disappointed with Pretoria's decision to host the drills.", "USA", "ZAF", "110")]
    [InlineData("Seoul said it was displeased with Tokyo's textbook revisions.", "KOR", "JPN", "110")]
    // A proposal, offer or request dismissed or brushed aside, its maker between verb and noun (120).
    [InlineData("Russia dismissed the Ukrainian proposal out of hand.", "RUS", "UKR", "120")]
    [InlineData("Beijing brushed aside the Philippine offer of talks.", "CHN", "PHL", "120")]
    [InlineData("Tokyo dismissed the Chinese request.", "JPN", "CHN", "120")]
    [InlineData("Kyiv dismissed the Russian offer of a truce as a trick.", "UKR", "RUS", "120")]
    // Another state's goods boycotted by a people (143).
    [InlineData("Indonesians boycotted French products after the cartoons.", "IDN", "FRA", "143")]
    [InlineData("Palestinians boycotted Israeli goods in protest.", "PSE", "ISR", "143")]
    // A reaction told as quick or swift is the reaction done.
    [InlineData("Moscow was quick to condemn the strikes by Israel.", "RUS", "ISR", "111")]
    [InlineData("Beijing was swift to denounce Washington's sanctions.", "CHN", "USA", "111")]
    // Regret that another party did something: the party is the clause's subject.
    [InlineData("Japan regretted that South Korea had ended the intelligence pact.", "JPN", "KOR", "111")]
    [InlineData("The European Union regretted that Mongolia had not arrested Putin.", "EU", "MNG", "111")]
    // Countermeasures a state says it would or will take: a threat, not the measure taken.
    [InlineData("China said it would take resolute countermeasures against Lithuania.", "CHN", "LTU", "130")]
    [InlineData("Moscow will take reprisals against Tokyo, the ministry said.", "RUS", "JPN", "130")]
    [InlineData("Beijing said on Friday it would take countermeasures on the United States.", "CHN", "USA", "130")]
    // Taking to the streets to protest is the protest done.
    [InlineData("Georgians took to the streets to protest against Russia.", "GEO", "RUS", "141")]
    // A body's package or declaration blocked by a member is a veto; an offer or invitation ignored is a rejection.
    [InlineData("Hungary blocked the EU's new sanctions package against Russia.", "HUN", "EU", "129")]
    [InlineData("Hungary blocked the EU declaration on China.", "HUN", "EU", "129")]
    [InlineData("North Korea ignored Seoul's offer of talks.", "PRK", "KOR", "120")]
    [InlineData("Moscow ignored Washington's invitation to the summit.", "RUS", "USA", "120")]
    [InlineData("Japan ignored the proposal by China.", "JPN", "CHN", "120")]
    // Talks refused under the speaker's own future negation.
    [InlineData("Kyiv said it would not negotiate with Moscow.", "UKR", "RUS", "125")]
    [InlineData("Israel will never negotiate with Hamas, the minister said.", "ISR", "PSE", "125")]
    public void VerbalAct_CodesItsEvent(string text, string source, string target, string cameo) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value == cameo);

    [Theory]
    // No evidence, or evidence tying no party, accuses nobody.
    [InlineData("Britain said it had no evidence linking Russia to the attack.", "11")]
    [InlineData("There is no evidence linking Beijing to the outage, the minister said.", "11")]
    [InlineData("Investigators found evidence linking the fire to a faulty cable.", "11")]
    // Blame laid on a thing, dissatisfaction with a thing or a match: no party.
    [InlineData("The minister put the blame on the weather.", "11")]
    [InlineData("Mongolia was dissatisfied with the weather.", "11")]
    [InlineData("Fans were disappointed with the result against Kazakhstan.", "11")]
    // "Dismiss" a person is no rejection; a boycott of a match names no state.
    [InlineData("Putin dismissed his defence minister.", "12")]
    [InlineData("The Mongolian team boycotted the match.", "14")]
    // A quick reaction under a modal is not done.
    [InlineData("Moscow would be quick to condemn any strike by Israel.", "11")]
    // Regret over a clause whose subject is no party aims at nobody named later.
    [InlineData("Munkh said the government regretted that last month's visit had hurt relations with China.", "11")]
    [InlineData("Germany regretted that the meeting in Moscow had been cancelled.", "11")]
    // Countermeasures a state would not take threaten nothing; a celebration in the streets is no protest.
    [InlineData("China would not take countermeasures against Lithuania, the minister said.", "13")]
    [InlineData("Serbs took to the streets to celebrate the victory over Croatia.", "14")]
    // A road blocked is no veto; warnings about the weather ignored, talks promised or refused with no party reject nothing.
    [InlineData("Poland blocked the road to the border crossing.", "12")]
    [InlineData("Tourists ignored the warnings about the weather.", "12")]
    [InlineData("Mongolia said it would talk with Russia.", "12")]
    [InlineData("Japan said it would not talk with reporters.", "12")]
    public void NotTheAct_GivesNoEventOfTheRoot(string text, string root) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.Value.StartsWith(root, StringComparison.Ordinal));
}
