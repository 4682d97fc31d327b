using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Criticism told by a pronoun or past a preposition (branch p40-criticism2): a second speaker who says "it" was wrong after a
/// criticism in the same sentence judges the same deed (<see cref="ReportedVerdicts"/>); "condemned them" stands for the armed
/// acts told before as "condemned it" does (<see cref="VictimsOfTheAct"/>); and a naming verb's particle ("called on", "called
/// for") is forbidden only right after it, so "called the strikes on its territory a violation" still names the strikes.
/// </summary>
public sealed class PronounVerdictTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    private static bool Has(List<EventMention> events, string source, string target, string code) =>
        events.Exists(e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value == code);

    [Theory]
    // The second speaker's "it" is the deed the first criticism judged.
    [InlineData("Hungary vetoed the EU statement on 12 March 2024. France's foreign ministry called the veto a grave mistake, and Germany's foreign minister said it was unacceptable.", "DEU", "HUN")]
    // "it" read back as the speaker itself still opens a verdict on the deed.
    [InlineData("Israel closed the Kerem Shalom crossing on 5 May 2024. Egypt condemned the closure, and Jordan's foreign ministry said it was a grave violation of international law.", "JOR", "ISR")]
    public void SecondSpeakersVerdictOnIt_CriticisesTheSameParty(string text, string source, string target) =>
        Assert.True(Has(Extract(text), source, target, "111"));

    [Theory]
    // No verdict after "it": what the speaker said judges nothing.
    [InlineData("Beijing criticised Manila's decision on 4 March 2024, and Washington said it was studying the decision.", "USA")]
    // The party criticised answers; it does not criticise itself.
    [InlineData("China condemned the Japanese decision on 4 March 2024, and Tokyo said it was unacceptable to link trade and history.", "JPN")]
    // A denied verdict.
    [InlineData("China condemned the Japanese decision on 4 March 2024, and Seoul said it was not illegal.", "KOR")]
    // No criticism before: "it" has no deed to stand for.
    [InlineData("Japan announced new export rules on 4 March 2024, and Seoul said it was unacceptable.", "KOR")]
    public void SpeakerOfItWithoutAJudgedDeed_GivesNothing(string text, string speaker) =>
        Assert.DoesNotContain(Extract(text), e => e.Source.Code == speaker && e.Cameo.Value == "111");

    [Fact]
    public void CondemnedThem_AimsAtTheStrikers() =>
        Assert.True(Has(Extract("Pakistani jets struck targets inside Afghanistan's Kunar province on 18 March 2024, and Kabul condemned them on Tuesday."),
            "AFG", "PAK", "111"));

    [Fact]
    public void CondemnedThemWithNoArmedActTold_GivesNothing() =>
        Assert.DoesNotContain(Extract("Kazakhstan and Russia signed two trade agreements on 18 March 2024, and Kyiv condemned them on Tuesday."),
            e => e.Source.Code == "UKR" && e.Cameo.Value == "111");

    [Fact]
    public void CalledTheStrikesOnItsTerritoryAViolation_CriticisesTheStriker() =>
        Assert.True(Has(Extract("Turkish drones struck villages in northern Iraq on 4 March 2024. Iraq's foreign minister called the strikes on its territory a flagrant violation of sovereignty."),
            "IRQ", "TUR", "111"));

    [Theory]
    // "called on" and "called for" are appeals, not a naming, when the particle follows the verb.
    [InlineData("Japan's prime minister called on China on 4 March 2024 to release the detained businessman, calling the detention unacceptable.")]
    [InlineData("The Philippines called for calm on 4 March 2024, calling the Chinese manoeuvre near the shoal dangerous.")]
    // After a noun that names no armed act the particle still forbids: the report is no deed of China's.
    [InlineData("Tokyo called the report on Chinese growth mistaken on 4 March 2024.")]
    public void ParticleRightAfterCalled_IsNoNaming(string text) =>
        Assert.DoesNotContain(Extract(text), e => e.LexiconEntry.StartsWith("criticise-call", StringComparison.Ordinal) && e.Target.Code == "CHN"
            && e.PhraseStart == text.IndexOf("called", StringComparison.Ordinal));
}
