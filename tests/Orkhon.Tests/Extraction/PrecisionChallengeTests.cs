using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Readings that make false events on agency copy nobody tuned on (branch <c>p13-prec</c>): background facts and figures,
/// negated, refused, hypothetical and cancelled acts, former office-holders, non-state actors, places and noun phrases taken
/// as targets, sport, markets and weather. The sentences are in <c>TestData/extraction/precision-challenge.tsv</c>, written for
/// this set; a row marked "none" must give no event at all, and the few positive rows must still give theirs (source, target
/// and CAMEO root, the identity the evaluation scores).
/// </summary>
public sealed class PrecisionChallengeTests
{
    private static readonly DateOnly DocumentDate = new(2024, 6, 15);

    public static TheoryData<string, string> Rows()
    {
        var rows = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(Path.Combine(EvaluationCorpus.FolderPath, "precision-challenge.tsv")))
        {
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("expected\t", StringComparison.Ordinal))
                continue;
            var tab = line.IndexOf('\t');
            rows.Add(line[..tab], line[(tab + 1)..]);
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void EachRow_GivesItsEventsAndNoOthers(string expected, string text)
    {
        var found = EventExtractor.Default.Extract(text, DocumentDate)
            .Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo.Root}")
            .ToList();
        if (expected == "none")
        {
            Assert.True(found.Count == 0, $"false events: [{string.Join(", ", found)}]");
            return;
        }
        foreach (var wanted in expected.Split(';', StringSplitOptions.TrimEntries))
            Assert.True(found.Contains(wanted), $"missing {wanted}; found [{string.Join(", ", found)}]");
    }

    [Fact]
    public void TheSet_IsMostlyHardNegatives()
    {
        var expected = Rows().Select(row => (string)row.Data.Item1).ToList();
        Assert.True(expected.Count(e => e == "none") >= 60, "fewer than 60 hard negatives");
        Assert.True(expected.Count(e => e != "none") >= 5, "fewer than 5 positive rows");
    }
}
