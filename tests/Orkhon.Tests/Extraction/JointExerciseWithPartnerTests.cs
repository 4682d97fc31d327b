using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Joint exercises and training told with the partner after a preposition are military cooperation, 062 (rows
/// <c>p29-military-*</c>): "trained with" another state's forces, "took part with" or "alongside" its units in an exercise,
/// two states that "have run" an exercise, and a state's instructors who train another's soldiers. Sentences of our own, in
/// agency and newspaper styles.
/// </summary>
public sealed class JointExerciseWithPartnerTests
{
    private static List<string> Codes(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 5, 10)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("Indian troops trained with French forces in Rajasthan in 2023.", "IND>FRA 062")]
    [InlineData("Mongolian soldiers train with Russian forces every year in the Selenge exercise.", "MNG>RUS 062")]
    [InlineData("Egyptian commandos drilled with their Saudi counterparts near Tabuk last week.", "EGY>SAU 062")]
    [InlineData("American troops took part with Thai and Indonesian units in the Cobra Gold exercise in 2024.", "USA>IDN 062")]
    [InlineData("Units from China and Belarus took part alongside Russian troops in the Zapad exercise in 2021.", "CHN>RUS 062")]
    [InlineData("Britain and Kazakhstan have run the Steppe Eagle exercise every year since 2003.", "GBR>KAZ 062")]
    [InlineData("Japanese instructors trained Mongolian border guards in 2019.", "JPN>MNG 062")]
    public void AnExerciseOrTrainingWithAPartner_IsMilitaryCooperation(string text, string expected) =>
        Assert.Contains(expected, Codes(text));

    // Hard negatives: weapons or coaches are no partner, one state's drills near another, membership, an exercise proposed.
    [Theory]
    [InlineData("Ukrainian troops trained with American weapons in 2023.")]
    [InlineData("Kazakh athletes trained with Chinese coaches before the Games.")]
    [InlineData("Russia has run drills near the border with Ukraine for weeks.")]
    [InlineData("Finland joined NATO in April, and its exercises grew.")]
    [InlineData("The Mongolian delegation took part with Japan's in the cultural forum.")]
    public void NoJointExercise_GivesNo062(string text) =>
        Assert.DoesNotContain(Codes(text), c => c.EndsWith(" 062", StringComparison.Ordinal));
}
