using System.Globalization;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// The checked-in list of corpus items the extractor gets wrong today (<c>TestData/extraction/known-failures.txt</c>),
/// one line per item: its id and its number of errors (false positives, false negatives and wrong dates). The gate is
/// "no new failure": an item not on the list must pass, and a listed item must not gain errors. Setting
/// <see cref="UpdateVariable"/> to 1 rewrites the list from the current run; a reviewer reads the diff.
/// </summary>
internal static class KnownFailures
{
    public const string UpdateVariable = "ORKHON_UPDATE_KNOWN_FAILURES";

    public static string FilePath => Path.Combine(EvaluationCorpus.FolderPath, "known-failures.txt");

    public static bool UpdateRequested => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <summary>Id to the number of errors allowed for it.</summary>
    public static IReadOnlyDictionary<string, int> Read()
    {
        var allowed = new Dictionary<string, int>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(FilePath))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length != 2 || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var errors) || errors < 1)
            {
                throw new InvalidDataException($"known-failures.txt:{lineNumber}: expected '<id> <errors>', got '{line}'");
            }

            if (!allowed.TryAdd(fields[0], errors))
            {
                throw new InvalidDataException($"known-failures.txt:{lineNumber}: {fields[0]} is listed twice");
            }
        }

        return allowed;
    }

    public static void Write(IEnumerable<EvaluationScore.ItemResult> failing)
    {
        var lines = new List<string>
        {
            "# Corpus items the extractor fails today: '<id> <errors>', errors = false positives + false negatives + wrong dates.",
            "# EvaluationTests fails when an unlisted item fails or a listed item gains errors, and reports listed items",
            $"# that improved. Regenerate with {UpdateVariable}=1 and review the diff: lines may only go away or",
            "# shrink unless a reviewer accepts a regression. Ids and counts only: the errors of the check folds and the test part are never printed.",
        };
        foreach (var group in failing.GroupBy(r => (r.Item.Corpus, r.Item.Fold))
            .OrderBy(g => g.Key.Corpus, StringComparer.Ordinal).ThenBy(g => EvaluationCorpus.Folds.ToList().IndexOf(g.Key.Fold)))
        {
            lines.Add($"# {group.Key.Corpus}/{group.Key.Fold}: {group.Count()} items");
            lines.AddRange(group.OrderBy(r => r.Item.Id, StringComparer.Ordinal).Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Item.Id} {r.ErrorCount}")));
        }

        File.WriteAllLines(FilePath, lines);
    }
}
