using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Orkhon.Extraction;
using static Orkhon.Tests.Extraction.EvaluationCorpus;
using static Orkhon.Tests.Extraction.EvaluationScore;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Whether the extractor sees the actors of the events it misses outright. A gold event is "unpaired" when no predicted
/// event of the item (right or wrong) joins its two actors; for each such event the mention finder's actors over the whole
/// excerpt (as <see cref="EventExtractor"/> explains them) tell whether its source and its target were recognised anywhere.
/// An actor never recognised is a recognition miss (reference data or the mention finder); an unpaired event whose two actors
/// were both recognised is an act the extractor did not read. Aggregates only for the held-out parts; the fit fold's
/// unrecognised actors are listed with their excerpt for whoever widens the reference data.
/// </summary>
internal static partial class ActorCoverage
{
    /// <summary>
    /// Unpaired missed events by where their actors were seen: both in one sentence, the source able to act there
    /// (<paramref name="OneSentence"/>); both in one sentence but the source only as a place or a weak nationality there
    /// (<paramref name="SourceOnlyWeak"/>); each in other sentences (<paramref name="AcrossSentences"/>); one never seen.
    /// </summary>
    public sealed record Counts(int Unpaired, int BothSeen, int SourceOnly, int TargetOnly, int Neither, int OneSentence, int SourceOnlyWeak, int AcrossSentences)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"unpaired {Unpaired}: both actors seen {BothSeen} (in one sentence {OneSentence}, there the source only as a place or weak {SourceOnlyWeak}, only in different sentences {AcrossSentences}), source only {SourceOnly}, target only {TargetOnly}, neither {Neither}");
    }

    public static (Counts Counts, List<string> Unseen) Of(IEnumerable<ItemResult> results, EventExtractor extractor, bool listUnseen)
    {
        int unpaired = 0, both = 0, sourceOnly = 0, targetOnly = 0, neither = 0, oneSentence = 0, onlyWeak = 0, across = 0;
        var unseen = new List<string>();
        foreach (var r in results)
        {
            var found = r.Matched.Select(m => m.Got).Concat(r.FalsePositives).ToList();
            var missed = r.FalseNegatives.Where(g => !found.Exists(p => (p.Source == g.Source && p.Target == g.Target) || (p.Source == g.Target && p.Target == g.Source))).ToList();
            if (missed.Count == 0)
            {
                continue;
            }

            var explain = new List<string>();
            DateOnly? docDate = r.Item.DocDate is null ? null : DateOnly.ParseExact(r.Item.DocDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            extractor.Extract(r.Item.Text, docDate, explain);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            // Per sentence: every code seen, and the codes seen as actors able to act (not a place, not a weak nationality).
            var sentences = new List<(HashSet<string> All, HashSet<string> Acting)>();
            foreach (var line in explain)
            {
                if (line.StartsWith("sentence: ", StringComparison.Ordinal))
                {
                    sentences.Add(([], []));
                }
                else if (ActorLine().Match(line) is { Success: true } m && sentences.Count > 0)
                {
                    var codes = m.Groups[1].Value.Split('+');
                    seen.UnionWith(codes);
                    sentences[^1].All.UnionWith(codes);
                    if (!m.Groups[2].Value.Contains(" place", StringComparison.Ordinal) && !m.Groups[2].Value.Contains(" weak", StringComparison.Ordinal))
                    {
                        sentences[^1].Acting.UnionWith(codes);
                    }
                }
            }

            foreach (var g in missed)
            {
                unpaired++;
                var (s, t) = (seen.Contains(g.Source), seen.Contains(g.Target));
                (both, sourceOnly, targetOnly, neither) = (s, t) switch
                {
                    (true, true) => (both + 1, sourceOnly, targetOnly, neither),
                    (true, false) => (both, sourceOnly + 1, targetOnly, neither),
                    (false, true) => (both, sourceOnly, targetOnly + 1, neither),
                    _ => (both, sourceOnly, targetOnly, neither + 1),
                };
                if (s && t)
                {
                    var together = sentences.Where(x => x.All.Contains(g.Source) && x.All.Contains(g.Target)).ToList();
                    var kind = together.Count == 0 ? "across" : together.Exists(x => x.Acting.Contains(g.Source)) ? "" : "weak";
                    (oneSentence, onlyWeak, across) = kind switch
                    {
                        "across" => (oneSentence, onlyWeak, across + 1),
                        "weak" => (oneSentence, onlyWeak + 1, across),
                        _ => (oneSentence + 1, onlyWeak, across),
                    };
                    if (listUnseen && kind.Length > 0)
                    {
                        unseen.Add($"{kind} {r.Item.Id} {g.Source}/{g.SourceRole}->{g.Target}/{g.TargetRole} {g.Cameo} | {r.Item.Text}");
                    }
                }

                if (listUnseen && !(s && t))
                {
                    var sides = (s ? "" : $"source {g.Source}/{g.SourceRole} ") + (t ? "" : $"target {g.Target}/{g.TargetRole}");
                    unseen.Add($"unseen {r.Item.Id} {g.Source}->{g.Target} {g.Cameo} unseen: {sides.Trim()} | seen {string.Join(",", seen.Order(StringComparer.Ordinal))} | {r.Item.Text}");
                }
            }
        }

        return (new Counts(unpaired, both, sourceOnly, targetOnly, neither, oneSentence, onlyWeak, across), unseen);
    }

    /// <summary>The report: per corpus and fold, the counts; then the fit fold's unseen actors.</summary>
    public static string Render(IReadOnlyList<ItemResult> results, EventExtractor extractor)
    {
        var text = new StringBuilder();
        var unseen = new List<string>();
        foreach (var corpus in Names)
        {
            foreach (var fold in Folds)
            {
                var part = results.Where(r => r.Item.Corpus == corpus && r.Item.Fold == fold);
                var (counts, list) = Of(part, extractor, fold == Fit);
                text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{corpus + "/" + fold,-12} {counts}"));
                unseen.AddRange(list);
            }
        }

        text.AppendLine();
        text.AppendLine("== fit fold: unpaired missed events with an actor never recognised (unseen), with both actors only in different sentences (across), or with the source only as a place or weak where the target is (weak)");
        unseen.ForEach(u => text.AppendLine(u));
        return text.ToString();
    }

    [GeneratedRegex(@"^  actor \[.*\] = ([^ /]+)(.*)$")]
    private static partial Regex ActorLine();
}
