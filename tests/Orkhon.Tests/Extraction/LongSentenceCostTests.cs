using Orkhon.Extraction;
using Orkhon.Extraction.Mentions;
using Orkhon.Extraction.Time;
using Xunit;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// One sentence read far past the splitter's longest, straight through the sentence extractor: a reading asked from each phrase
/// that scans back to the sentence's start (a condition, a "without" clause, a direct question, the actor before an order) makes
/// a long sentence cost its square. 30,000 words of orders with no comma took minutes so; read once per sentence, seconds.
/// </summary>
public sealed class LongSentenceCostTests
{
    [Theory]
    [InlineData("ordered to halt")]                // a body's order with no actor before it: the actor before is looked for
    [InlineData("The court ordered Russia to halt")] // an order with its addressee
    [InlineData("agreed to halt")]                 // an intent governing its act
    public void Extract_ThirtyThousandWordSentenceOfPhrases_CompletesWithinAGuard(string piece)
    {
        var text = string.Join(' ', Enumerable.Repeat(piece, 30_000 / piece.Split(' ').Length)) + " .";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        _ = SentenceExtractor.Default.Extract(text, (0, text.Length), new TimeAnchor(new DateOnly(2024, 3, 5), null), new MentionContext());
        Assert.InRange(watch.Elapsed.TotalSeconds, 0, 60);
    }

    [Theory]
    [InlineData("Will China invade Taiwan? Analysts are divided.")]
    [InlineData("Will China invade Taiwan? Russia invaded Ukraine.")]
    [InlineData("Russia invaded Ukraine without warning Kyiv.")]
    [InlineData("Without waiting for a mandate, NATO struck Serbia.")]
    [InlineData("China warned Japan it would impose sanctions if Tokyo did not withdraw, and urged Seoul to mediate.")]
    [InlineData("?")]
    [InlineData("without")]
    [InlineData("If")]
    public void Extract_QuestionsConditionsAndWithout_AreSound(string text) =>
        StageSoup.AssertSoundAtEveryDate(text);
}
