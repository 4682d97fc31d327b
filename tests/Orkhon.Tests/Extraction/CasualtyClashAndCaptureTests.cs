using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Force told around a casualty clause or a capture (branch <c>p39-force</c>): soldiers "killed in a clash with" another
/// state's troops are armed fighting between the two sides (190, lexicon row <c>p39-fight-n-clash-with</c>), and soldiers or
/// civilians of another state captured or abducted are the target's people taken (181, <c>p39-assault-capture-people</c>).
/// A clash with an unarmed party, a town captured and a capture denied code no such event. Sentences written for these tests.
/// </summary>
public sealed class CasualtyClashAndCaptureTests
{
    // A Friday: "on Monday" is 6 May 2024.
    private static readonly DateOnly Published = new(2024, 5, 10);

    private static List<string> Events(string text) =>
        EventExtractor.Default.Extract(text, Published).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}").ToList();

    [Theory]
    [InlineData("Twenty Kyrgyz soldiers were killed in a clash with Tajik troops on the border on Monday.", "KGZ>TJK 190")]
    [InlineData("Three Armenian servicemen were killed in a clash with Azerbaijani forces near Sotk on Monday.", "ARM>AZE 190")]
    // The casualty clause as the object of "after", behind another act's sentence.
    [InlineData("The talks came two weeks after 20 Indian soldiers were killed in a clash with Chinese troops on Monday.", "IND>CHN 190")]
    public void SoldiersKilledInAClashWithTroops_AreFightingBetweenTheSides(string text, string expected) =>
        Assert.Contains(expected, Events(text));

    [Theory]
    // An unarmed partner: a brawl with villagers is no fighting between states' forces.
    [InlineData("Three Kyrgyz citizens were injured in a clash with Tajik villagers over water on Monday.")]
    // A clash of words.
    [InlineData("Mongolia's foreign minister spoke of a clash with China over the Dalai Lama's visit on Monday.")]
    public void AClashWithAnUnarmedParty_IsNoFighting(string text) =>
        Assert.DoesNotContain(Events(text), e => e.EndsWith(" 190", StringComparison.Ordinal));

    [Theory]
    [InlineData("Hezbollah fighters captured two Israeli soldiers in a raid across the border on Monday.", "LBN>ISR 181")]
    [InlineData("Russian troops captured three Ukrainian servicemen near Bakhmut on Monday.", "RUS>UKR 181")]
    [InlineData("Iraqi militants kidnapped two Turkish civilians near Mosul on Monday.", "IRQ>TUR 181")]
    public void SoldiersOrCiviliansCaptured_AreTheirStatesPeopleTaken(string text, string expected) =>
        Assert.Contains(expected, Events(text));

    [Theory]
    // A town captured is territory taken (192), not people.
    [InlineData("Russian forces captured the Ukrainian town of Avdiivka on Monday.")]
    // A capture denied.
    [InlineData("Ukraine said on Monday it had not captured any Russian soldiers.")]
    // Nationals or an officer taken by a state's police are arrested (173), not abducted.
    [InlineData("Pakistani police captured three Afghan nationals in Karachi on Monday.")]
    [InlineData("Israel captured an Iranian officer near the border on Monday.")]
    public void ATownCapturedOrACaptureDenied_IsNoAbduction(string text) =>
        Assert.DoesNotContain(Events(text), e => e.EndsWith(" 181", StringComparison.Ordinal));
}
