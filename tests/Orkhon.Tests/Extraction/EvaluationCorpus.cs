using System.Text;
using System.Text.Json;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// The annotated corpora under <c>TestData/extraction/</c>: the team corpus (<c>corpus.jsonl</c>), the wire-style
/// corpus (<c>wire.jsonl</c>) and the news-excerpt corpus (<c>news.jsonl</c>, paragraphs of two to six sentences). Each item carries a frozen <c>split</c> (<see cref="SplitRule"/>); the test part is
/// held out and must never be read while changing the lexicon or the rules.
/// </summary>
internal static class EvaluationCorpus
{
    public const string Team = "team";

    public const string Wire = "wire";

    public const string News = "news";

    public const string Tune = "tune";

    public const string Test = "test";

    public static readonly IReadOnlyList<string> Names = [Team, Wire, News];

    public static readonly IReadOnlyList<string> Splits = [Tune, Test];

    public sealed record GoldEvent(string Source, string? SourceRole, string Target, string? TargetRole, string Cameo, string? Date)
    {
        public string Root => Cameo[..2];
    }

    public sealed record Item(string Corpus, string Id, string Family, string Split, string Text, string? DocDate, IReadOnlyList<GoldEvent> Events)
    {
        public bool IsHardNegative => Events.Count == 0;
    }

    public static string FolderPath => Path.Combine(RepositoryRoot.Path, "tests", "Orkhon.Tests", "TestData", "extraction");

    public static string FileName(string corpus) => corpus switch
    {
        Team => "corpus.jsonl",
        Wire => "wire.jsonl",
        News => "news.jsonl",
        _ => throw new ArgumentOutOfRangeException(nameof(corpus), corpus, "unknown corpus"),
    };

    public static IReadOnlyList<Item> Load(string corpus = Team)
    {
        var path = Path.Combine(FolderPath, FileName(corpus));
        var items = new List<Item>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            try
            {
                items.Add(Parse(corpus, JsonDocument.Parse(line).RootElement));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new InvalidDataException($"{FileName(corpus)}:{lineNumber}: {e.Message}", e);
            }
        }

        return items;
    }

    public static IReadOnlyList<Item> LoadAll() => [.. Names.SelectMany(Load)];

    private static Item Parse(string corpus, JsonElement j)
    {
        var events = j.GetProperty("events").EnumerateArray().Select(e => new GoldEvent(
            e.GetProperty("source").GetString()!, OptionalString(e, "source_role"),
            e.GetProperty("target").GetString()!, OptionalString(e, "target_role"),
            e.GetProperty("cameo").GetString()!, OptionalString(e, "date"))).ToList();
        return new Item(corpus, j.GetProperty("id").GetString()!, j.GetProperty("family").GetString()!, j.GetProperty("split").GetString()!,
            j.GetProperty("text").GetString()!, OptionalString(j, "doc_date"), events);
    }

    private static string? OptionalString(JsonElement element, string name) =>
        element.GetProperty(name).ValueKind == JsonValueKind.Null ? null : element.GetProperty(name).GetString();
}

/// <summary>
/// The frozen split: an item is in the test part when the 32-bit FNV-1a hash of its id's UTF-8 bytes, modulo 100, is
/// below <see cref="TestPercent"/>. The hash depends on the id alone, so adding items never moves old ones.
/// </summary>
internal static class SplitRule
{
    public const int TestPercent = 35;

    public static string For(string id) => Fnv1a(id) % 100 < TestPercent ? EvaluationCorpus.Test : EvaluationCorpus.Tune;

    public static uint Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return hash;
    }
}
