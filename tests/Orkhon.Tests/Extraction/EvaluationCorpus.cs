using System.Globalization;
using System.Text.Json;
using Orkhon.Domain;
using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Scores the extractor against the team's annotated corpus (<c>TestData/extraction/corpus.jsonl</c>).
/// Identity of an event = source, target and CAMEO root; symmetric roots (consult, sign, relations,
/// military cooperation, fighting) match in either direction. Dates are scored separately on matched events.
/// </summary>
internal static class EvaluationCorpus
{
    private static readonly HashSet<string> s_symmetric = ["04", "05", "06", "19"];

    public sealed record GoldEvent(string Source, string Target, string Cameo, string? Date);

    public sealed record Item(string Id, string Family, string Text, string? DocDate, IReadOnlyList<GoldEvent> Events);

    public sealed record Score(int TruePositives, int FalsePositives, int FalseNegatives, int DatesCorrect, int DatesScored, IReadOnlyList<string> Errors)
    {
        public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

        public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

        public double DateAccuracy => DatesScored == 0 ? 1 : (double)DatesCorrect / DatesScored;

        public override string ToString() =>
            string.Create(CultureInfo.InvariantCulture, $"P {Precision:0.000} R {Recall:0.000} F1 {F1:0.000} (TP {TruePositives}, FP {FalsePositives}, FN {FalseNegatives}); dates {DateAccuracy:0.000} ({DatesCorrect}/{DatesScored})");
    }

    public static IReadOnlyList<Item> Load()
    {
        var path = Path.Combine(RepositoryRoot.Path, "tests", "Orkhon.Tests", "TestData", "extraction", "corpus.jsonl");
        return File.ReadLines(path).Where(l => l.Trim().Length > 0).Select(l =>
        {
            var j = JsonDocument.Parse(l).RootElement;
            var events = j.GetProperty("events").EnumerateArray().Select(e => new GoldEvent(
                e.GetProperty("source").GetString()!, e.GetProperty("target").GetString()!, e.GetProperty("cameo").GetString()!,
                e.GetProperty("date").ValueKind == JsonValueKind.Null ? null : e.GetProperty("date").GetString())).ToList();
            return new Item(j.GetProperty("id").GetString()!, j.GetProperty("family").GetString()!, j.GetProperty("text").GetString()!,
                j.GetProperty("doc_date").ValueKind == JsonValueKind.Null ? null : j.GetProperty("doc_date").GetString(), events);
        }).ToList();
    }

    public static Score Evaluate(IEnumerable<Item> items, EventExtractor extractor)
    {
        int tp = 0, fp = 0, fn = 0, datesOk = 0, dates = 0;
        var errors = new List<string>();
        foreach (var item in items)
        {
            DateOnly? docDate = item.DocDate is null ? null : DateOnly.ParseExact(item.DocDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var predicted = extractor.Extract(item.Text, docDate).Select(e => new GoldEvent(e.Source.Code, e.Target.Code, e.Cameo, e.Date?.ToString()))
                .Distinct().ToList();
            var gold = item.Events.ToList();
            foreach (var p in predicted)
            {
                var match = gold.FirstOrDefault(g => Same(g, p));
                if (match is null)
                {
                    fp++;
                    errors.Add($"{item.Id} FP {p.Source}->{p.Target} {p.Cameo} {p.Date} | {item.Text}");
                    continue;
                }

                gold.Remove(match);
                tp++;
                dates++;
                if (match.Date == p.Date || (match.Date is not null && p.Date is not null && FuzzyDate.Parse(match.Date).Contains(FuzzyDate.Parse(p.Date)) && FuzzyDate.Parse(p.Date).Contains(FuzzyDate.Parse(match.Date))))
                {
                    datesOk++;
                }
                else
                {
                    errors.Add($"{item.Id} DATE gold {match.Date} got {p.Date} | {item.Text}");
                }
            }

            foreach (var g in gold)
            {
                fn++;
                errors.Add($"{item.Id} FN {g.Source}->{g.Target} {g.Cameo} {g.Date} | {item.Text}");
            }
        }

        return new Score(tp, fp, fn, datesOk, dates, errors);
    }

    private static bool Same(GoldEvent gold, GoldEvent predicted)
    {
        var root = gold.Cameo[..2];
        if (root != predicted.Cameo[..2])
        {
            return false;
        }

        return (gold.Source == predicted.Source && gold.Target == predicted.Target)
            || (s_symmetric.Contains(root) && gold.Source == predicted.Target && gold.Target == predicted.Source);
    }
}
