using FsCheck;
using FsCheck.Fluent;
using Orkhon.Extraction;
using Xunit;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// What every session's stage-soup tests share: the dates they extract at, how a soup of words becomes a text, the check that an
/// extraction is sound, and the run of every cue alone and in pairs. One copy, so a stricter soundness check reaches every session.
/// </summary>
internal static class StageSoup
{
    // No date, an ordinary day, and the calendar's two ends, where date arithmetic overflows if it is not guarded.
    public static readonly DateOnly?[] Dates = [null, new DateOnly(2024, 3, 5), DateOnly.MinValue, DateOnly.MaxValue];

    public static string Soup(IEnumerable<string> words) => string.Join(' ', words);

    // Extraction of the text at the date completes, keeps each event inside the text and is the same when run again.
    public static bool Sound(string text, DateOnly? date)
    {
        var first = EventExtractor.Default.Extract(text, date);
        var again = EventExtractor.Default.Extract(text, date);
        return first.All(e => 0 <= e.SentenceStart && e.SentenceStart <= e.SentenceEnd && e.SentenceEnd <= text.Length
                              && 0 <= e.PhraseStart && e.PhraseStart <= e.PhraseEnd && e.PhraseEnd <= text.Length)
               && first.Select(e => e.ToString()).SequenceEqual(again.Select(e => e.ToString()));
    }

    // Every cue alone, closed by a full stop at the calendar's end, and each ordered pair: the first and last token of a
    // sentence, where the stages' look-backs and look-aheads run off the ends.
    public static void ExtractEachCueAloneAndInPairs(IReadOnlyList<string> cues)
    {
        DateOnly? date = new DateOnly(2024, 3, 5);
        foreach (var a in cues)
        {
            _ = EventExtractor.Default.Extract(a, null);
            _ = EventExtractor.Default.Extract(a + " .", DateOnly.MaxValue);
            foreach (var b in cues)
            {
                _ = EventExtractor.Default.Extract(a + " " + b, date);
            }
        }
    }

    // The text is sound at every one of the dates.
    public static void AssertSoundAtEveryDate(string text)
    {
        foreach (var date in Dates)
        {
            Assert.True(Sound(text, date), text);
        }
    }

    // Random soups of the pieces (cue words or cue phrases), at any of the dates, are all sound.
    public static void CheckSoupsOf(IReadOnlyList<string> pieces, int maxTest, int endSize) =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(maxTest).WithEndSize(endSize), Prop.ForAll((from parts in Gen.ArrayOf(Gen.Elements(pieces.ToArray())) from date in Gen.Elements(Dates) select (parts, date)).ToArbitrary(), c => Sound(Soup(c.parts), c.date)));

    // A long run of pieces drawn at random (seeded, so a failure repeats) until it holds at least the given number of words,
    // each piece reshaped first if asked ("." to "," makes one sentence of it all).
    public static string RandomRun(IReadOnlyList<string> pieces, int seed, int words, Func<string, string>? reshape = null)
    {
        var random = new Random(seed);
        var parts = new List<string>();
        for (var count = 0; count < words;)
        {
            var part = pieces[random.Next(pieces.Count)];
            part = reshape is null ? part : reshape(part);
            parts.Add(part);
            count += part.Count(c => c == ' ') + 1;
        }

        return Soup(parts);
    }

    // Extraction of a long run completes within a hang guard, wide for a busy 2-core machine: a cost that grows with the
    // square of a sentence or of the document takes minutes here, a linear one seconds.
    public static void AssertExtractsWithinGuard(string text)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        _ = EventExtractor.Default.Extract(text, new DateOnly(2024, 3, 5));
        Assert.InRange(watch.Elapsed.TotalSeconds, 0, 60);
    }

    // The phrases with no full stop between them ("." made ","), over 50,000 words: every sentence runs to the splitter's
    // longest, so a stage that scans its sentence once per phrase pays the most here.
    public static void AssertPhraseRunOnWithinGuard(IReadOnlyList<string> phrases, int seed)
    {
        var text = RandomRun(phrases, seed, 52_000, p => p.Replace(" .", " ,", StringComparison.Ordinal));
        Assert.True(text.Split(' ').Length >= 50_000, "the run-on must hold at least 50,000 words");
        AssertExtractsWithinGuard(text);
    }

    // About 50,000 words of short sentences with no punctuation but full stops: a document-level stage that scans all earlier
    // sentences for each one grows with the square of the document and shows here.
    public static void AssertShortSentencesWithinGuard(IReadOnlyList<string> sentences, int seed)
    {
        var text = RandomRun(sentences, seed, 50_000);
        Assert.True(text.Count(c => c == '.') >= 2_000, "the document must hold at least 2,000 sentences");
        AssertExtractsWithinGuard(text);
    }
}
