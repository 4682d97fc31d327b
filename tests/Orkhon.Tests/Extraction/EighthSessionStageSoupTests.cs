using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// The stages the eighth session added (calls as adjuncts, an auxiliary after "and", closed conditions, interrupted lists,
/// joint-act adjuncts, repeated prepositions, trip purposes, habitual frames, adverbs inside phrases, described states, firm and
/// "it" references, people of a state, restated acts, troop arrivals) read words around the token they stand on. Their cue
/// words, cut short at sentence starts and ends, shuffled into soup, with and without a publication date, must never throw.
/// </summary>
public sealed class EighthSessionStageSoupTests
{
    private static readonly string[] s_cues =
    [
        // calls, conditions, lists, joint acts, repeated prepositions, trips
        "apologised", "to", "in", "a", "phone", "call", "by", "telephone", "over", "the", "if", "unless", "and", "later", ",", "who", "which",
        "after", "talks", "met", "with", "on", "against", "from", "towards", "flew", "traveled", "visited", "for", "at", "signed",
        // auxiliaries after "and", habitual frames, adverbs inside phrases
        "was", "were", "would", "has", "had", "also", "years", "decades", "more", "than", "a", "decade", "spoken", "overnight", "fully", "cooperate",
        // described states, firms, "it"
        "landlocked", "country", "nation", "kingdom", "Pacific", "West", "African", "company", "firm", "it", "said", "urged", "accused", "of", "'s",
        // people of a state, troop arrivals, restated acts
        "freed", "10", "Chinese", "nationals", "expelled", "four", "Russian", "agents", "Polish", "paratroopers", "arrived", "battalion", "commander",
        "The", "These", "three-day", "week-long", "trip", "drills", "run", "until", "killings", "took", "place", "arrested", "rounded", "up",
        "Monday", "May", "10", "Nov.", "28", "last", "week", "1948", "since", "by", ";", ":", ".", "\"", "(", ")",
        // actors
        "Mongolia", "China", "Russia", "Japan", "Rio", "Tinto", "Putin", "Morocco", "Algeria", "Tuvalu",
    ];

    private static string Soup(string[] words) => string.Join(' ', words);

    // Every cue word alone, and each pair of them, opening and closing a text: the first and last token of a sentence.
    [Fact]
    public void Extract_EveryCueAloneAndInPairs_NeverThrows()
    {
        DateOnly? date = new DateOnly(2024, 3, 5);
        foreach (var a in s_cues)
        {
            _ = EventExtractor.Default.Extract(a, null);
            _ = EventExtractor.Default.Extract(a + " .", date);
            foreach (var b in s_cues)
            {
                _ = EventExtractor.Default.Extract(a + " " + b, date);
            }
        }
    }

    [Theory]
    [InlineData("The three-day trip")]
    [InlineData("The drills run until")]
    [InlineData("The killings, on")]
    [InlineData("Russia said it")]
    [InlineData("said it")]
    [InlineData("urged it to")]
    [InlineData("the landlocked country")]
    [InlineData("Peru criticised the landlocked country of")]
    [InlineData("the company")]
    [InlineData("Mongolia has for years")]
    [InlineData("Mongolia freed 10")]
    [InlineData("Polish paratroopers arrived")]
    [InlineData("Russia would expel diplomats and was")]
    [InlineData("Mongolia signed deals with China in 1948 and with")]
    [InlineData("Putin flew to Mongolia to")]
    [InlineData("apologised to Aliyev in a")]
    public void Extract_CueCutShort_Completes(string text)
    {
        foreach (DateOnly? date in new DateOnly?[] { null, new DateOnly(2024, 3, 5), DateOnly.MinValue, DateOnly.MaxValue })
        {
            Assert.All(EventExtractor.Default.Extract(text, date), e => Assert.InRange(e.SentenceEnd, e.SentenceStart, text.Length));
        }
    }

    // Random soup of the stages' own cue words, several sentences long, dated or not: extraction completes.
    [Fact]
    public void Property_CueWordSoup_NeverThrows() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(400).WithEndSize(200), Prop.ForAll((from words in Gen.ArrayOf(Gen.Elements(s_cues)) from dated in Gen.Elements(true, false) select (words, dated)).ToArbitrary(), c =>
        {
            var text = Soup(c.words);
            DateOnly? date = c.dated ? DateOnly.ParseExact("2024-03-05", "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
            return EventExtractor.Default.Extract(text, date).All(e => e.SentenceEnd <= text.Length);
        }));

    // One long run-on text of the cue words (capped sentences, many of them): it completes well within a hang guard.
    [Fact]
    public void Extract_LongCueWordSoup_CompletesWithinAGuard()
    {
        var random = new Random(8);
        var words = new string[60_000];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = s_cues[random.Next(s_cues.Length)];
        }

        var text = Soup(words);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        _ = EventExtractor.Default.Extract(text, null);
        Assert.InRange(watch.Elapsed.TotalSeconds, 0, 60);
    }
}
