using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// "X, &lt;apposition or prepositional phrase&gt;, VERB": the actor before the parenthetical is the verb's subject, whatever
/// the parenthetical names and whatever phrase it holds (SubjectFinder.ParentheticalSubject).
/// </summary>
public sealed class ParentheticalSubjectTests
{
    private static List<string> Events(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 3, 15)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo.Value[..2]}")];

    [Fact]
    public void AnAppositionNamingAnotherState_DoesNotTakeTheSubject()
    {
        var events = Events("Britain condemned the raid on Monday, while Turkey, Azerbaijan's closest ally, praised Baku for its restraint.");
        Assert.Contains("TUR>AZE 05", events);
        Assert.DoesNotContain(events, e => e.StartsWith("GBR>AZE 05", StringComparison.Ordinal));
    }

    [Fact]
    public void APrepositionalPhraseHoldingItsOwnClause_DoesNotTakeTheSubject()
    {
        var events = Events("Orban, on his first trip to Kyiv since Russia invaded Ukraine, praised Zelensky for his courage.");
        Assert.Contains("HUN>UKR 05", events);
        Assert.DoesNotContain("RUS>UKR 05", events);
    }

    [Fact]
    public void ARelativeClause_StaysTheClauseLayers()
    {
        // "which" opens a relative clause: the parenthetical rule leaves it to the relative-clause reading, which gives Kazakhstan.
        var events = Events("Kazakhstan, which Russia had criticised, praised China for its support.");
        Assert.Contains("KAZ>CHN 05", events);
    }
}
