using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A list of objects goes on across an article or a part of the country after "and" ("two Russian diplomats and a Belarusian
/// diplomat", "villages in southern Lebanon and eastern Syria"), as it already went on across "the": before (branch
/// <c>p30-metamorphic</c>, transform T7), only the first object was acted on. A clause after "and a day later" names no object.
/// Sentences of our own.
/// </summary>
public sealed class CoordinatedObjectArticleTests
{
    private static string[] Pairs(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 6, 15)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo.Root.Value}")];

    [Theory]
    [InlineData("Iran detained two French nationals and a German national on espionage charges.", "IRN>FRA 17", "IRN>DEU 17")]
    [InlineData("Germany expelled two Russian diplomats and a Belarusian diplomat over an espionage case.", "DEU>RUS 17", "DEU>BLR 17")]
    [InlineData("Israel carried out air strikes on villages in southern Lebanon and eastern Syria.", "ISR>LBN 19", "ISR>SYR 19")]
    [InlineData("Turkish drones struck militant positions in northern Iraq and northern Syria.", "TUR>IRQ 19", "TUR>SYR 19")]
    [InlineData("Moscow expelled a Lithuanian diplomat and an Estonian diplomat on Friday.", "RUS>LTU 17", "RUS>EST 17")]
    public void AnArticleOrAPartOfTheCountryAfterAnd_ContinuesTheList(string text, string first, string second)
    {
        var pairs = Pairs(text);
        Assert.Contains(first, pairs);
        Assert.Contains(second, pairs);
    }

    [Theory]
    [InlineData("Russia expelled a British diplomat and a day later closed the consulate.", "RUS>GBR 17")]
    [InlineData("Iran detained two French nationals and a day later released them.", "IRN>FRA 17")]
    public void AClauseAfterAnd_AddsNoObject(string text, string only) =>
        Assert.Equal([only], Pairs(text).Where(p => p.EndsWith(" 17", StringComparison.Ordinal)));
}
