using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A past participle between an opener of a noun phrase (an article, a number, a preposition, an -ing verb) and its noun is
/// an adjective, not an act: "planes carrying deported migrants", "some 30 heavily armed Serb attackers". With a subject of
/// its own, an agent after "by" or a date before it, it stays a verb. Branch p26-precision3; the sentences are our own.
/// </summary>
public sealed class AttributiveParticipleTests
{
    private static string[] Coded(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2025, 1, 1)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("Colombia turned back two U.S. military planes carrying deported migrants on Sunday.", "USA>COL 174")] // after an -ing verb
    [InlineData("Three of some 30 heavily armed Serb attackers were killed in the village.", "SRB>")]               // number, adverb
    [InlineData("The expelled Russian diplomats left Warsaw on Friday.", "RUS>POL 174")]                            // article
    [InlineData("Kyiv says thousands of abducted Ukrainian children are still held in Russia.", "RUS>UKR 181")]     // preposition
    [InlineData("Rescuers reached a bombed Syrian hospital near the Turkish border on Sunday.", ">SYR 195")]        // article, one state
    public void Extract_ParticipleAsAdjective_IsNotCoded(string text, string dropped) =>
        Assert.DoesNotContain(Coded(text), c => c.Contains(dropped, StringComparison.Ordinal));

    [Theory]
    [InlineData("Russia expelled diplomats from Poland on Friday.", "RUS>POL 174")]             // a subject before it
    [InlineData("The United States deported migrants to Colombia on Sunday.", "USA>COL 174")]
    [InlineData("Russia, which in 2014 annexed Crimea, denied the charge.", "RUS>UKR 192")]      // a date before it
    public void Extract_ParticipleAsVerb_IsCoded(string text, string expected) =>
        Assert.Contains(expected, Coded(text));
}
