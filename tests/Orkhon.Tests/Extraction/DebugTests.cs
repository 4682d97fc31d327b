using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

public sealed class DebugTests
{
    [Fact]
    public void Debug()
    {
        var explain = new List<string>();
        var tokens = Orkhon.Text.Tokenizer.Tokenize("The visit by Mongolian Prime Minister Oyun-Erdene to Washington in August 2023 produced an open skies deal.", 0, 107);
        var e = EventExtractor.Default.Extract("The visit by Mongolian Prime Minister Oyun-Erdene to Washington in August 2023 produced an open skies deal.", null, explain);
        Assert.Fail(string.Join("\n", explain) + "\n" + string.Join(" ", tokens.Select(t => t.Start + ":" + t.End)) + "|" + e.Count);
    }
}
