using System.Globalization;
using Orkhon.Domain;
using Orkhon.Extraction;
using static Orkhon.Tests.Extraction.EvaluationCorpus;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Scores the extractor on corpus items. Identity of an event = source, target and CAMEO root; symmetric roots
/// (consult, diplomatic cooperation, material cooperation, fighting) match in either direction. Dates are scored
/// on matched events: equal, or the same span at the same precision.
/// </summary>
internal static class EvaluationScore
{
    public sealed record Predicted(string Source, string Target, string Cameo, string? Date)
    {
        public string Root => Cameo[..2];
    }

    /// <summary>One item's outcome. It fails on any false positive, false negative or wrong date.</summary>
    public sealed record ItemResult(Item Item, IReadOnlyList<(GoldEvent Gold, Predicted Got, bool DateRight)> Matched,
        IReadOnlyList<Predicted> FalsePositives, IReadOnlyList<GoldEvent> FalseNegatives)
    {
        public bool Failed => ErrorCount > 0;

        /// <summary>False positives, false negatives and wrong dates together: the known-failures list holds it per item.</summary>
        public int ErrorCount => FalsePositives.Count + FalseNegatives.Count + Matched.Count(m => !m.DateRight);

        public IEnumerable<string> Errors()
        {
            foreach (var p in FalsePositives)
            {
                yield return $"{Item.Id} FP {p.Source}->{p.Target} {p.Cameo} {p.Date} | {Item.Text}";
            }

            foreach (var g in FalseNegatives)
            {
                yield return $"{Item.Id} FN {g.Source}->{g.Target} {g.Cameo} {g.Date} | {Item.Text}";
            }

            foreach (var (gold, got, _) in Matched.Where(m => !m.DateRight))
            {
                yield return $"{Item.Id} DATE gold {gold.Date} got {got.Date} ({gold.Cameo}) | {Item.Text}";
            }
        }
    }

    public sealed record Score(int TruePositives, int FalsePositives, int FalseNegatives, int DatesCorrect, int DatesScored)
    {
        public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

        public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

        public double DateAccuracy => DatesScored == 0 ? 1 : (double)DatesCorrect / DatesScored;

        public override string ToString() =>
            string.Create(CultureInfo.InvariantCulture, $"P {Precision:0.000} R {Recall:0.000} F1 {F1:0.000} (TP {TruePositives}, FP {FalsePositives}, FN {FalseNegatives}); dates {DateAccuracy:0.000} ({DatesCorrect}/{DatesScored})");

        /// <summary>Totals over items; with <paramref name="root"/>, only events of that CAMEO root (gold root for TP/FN, predicted root for FP).</summary>
        public static Score Of(IEnumerable<ItemResult> results, string? root = null)
        {
            int tp = 0, fp = 0, fn = 0, datesOk = 0;
            foreach (var r in results)
            {
                foreach (var m in r.Matched.Where(m => root is null || m.Gold.Root == root))
                {
                    tp++;
                    datesOk += m.DateRight ? 1 : 0;
                }

                fp += r.FalsePositives.Count(p => root is null || p.Root == root);
                fn += r.FalseNegatives.Count(g => root is null || g.Root == root);
            }

            return new Score(tp, fp, fn, datesOk, tp);
        }
    }

    public static IReadOnlyList<ItemResult> Evaluate(IEnumerable<Item> items, EventExtractor extractor) =>
        [.. items.Select(i => Evaluate(i, extractor))];

    public static ItemResult Evaluate(Item item, EventExtractor extractor)
    {
        DateOnly? docDate = item.DocDate is null ? null : DateOnly.ParseExact(item.DocDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var predicted = extractor.Extract(item.Text, docDate).Select(e => new Predicted(e.Source.Code, e.Target.Code, e.Cameo, e.Date?.ToString()))
            .Distinct().ToList();
        var gold = ScoredGold(item).ToList();
        var matched = new List<(GoldEvent, Predicted, bool)>();
        var falsePositives = new List<Predicted>();
        // Identity is the root, so one predicted event may fit several gold events of the same pair and root (a visit now
        // and one in 2012; "met", 040, beside "made a visit", 042). Which one it is paired with changes no count of true
        // and false positives, only whether its date is scored right: first pair each predicted event with a fitting gold
        // event of the same date, then the rest, in text order, with what fits and is left (the same code first).
        var unmatched = new List<Predicted>();
        foreach (var p in predicted)
        {
            var match = gold.FirstOrDefault(g => Same(g, p) && SameDate(g.Date, p.Date));
            if (match is null)
            {
                unmatched.Add(p);
                continue;
            }

            gold.Remove(match);
            matched.Add((match, p, true));
        }

        foreach (var p in unmatched)
        {
            var match = gold.FirstOrDefault(g => Same(g, p) && g.Cameo == p.Cameo) ?? gold.FirstOrDefault(g => Same(g, p));
            if (match is null)
            {
                falsePositives.Add(p);
                continue;
            }

            gold.Remove(match);
            matched.Add((match, p, SameDate(match.Date, p.Date)));
        }

        return new ItemResult(item, matched, falsePositives, gold);
    }

    /// <summary>
    /// The item's gold events under the key its predictions are told apart by (source, target, code, date). Roles are
    /// not part of an event's identity, so two gold events that differ only by role ("met the president and the
    /// speaker": government and legislature of one state, one day, one code) are one scored event, as the two
    /// predictions they would need are one after <c>Distinct</c>; before 2026-12-05 (seventh session) the second
    /// could never be found.
    /// </summary>
    public static IEnumerable<GoldEvent> ScoredGold(Item item) => item.Events.DistinctBy(e => (e.Source, e.Target, e.Cameo, e.Date));

    private static bool Same(GoldEvent gold, Predicted predicted)
    {
        if (gold.Root != predicted.Root)
        {
            return false;
        }

        return (gold.Source == predicted.Source && gold.Target == predicted.Target)
            || (CameoCode.Parse(gold.Root).IsSymmetric && gold.Source == predicted.Target && gold.Target == predicted.Source);
    }

    private static bool SameDate(string? gold, string? got) =>
        gold == got || (gold is not null && got is not null && FuzzyDate.Parse(gold).Contains(FuzzyDate.Parse(got)) && FuzzyDate.Parse(got).Contains(FuzzyDate.Parse(gold)));
}
