using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A joint act told with an absolute clause of parties joining it ("A and B began joint exercises, with C and D joining") has
/// every one of them for a party, each with each other one once (<c>Clauses.AbsoluteClauses</c>, kind Joining); the subjects
/// are still partners of each other. "with X abstaining" and a directed act stay as they were. Sentences of our own.
/// </summary>
public sealed class JoiningPartiesTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, new DateOnly(2024, 5, 10));

    private static bool Has(List<EventMention> events, string source, string target, string root) =>
        events.Exists(e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value.StartsWith(root, StringComparison.Ordinal));

    [Theory]
    [InlineData("JPN", "USA")]
    [InlineData("JPN", "AUS")]
    [InlineData("USA", "IND")]
    [InlineData("AUS", "IND")]
    public void JointActWithPartiesJoining_PairsEveryTwoParties(string source, string target) =>
        Assert.True(Has(Extract("Japanese and U.S. warships began joint naval exercises on Monday, with Australian and Indian navy ships joining for the first time."), source, target, "062"),
            $"expected {source}->{target} root 062");

    [Fact]
    public void JoiningParties_AreNoObjectsOfTheSubjectsOnly()
    {
        // Before: the joiners were read as the objects of "began", and the two subjects were never paired with each other.
        var events = Extract("Thai and Malaysian troops began joint border drills on Monday, with Indonesian and Philippine marines joining later in the week.");
        Assert.True(Has(events, "THA", "MYS", "062"));
        Assert.True(Has(events, "IDN", "PHL", "062"));
    }

    [Fact]
    public void DirectedActWithAJoiningClause_GivesTheJoinersNoTarget() =>
        // A directed act is no joint act: "with X joining" does not make X a party criticised.
        Assert.DoesNotContain(Extract("France criticised Iran on Monday, with Germany joining the criticism later."),
            e => e.Target.Code == "DEU");
}
