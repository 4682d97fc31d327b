using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A counted group as the object of a verb ("urged both sides", "called on the two countries") stands for the parties of the
/// last act told, even when one of them was named only in passing ("Armenian villages"); never for the verb's own subject.
/// </summary>
public sealed class CountedGroupObjectTests
{
    private static List<string> Events(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 3, 15)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo.Value[..2]}")];

    [Fact]
    public void BothSides_AfterAVerb_AreTheLastHostileActsParties()
    {
        var events = Events("Azerbaijani forces shelled Armenian border villages on Tuesday. Moscow urged both sides to show restraint.");
        Assert.Contains("RUS>AZE 02", events);
        Assert.Contains("RUS>ARM 02", events);
    }

    [Fact]
    public void TheTwoCountries_AfterAVerb_AreTheLastActsParties()
    {
        var events = Events("Ethiopian troops fired on Eritrean border posts on Sunday. The African Union called on the two countries to cease fire.");
        Assert.Contains(events, e => e.EndsWith(">ETH 02", StringComparison.Ordinal));
        Assert.Contains(events, e => e.EndsWith(">ERI 02", StringComparison.Ordinal));
    }

    [Fact]
    public void AGroupThatTheSubjectBelongedTo_IsNotTheSubjectsOwnAct()
    {
        // Russia was a party of the last act: "both countries" it urges are not Russia and Azerbaijan.
        var events = Events("Russia and Azerbaijan held talks in Baku on Monday. Russia urged both countries to show restraint.");
        Assert.DoesNotContain("RUS>RUS 02", events);
        Assert.DoesNotContain("RUS>AZE 02", events);
    }

    [Fact]
    public void ACountedGroupWithNoEarlierParties_GivesNothing()
    {
        var events = Events("Moscow urged both sides to show restraint.");
        Assert.Empty(events);
    }
    [Theory]
    // After "to" or "with" the counted group is the object too: the sentence's own subject is none of its members.
    [InlineData("Armenia and Azerbaijan agreed on a ceasefire on 3 May 2024. On 4 May 2024, U.S. President Joe Biden sent letters to both leaders.")]
    [InlineData("Armenia and Azerbaijan agreed on a ceasefire on 3 May 2024. On 4 May 2024, U.S. President Joe Biden spoke by telephone with both leaders.")]
    public void BothLeaders_AfterToOrWith_AreNotTheSubject(string text)
    {
        var events = Events(text);
        Assert.DoesNotContain(events, e => e.StartsWith("USA>USA", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.StartsWith("USA>", StringComparison.Ordinal) && !e.StartsWith("USA>ARM", StringComparison.Ordinal) && !e.StartsWith("USA>AZE", StringComparison.Ordinal));
    }

    [Fact]
    public void BothLeaders_AfterWith_AreTheLastActsParties()
    {
        var events = Events("Armenia and Azerbaijan agreed on a ceasefire on 3 May 2024. On 4 May 2024, U.S. President Joe Biden spoke by telephone with both leaders.");
        Assert.Contains("USA>ARM 04", events);
        Assert.Contains("USA>AZE 04", events);
    }
}
