using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Yielding and joint military work from the p39-yields census of the news fit fold: people held before their release ("freed
/// three detained Americans") are the release's object and their detention is no act of its own; released women, children
/// and officers are persons released (0841, the code of "freed" too); an exercise "completed" is joint drills; and an exercise
/// held with several forces is one of all of them, every two once (062). Sentences of our own, in agency and newspaper styles.
/// </summary>
public sealed class HeldPeopleReleaseTests
{
    private static List<string> Codes(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2025, 6, 7)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("Iran freed three detained Americans on Friday.", "IRN>USA 0841")]
    [InlineData("MINSK, June 5 (Reuters) - Belarus released two jailed Lithuanians on Thursday.", "BLR>LTU 0841")]
    [InlineData("Venezuela on Wednesday freed six imprisoned Colombians, the foreign ministry in Bogota said.", "VEN>COL 0841")]
    public void PeopleHeldBeforeTheirRelease_AreItsObject(string text, string expected)
    {
        var codes = Codes(text);
        Assert.Contains(expected, codes);
        // "detained", "jailed" describe the people: no arrest is told.
        Assert.DoesNotContain(codes, c => c.EndsWith(" 173", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Israel released 24 Palestinian women and teenagers from its prisons on Friday.", "ISR>PSE 0841")]
    [InlineData("Georgia freed four Russian officers on Monday after a week in custody.", "GEO>RUS 0841")]
    [InlineData("Tehran freed three French nationals on Tuesday.", "IRN>FRA 0841")]
    public void ReleasedPersons_Are0841(string text, string expected) =>
        Assert.Contains(expected, Codes(text));

    // Hard negatives: a count that is a subject keeps its verb; an arrest with no release; people released by no one named.
    [Theory]
    [InlineData("Russia and Ukraine said the two exchanged prisoners on Friday.", "RUS>UKR 0841")]
    [InlineData("Police in Tbilisi detained three Russian tourists on Friday.", "GEO>RUS 173")]
    public void ACountThatIsASubject_KeepsItsVerb(string text, string expected) =>
        Assert.Contains(expected, Codes(text));

    [Theory]
    [InlineData("Officials said three arrested men were released on Friday.")]
    [InlineData("The Korean striker released the ball too late.")]
    public void NoReleaseOfAStatesPeople_GivesNo08(string text) =>
        Assert.DoesNotContain(Codes(text), c => c.Contains(" 084", StringComparison.Ordinal));

    [Theory]
    [InlineData("Kazakh and Kyrgyz troops completed the Birlestik exercise near Almaty on Friday.", "KAZ>KGZ 062")]
    [InlineData("India and France completed their Shakti drills in Rajasthan on Friday.", "IND>FRA 062")]
    public void ACompletedExercise_IsJointDrills(string text, string expected) =>
        Assert.Contains(expected, Codes(text));

    [Fact]
    public void AnExerciseWithSeveralForces_PairsEveryTwo()
    {
        var codes = Codes("Kazakh troops took part with Kyrgyz and Tajik units in the Rubezh exercise on Friday.");
        Assert.Contains("KAZ>KGZ 062", codes);
        Assert.Contains("KAZ>TJK 062", codes);
        Assert.Contains("KGZ>TJK 062", codes);
    }

    // A one-sided act on several states is no shared exercise: the states acted on are not partners of each other.
    [Fact]
    public void TrainingSeveralStatesTroops_DoesNotPairThem() =>
        Assert.DoesNotContain("KGZ>TJK 062", Codes("Russian instructors trained Kyrgyz and Tajik border guards in 2024."));

    // Completing something other than an exercise is no drill.
    [Fact]
    public void ACompletedRailway_IsNoDrill() =>
        Assert.DoesNotContain(Codes("Kazakhstan and China completed the railway to Khorgos on Friday."), c => c.EndsWith(" 062", StringComparison.Ordinal));
}
