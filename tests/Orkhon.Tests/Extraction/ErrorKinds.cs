using System.Globalization;
using Orkhon.Domain;
using static Orkhon.Tests.Extraction.EvaluationCorpus;
using static Orkhon.Tests.Extraction.EvaluationScore;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Counts a part's errors by kind, as aggregates that may be read for the held-out part too. Inside each item, missed gold
/// events (FN) and predictions no gold event fits (FP) are paired one to one, nearest kind first: the same pair with
/// another root is a <c>root</c> error, then the same root with the pair reversed a <c>direction</c> error, then the same
/// root with one party the same an <c>actor</c> error (the other party wrong or missing). A pair of errors counts once on
/// each side, so a wrong prediction beside two missed events of its pair makes one root error and one missed event. What is
/// left unpaired was <c>missed</c> outright (counted apart: missed events whose pair the item's true events do hold, such as
/// a welcome beside a found visit) or is <c>spurious</c> (with how many came from hard negatives). The kinds tell which
/// stage to work on: coding (root), arguments (direction, actor) or triggers and discourse (missed, spurious).
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
            var (goldKinds, gotKinds) = Pair(r);
            for (var g = 0; g < r.FalseNegatives.Count; g++)
            {
                var gold = r.FalseNegatives[g];
                if (root is not null && gold.Root != root)
                {
                    continue;
                }

                missed[(int)goldKinds[g]]++;
                ofAFoundPair += goldKinds[g] == Kind.Other && r.Matched.Any(m => SamePair(m.Got.Source, m.Got.Target, gold.Source, gold.Target)) ? 1 : 0;
            }

            for (var p = 0; p < r.FalsePositives.Count; p++)
            {
                if (root is null || r.FalsePositives[p].Root == root)
                {
                    spurious[(int)gotKinds[p]]++;
                    inNegatives += r.Item.IsHardNegative ? 1 : 0;
                }
            }
        }

        return new Summary(Of(missed), ofAFoundPair, Of(spurious), inNegatives);
    }

    /// <summary>The short form printed beside each root: its missed events' and its false predictions' kinds.</summary>
    public static string MissedShort(Summary summary) => string.Create(CultureInfo.InvariantCulture,
        $"FN root {summary.Missed.Root}, actor {summary.Missed.Actor + summary.Missed.Direction}, missed {summary.Missed.Other} ({summary.MissedOfAFoundPair} of a pair found); " +
        $"FP root {summary.Spurious.Root}, actor {summary.Spurious.Actor + summary.Spurious.Direction}, spurious {summary.Spurious.Other}");

    private enum Kind { Root, Direction, Actor, Other }

    private static Counts Of(int[] counts) => new(counts[0], counts[1], counts[2], counts[3]);

    /// <summary>Pairs an item's missed gold events with its unfitted predictions one to one, nearest kind first.</summary>
    private static (Kind[] Gold, Kind[] Got) Pair(ItemResult r)
    {
        var gold = Enumerable.Repeat(Kind.Other, r.FalseNegatives.Count).ToArray();
        var got = Enumerable.Repeat(Kind.Other, r.FalsePositives.Count).ToArray();
        foreach (var kind in (Kind[])[Kind.Root, Kind.Direction, Kind.Actor])
        {
            for (var g = 0; g < gold.Length; g++)
            {
                if (gold[g] != Kind.Other)
                {
                    continue;
                }

                for (var p = 0; p < got.Length; p++)
                {
                    if (got[p] == Kind.Other && Is(kind, r.FalseNegatives[g], r.FalsePositives[p]))
                    {
                        gold[g] = got[p] = kind;
                        break;
                    }
                }
            }
        }

        return (gold, got);
    }

    private static bool Is(Kind kind, GoldEvent gold, Predicted got) => kind switch
    {
        Kind.Root => gold.Root != got.Root && SamePair(got.Source, got.Target, gold.Source, gold.Target),
        Kind.Direction => gold.Root == got.Root && got.Source == gold.Target && got.Target == gold.Source && !CameoCode.Parse(gold.Root).IsSymmetric,
        _ => gold.Root == got.Root && (got.Source == gold.Source || got.Target == gold.Target || got.Source == gold.Target || got.Target == gold.Source),
    };

    private static bool SamePair(string source, string target, string otherSource, string otherTarget) =>
        (source == otherSource && target == otherTarget) || (source == otherTarget && target == otherSource);
}
