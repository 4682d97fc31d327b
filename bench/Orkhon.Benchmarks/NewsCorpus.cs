using System.Text;

namespace Orkhon.Benchmarks;

/// <summary>
/// A generated, news-like corpus: sentences assembled from varied parts with a fixed seed, so runs are
/// comparable and no single sentence repeats enough to flatter caches.
/// </summary>
public static class NewsCorpus
{
    private static readonly string[] s_subjects =
    [
        "President Khurelsukh", "The Mongolian foreign minister", "Prime Minister Oyun-Erdene", "A Kazakh delegation", "Dr. Batbold",
        "The U.S. ambassador", "Russian President Putin", "Chinese Premier Li", "The Kyrgyz president", "Officials from Tashkent",
    ];

    private static readonly string[] s_verbs =
    [
        "visited", "held talks in", "signed an agreement in", "met counterparts in", "attended a summit in", "hosted a delegation from",
        "praised cooperation with", "criticised the decision of", "announced aid to", "proposed a corridor through",
    ];

    private static readonly string[] s_places =
    [
        "Ulaanbaatar", "Beijing", "Moscow", "Astana", "Bishkek", "Tashkent", "Ashgabat", "Dushanbe", "Tokyo", "Seoul", "Washington", "New Delhi", "Ankara", "Brussels",
    ];

    private static readonly string[] s_tails =
    [
        "in July 2023", "on 3 September 2024", "in early September", "last year", "during the Jan. 12 meeting", "in the early 1990s", "since 2023",
        "after No. 5 was adopted", "with 5.2 percent growth expected", "as both sides said", "\"for the first time,\" officials said",
    ];

    /// <summary>About <paramref name="bytes"/> characters of text in paragraphs of 3 to 8 sentences.</summary>
    public static string Generate(int bytes, int seed = 42)
    {
        var random = new Random(seed);
        var text = new StringBuilder(bytes + 256);
        while (text.Length < bytes)
        {
            var sentences = random.Next(3, 9);
            for (var i = 0; i < sentences; i++)
            {
                text.Append(s_subjects[random.Next(s_subjects.Length)]).Append(' ')
                    .Append(s_verbs[random.Next(s_verbs.Length)]).Append(' ')
                    .Append(s_places[random.Next(s_places.Length)]).Append(' ')
                    .Append(s_tails[random.Next(s_tails.Length)])
                    .Append(random.Next(4) == 0 ? "!" : ".").Append(' ');
            }

            text.Append("\n\n");
        }

        return text.ToString();
    }

    /// <summary>
    /// Writes news-sized articles (about 3 KB each, every one different) numbered from <paramref name="first"/>,
    /// as whole-process ingest benchmarks read them.
    /// </summary>
    public static void WriteArticles(string folder, int first, int count)
    {
        Directory.CreateDirectory(folder);
        for (var i = first; i < first + count; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"article-{i:D6}.txt"), Generate(3_000, seed: i) + $"Article {i}.\n");
        }
    }
}
