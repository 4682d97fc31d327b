using System.Globalization;
using Orkhon.Domain;
using static Orkhon.Tests.Extraction.EvaluationScore;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Counts a part's errors by kind, as aggregates that may be read for the held-out part too. Each missed gold event
/// (FN) is set beside the item's unfitted predictions (FP): the same pair with another root is a <c>root</c> error, the
/// same root with the pair reversed a <c>direction</c> error, the same root with one party the same an <c>actor</c> error
/// (the other party wrong or missing), and otherwise the event was <c>missed</c> outright (counted apart: missed events
/// whose pair the item's true events do hold, such as a welcome beside a found visit). Each prediction no gold event
/// fits is counted the same way against the missed gold events, and otherwise as <c>spurious</c> (with how many came from
/// hard negatives). A root error costs one FP and one FN, so the kinds tell which stage to work on: coding (root),
/// arguments (direction, actor) or triggers and discourse (missed, spurious).
/// </summary>
internal static class ErrorKinds
{
    public sealed record Counts(int Root, int Direction, int Actor, int Other)
    {
        public int Total => Root + Direction + Actor + Other;
    }

    public sealed record Summary(Counts Missed, int MissedOfAFoundPair, Counts Spurious, int SpuriousInHardNegatives)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"FN {Missed.Total}: root {Missed.Root}, direction {Missed.Direction}, actor {Missed.Actor}, missed {Missed.Other} ({MissedOfAFoundPair} of a pair found) | " +
            $"FP {Spurious.Total}: root {Spurious.Root}, direction {Spurious.Direction}, actor {Spurious.Actor}, spurious {Spurious.Other} ({SpuriousInHardNegatives} in hard negatives)");
    }

    /// <summary>With <paramref name="root"/>, only the gold events (FN) and predictions (FP) of that CAMEO root.</summary>
    public static Summary Of(IEnumerable<ItemResult> results, string? root = null)
    {
        int[] missed = new int[4], spurious = new int[4];
        int inNegatives = 0, ofAFoundPair = 0;
        foreach (var r in results)
        {
            foreach (var gold in r.FalseNegatives.Where(g => root is null || g.Root == root))
            {
                var kind = Classify(gold.Source, gold.Target, gold.Root, r.FalsePositives.Select(p => (p.Source, p.Target, p.Root)));
                missed[(int)kind]++;
                ofAFoundPair += kind == Kind.Other && r.Matched.Any(m => SamePair((m.Got.Source, m.Got.Target, m.Got.Root), gold.Source, gold.Target)) ? 1 : 0;
            }

            foreach (var p in r.FalsePositives.Where(p => root is null || p.Root == root))
            {
                spurious[(int)Classify(p.Source, p.Target, p.Root, r.FalseNegatives.Select(g => (g.Source, g.Target, g.Root)))]++;
            }

            inNegatives += r.Item.IsHardNegative ? r.FalsePositives.Count(p => root is null || p.Root == root) : 0;
        }

        return new Summary(Of(missed), ofAFoundPair, Of(spurious), inNegatives);
    }

    /// <summary>The short form printed beside each root: its missed events' and its false predictions' kinds.</summary>
    public static string MissedShort(Summary summary) => string.Create(CultureInfo.InvariantCulture,
        $"FN root {summary.Missed.Root}, actor {summary.Missed.Actor + summary.Missed.Direction}, missed {summary.Missed.Other} ({summary.MissedOfAFoundPair} of a pair found); " +
        $"FP root {summary.Spurious.Root}, actor {summary.Spurious.Actor + summary.Spurious.Direction}, spurious {summary.Spurious.Other}");

    private enum Kind { Root, Direction, Actor, Other }

    private static Counts Of(int[] counts) => new(counts[0], counts[1], counts[2], counts[3]);

    /// <summary>The nearest kind of error an event has against the other side's unfitted events, in this order.</summary>
    private static Kind Classify(string source, string target, string root, IEnumerable<(string Source, string Target, string Root)> others)
    {
        var list = others as IReadOnlyCollection<(string Source, string Target, string Root)> ?? [.. others];
        if (list.Any(o => o.Root != root && SamePair(o, source, target)))
        {
            return Kind.Root;
        }

        if (list.Any(o => o.Root == root && o.Source == target && o.Target == source && !CameoCode.Parse(root).IsSymmetric))
        {
            return Kind.Direction;
        }

        return list.Any(o => o.Root == root && (o.Source == source || o.Target == target || o.Source == target || o.Target == source))
            ? Kind.Actor
            : Kind.Other;
    }

    private static bool SamePair((string Source, string Target, string Root) other, string source, string target) =>
        (other.Source == source && other.Target == target) || (other.Source == target && other.Target == source);
}
