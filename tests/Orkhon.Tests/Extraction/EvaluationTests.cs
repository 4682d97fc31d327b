using System.Globalization;
using Orkhon.Domain;
using Orkhon.Extraction;
using static Orkhon.Tests.Extraction.EvaluationCorpus;
using static Orkhon.Tests.Extraction.EvaluationScore;

namespace Orkhon.Tests.Extraction;

public sealed class EvaluationTests
{
    /// <summary>Today's bar on the whole team corpus, unchanged.</summary>
    private const double MinimumF1 = 0.90;

    /// <summary>
    /// The team corpus's tune part alone scores F1 0.894 today (the held-out part 0.932), so 0.90 does not hold
    /// there: its bar is today's figure rounded down. Raise it, never lower it.
    /// </summary>
    private const double MinimumTuneF1 = 0.89;

    private const double MinimumDateAccuracy = 0.90;

    private static readonly HashSet<string> s_roles =
    [
        "government", "head_of_state", "head_of_government", "foreign_ministry", "legislature", "military", "business",
        // CAMEO sector codes for group nouns, used by the wire corpus ("Sudanese militias", "Afghan refugees").
        "police", "judiciary", "rebels", "opposition", "civilians", "refugees", "media",
    ];

    // Both corpora are scored once per test run; every test below reads the same results.
    private static readonly Lazy<IReadOnlyList<ItemResult>> s_results = new(() => Evaluate(LoadAll(), EventExtractor.Default));

    /// <summary>The default extractor's results, which the parse-on evaluation (ParsedEvaluationTests) is compared with.</summary>
    internal static IReadOnlyList<ItemResult> DefaultResults => s_results.Value;

    [Fact]
    public void Corpora_NoItemFailsMoreThanTheKnownFailuresListAllows()
    {
        var results = s_results.Value;
        var report = EvaluationReport.Render(results);
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "extraction-report.txt"), report);
        // Item-level errors of the tune parts only, for whoever improves the lexicon next.
        File.WriteAllLines(Path.Combine(AppContext.BaseDirectory, "extraction-errors.txt"), EvaluationReport.ReadableErrors(results));

        var failing = results.Where(r => r.Failed).ToList();
        if (KnownFailures.UpdateRequested)
        {
            KnownFailures.Write(failing);
            TestContext.Current.SendDiagnosticMessage($"known-failures.txt rewritten with {failing.Count} ids; review the diff.");
            return;
        }

        var known = KnownFailures.Read();
        var ids = results.Select(r => r.Item.Id).ToHashSet(StringComparer.Ordinal);
        var unknownIds = known.Keys.Where(id => !ids.Contains(id)).Order(StringComparer.Ordinal).ToList();
        Assert.True(unknownIds.Count == 0, "known-failures.txt lists ids that are in no corpus: " + string.Join(", ", unknownIds));

        var improved = results.Where(r => known.TryGetValue(r.Item.Id, out var allowed) && r.ErrorCount < allowed)
            .Select(r => $"{r.Item.Id} {known[r.Item.Id]}->{r.ErrorCount}").ToList();
        if (improved.Count > 0)
        {
            var message = $"{improved.Count} items on known-failures.txt improved; shrink the list with {KnownFailures.UpdateVariable}=1: {string.Join(", ", improved)}";
            TestContext.Current.TestOutputHelper?.WriteLine(message);
            TestContext.Current.SendDiagnosticMessage(message);
        }

        // A regression in the tune part shows its errors; in the test part only its id and family, so that the
        // held-out sentences are never read while changing rules.
        var regressions = failing.Where(r => r.ErrorCount > known.GetValueOrDefault(r.Item.Id)).ToList();
        var details = regressions.Select(r => r.Item.IsReadable
            ? $"{r.Item.Id}: {r.ErrorCount} errors, {known.GetValueOrDefault(r.Item.Id)} allowed\n" + string.Join("\n", r.Errors())
            : $"{r.Item.Id} (held out: {r.Item.Fold}, family {r.Item.Family}): {r.ErrorCount} errors, {known.GetValueOrDefault(r.Item.Id)} allowed; fix the rule on the fit fold, do not read this item");
        Assert.True(regressions.Count == 0, $"{regressions.Count} items fail more than known-failures.txt allows:\n" + string.Join("\n", details));
    }

    [Fact]
    public void TeamCorpus_WholeAndTunePart_ScoreAboveTheBar()
    {
        var team = s_results.Value.Where(r => r.Item.Corpus == Team).ToList();
        foreach (var (name, part, minimumF1) in new[] { ("whole", team, MinimumF1), ("tune", team.Where(r => r.Item.Split == Tune).ToList(), MinimumTuneF1) })
        {
            var score = Score.Of(part);
            Assert.True(score.F1 >= minimumF1, $"team corpus {name}: {score}");
            Assert.True(score.DateAccuracy >= MinimumDateAccuracy, $"team corpus {name}: {score}");
        }
    }

    [Fact]
    public void TeamCorpus_HardNegatives_GiveNoEvents()
    {
        var negatives = s_results.Value.Where(r => r.Item.Corpus == Team && r.Item.Family == "negative").ToList();
        Assert.True(negatives.Count >= 30);
        var falsePositives = negatives.SelectMany(r => r.FalsePositives.Select(_ => r)).ToList();
        // Held-out items are named by id only, as in the gate above: their sentences must not be read while tuning.
        var details = falsePositives.Distinct().Select(r => r.Item.IsReadable
            ? string.Join("\n", r.Errors())
            : $"{r.Item.Id} (held out: {r.Item.Fold}): {r.FalsePositives.Count} events from a hard negative; fix the rule on the fit fold, do not read this item");
        Assert.True(falsePositives.Count == 0, string.Join("\n", details));
    }

    [Fact]
    public void TeamCorpus_HasAtLeast200ItemsCoveringEveryFamily()
    {
        var items = Load(Team);
        Assert.True(items.Count >= 200);
        Assert.All(items.GroupBy(i => i.Family), g => Assert.True(g.Count() >= 10, g.Key));
    }

    [Fact]
    public void WireCorpus_Has300ItemsAllTwentyRootsMostlyWithoutMongoliaAndHardNegatives()
    {
        var items = Load(Wire);
        Assert.True(items.Count >= 300, $"{items.Count} items");
        var roots = items.SelectMany(i => i.Events).Select(e => e.Root).ToHashSet();
        var missing = Enumerable.Range(1, 20).Select(r => r.ToString("00", CultureInfo.InvariantCulture)).Where(r => !roots.Contains(r)).ToList();
        Assert.True(missing.Count == 0, "roots without a gold event: " + string.Join(", ", missing));
        var withoutMongolia = items.Count(i => !i.Events.Any(e => e.Source == "MNG" || e.Target == "MNG") && !i.Text.Contains("Mongol", StringComparison.Ordinal));
        Assert.True(withoutMongolia * 2 >= items.Count, $"{withoutMongolia} of {items.Count} items without Mongolia");
        Assert.True(items.Count(i => i.IsHardNegative) >= 30, "fewer than 30 hard negatives");
        Assert.All(items.GroupBy(i => i.Family), g => Assert.True(g.Count() >= 10, $"{g.Key}: {g.Count()} items"));
        Assert.All(items, i => Assert.StartsWith($"wire-{i.Family}-", i.Id, StringComparison.Ordinal));
    }

    [Fact]
    public void NewsCorpus_ExcerptsOfSeveralSentencesHalfAboutMongoliaWithHardNegatives()
    {
        var items = Load(News);
        Assert.True(items.Count >= 80, $"{items.Count} items");
        // An excerpt is a paragraph: most items hold two sentences or more, which single-sentence corpora never test.
        var multiSentence = items.Count(i => Orkhon.Text.SentenceSplitter.Bounds(i.Text).Count >= 2);
        Assert.True(multiSentence * 10 >= items.Count * 8, $"{multiSentence} of {items.Count} items have two sentences or more");
        var aboutMongolia = items.Count(i => i.Events.Any(e => e.Source == "MNG" || e.Target == "MNG") || i.Text.Contains("Mongol", StringComparison.Ordinal));
        Assert.True(aboutMongolia * 10 >= items.Count * 3 && aboutMongolia * 10 <= items.Count * 7, $"{aboutMongolia} of {items.Count} items about Mongolia");
        Assert.True(items.Count(i => i.IsHardNegative) * 100 >= items.Count * 8, "fewer than 8 % hard negatives");
        Assert.All(items, i => Assert.Matches("^news-[a-z]{1,2}-[0-9]{3}$", i.Id));
        Assert.All(items, i => Assert.NotNull(i.DocDate));
    }

    [Fact]
    public void Corpora_SplitField_FollowsTheFrozenRuleAndHoldsOutAtLeast30Percent()
    {
        foreach (var corpus in Names)
        {
            var items = Load(corpus);
            Assert.All(items, i => Assert.True(i.Split == SplitRule.For(i.Id), $"{i.Id}: split {i.Split}, rule says {SplitRule.For(i.Id)}"));
            var test = items.Count(i => i.Split == Test);
            Assert.True(test * 10 >= items.Count * 3, $"{corpus}: {test} of {items.Count} items in the test part");
        }
    }

    [Fact]
    public void Corpora_CheckFold_IsAFifthToAHalfOfEachTunePartAndNeverHoldsATestItem()
    {
        foreach (var corpus in Names)
        {
            var tune = Load(corpus).Where(i => i.Split == Tune).ToList();
            var check = tune.Count(i => i.Fold == Check);
            Assert.True(check * 5 >= tune.Count && check * 2 <= tune.Count, $"{corpus}: {check} of {tune.Count} tune items in the check fold");
            // The fold rule must agree with the frozen split field: Item.Fold trusts the field for test items, so the rule is
            // asked directly, and a tune item it would call test is an error.
            Assert.All(Load(corpus), i => Assert.Equal(i.Split == Test, SplitRule.FoldFor(i.Id) == Test));
        }
    }

    [Theory]
    // Reference values of 32-bit FNV-1a: a change of hash would silently move items between the parts.
    [InlineData("", 0x811c9dc5u)]
    [InlineData("a", 0xe40c292cu)]
    [InlineData("foobar", 0xbf9cf968u)]
    public void SplitRule_Fnv1a_MatchesReferenceValues(string text, uint expected) => Assert.Equal(expected, SplitRule.Fnv1a(text));

    [Fact]
    public void Corpora_AreWellFormed_CodesActorsRolesDatesAndUniqueIds()
    {
        var cameo = TsvColumn(Path.Combine("data", "cameo", "cameo.tsv"));
        var actors = TsvColumn(Path.Combine("data", "reference", "countries.tsv")).Union(TsvColumn(Path.Combine("data", "reference", "organisations.tsv"))).ToHashSet();
        var items = LoadAll();
        var duplicates = items.GroupBy(i => i.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(duplicates.Count == 0, "duplicate ids: " + string.Join(", ", duplicates));
        Assert.All(items, item =>
        {
            Assert.Contains(item.Split, Splits);
            Assert.True(item.DocDate is null || DateOnly.TryParseExact(item.DocDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), item.Id);
            foreach (var e in item.Events)
            {
                Assert.True(cameo.Contains(e.Cameo), $"{item.Id}: CAMEO {e.Cameo}");
                Assert.True(actors.Contains(e.Source) && actors.Contains(e.Target), $"{item.Id}: {e.Source}->{e.Target}");
                Assert.True((e.SourceRole is null || s_roles.Contains(e.SourceRole)) && (e.TargetRole is null || s_roles.Contains(e.TargetRole)), $"{item.Id}: roles");
                Assert.True(e.Date is null || FuzzyDate.TryParse(e.Date, out _), $"{item.Id}: date {e.Date}");
            }
        });
    }

    private static HashSet<string> TsvColumn(string relativePath) =>
        [.. File.ReadLines(Path.Combine(RepositoryRoot.Path, relativePath)).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')[0])];
}
