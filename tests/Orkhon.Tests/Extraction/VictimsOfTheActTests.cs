using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A criticism of a definite armed act ("condemned the strikes as a violation of Yemen's sovereignty", "the attack on Ukraine")
/// is aimed at those who carried it out, told in an earlier sentence or clause, not at the victim named after the noun
/// (<see cref="VictimsOfTheAct"/>); "in the strongest terms" after the noun says how, not whose act it was.
/// </summary>
public sealed class VictimsOfTheActTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, new DateOnly(2025, 3, 10));

    [Theory]
    // The victim as a possessor inside "as a violation of …", several strikers acting together.
    [InlineData("U.S. and British warships struck Houthi targets in Yemen on Friday. Iran condemned the strikes as a violation of Yemen's sovereignty.", "IRN", "USA", "YEM")]
    // The victim after "on", agency style, one sentence of detail between.
    [InlineData("Russian missiles hit the Ukrainian city of Dnipro overnight, officials said. At least nine people were killed. Poland condemned the attack on Ukraine.", "POL", "RUS", "UKR")]
    // A "breach of" complement and another noun of the class.
    [InlineData("Israeli jets struck targets near Damascus on Monday. Iraq denounced the raid as a flagrant breach of Syria's sovereignty.", "IRQ", "ISR", "SYR")]
    // Past perfect and a critic named by its ministry.
    [InlineData("Turkey had shelled Kurdish positions in northern Iraq on Sunday. Egypt's foreign ministry condemned the shelling of Iraqi territory.", "EGY", "TUR", "IRQ")]
    // Present tense, a newspaper's word order: the reaction opens with its time.
    [InlineData("Azerbaijani forces are shelling Armenian border villages, Yerevan says. On Tuesday France condemned the bombardment of Armenia in a statement.", "FRA", "AZE", "ARM")]
    public void CriticismOfAnArmedAct_IsAimedAtItsStrikers(string text, string critic, string striker, string victim)
    {
        var events = Extract(text);
        Assert.Contains(events, e => e.Source.Code == critic && e.Target.Code == striker && e.Cameo.RootNumber == 11);
        Assert.DoesNotContain(events, e => e.Source.Code == critic && e.Target.Code == victim && e.Cameo.RootNumber == 11);
    }

    [Theory]
    [InlineData("Russian warplanes bombed a market in Idlib on Monday, killing 30 people, rescuers said. Turkey condemned the strikes in the strongest terms.", "TUR", "RUS")]
    [InlineData("Israel struck a convoy near Rafah on Sunday. Jordan denounced the attack in the strongest possible terms.", "JOR", "ISR")]
    [InlineData("Pakistani jets bombed hideouts in eastern Afghanistan on Tuesday. Kabul condemned the raids in no uncertain terms.", "AFG", "PAK")]
    public void MannerAfterTheNoun_DoesNotHideTheAuthor(string text, string critic, string striker) =>
        Assert.Contains(Extract(text), e => e.Source.Code == critic && e.Target.Code == striker && e.Cameo.Value == "111");

    [Theory]
    // After an exchange of fire "the attack" names no author: the victim is not replaced by a guess.
    [InlineData("Israel and Hezbollah exchanged fire across the border on Monday. Israeli jets struck southern Lebanon and Hezbollah fired rockets at Israel. France condemned the attack on Lebanon.", "FRA", "ISR")]
    // The noun names its own author: the adjective's state stays the target, the victim is not added.
    [InlineData("Israeli jets struck targets near Damascus on Monday. Egypt condemned the Russian attack on Ukraine.", "EGY", "ISR")]
    // The critic is the striker's victim: its criticism of its attacker is unchanged, and no one else is made a target.
    [InlineData("Russian drones struck Kyiv overnight. Ukraine condemned the attack on its capital.", "UKR", "UKR")]
    public void NoClearStriker_NothingIsRetargeted(string text, string critic, string notTarget) =>
        Assert.DoesNotContain(Extract(text), e => e.Source.Code == critic && e.Target.Code == notTarget && e.Cameo.RootNumber == 11);

    [Fact]
    public void PraiseOfTheOperation_IsNoCriticism() =>
        // Support for an ally's strikes is not root 11: nothing is retargeted, the supporters answer the strikers only if told so.
        Assert.DoesNotContain(Extract("U.S. and British warships struck Houthi targets in Yemen on Friday. Bahrain backed the strikes on Yemen."),
            e => e.Source.Code == "BHR" && e.Cameo.RootNumber == 11);

    [Fact]
    public void SentenceWithoutArmedAct_KeepsTheNamedTarget() =>
        // No armed act was coded before: "the attack on Ukraine" has no author to answer, and nothing is invented.
        Assert.DoesNotContain(Extract("Polish leaders met in Warsaw on Monday. Poland condemned the attack on Ukraine."),
            e => e.Source.Code == "POL" && e.Target.Code == "RUS");

    [Theory]
    // Two critics coordinated after ", and": they open a new clause, so they are no targets of the strike.
    [InlineData("Israel struck a building in Beirut on Tuesday, and France and Egypt condemned it.", "FRA", "ISR")]
    // The act named by a definite noun earlier in the sentence, a critic after a criticism of its own.
    [InlineData("Qatar's emir called the raid a cowardly act, and Kuwait condemned it as well.", "KWT", "ISR", "Israeli jets struck a compound in Doha on Monday. ")]
    // "as" after "it", a single critic, a coded attack earlier in the same sentence.
    [InlineData("Russian forces shelled the port of Odesa overnight and Moldova denounced it as a war crime.", "MDA", "RUS")]
    // Present perfect, an agency's passive framing before.
    [InlineData("Pakistani warplanes have bombed camps in Afghanistan, and Iran has condemned it.", "IRN", "PAK")]
    // Several coordinated critics with a list comma, wire style.
    [InlineData("Turkish drones struck a village in northern Syria on Friday, and Iraq, Jordan and Egypt criticised it on Saturday.", "JOR", "TUR")]
    public void ItAfterACriticism_StandsForTheArmedActJustTold(string text, string critic, string striker, string before = "") =>
        Assert.Contains(Extract(before + text), e => e.Source.Code == critic && e.Target.Code == striker && e.Cameo.RootNumber == 11);

    [Fact]
    public void CoordinatedCritics_AreNoVictimsOfTheStrike() =>
        Assert.DoesNotContain(Extract("Israel struck a building in Beirut on Tuesday, and France and Egypt condemned it."),
            e => e.Source.Code == "ISR" && e.Target.Code is "FRA" or "EGY");

    [Theory]
    // No armed act before the verb: "it" is a plan, not an attack; nothing is guessed.
    [InlineData("Washington unveiled a peace plan on Monday, and Iran condemned it.", "IRN")]
    // "it" opens a reported clause of its own.
    [InlineData("Israeli jets struck a depot near Homs on Sunday, and Syria warned it would respond.", "SYR")]
    // An exchange of fire: no one striker.
    [InlineData("India and Pakistan traded artillery fire across the Line of Control, and China criticised it.", "CHN")]
    public void ItWithoutAClearArmedAct_AnswersNoOne(string text, string critic) =>
        Assert.DoesNotContain(Extract(text), e => e.Source.Code == critic && e.Cameo.RootNumber == 11);
}
