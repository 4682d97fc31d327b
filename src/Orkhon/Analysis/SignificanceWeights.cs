using System.Globalization;
using Orkhon.Domain;

namespace Orkhon.Analysis;

/// <summary>
/// Weights that let a state visit count for more than a statement. Defaults, documented in
/// <c>docs/metrics.md</c>: state visit 5, official visit 3, agreement 3, ministerial 2, cooperation 1.5,
/// statement 1. Users override any of them (<c>state-visit=4,statement=0.5</c>).
/// </summary>
public sealed class SignificanceWeights
{
    private readonly Dictionary<SignificanceClass, double> _weights;

    private SignificanceWeights(Dictionary<SignificanceClass, double> weights) => _weights = weights;

    public static SignificanceWeights Default { get; } = new(new()
    {
        [SignificanceClass.StateVisit] = 5,
        [SignificanceClass.OfficialVisit] = 3,
        [SignificanceClass.Agreement] = 3,
        [SignificanceClass.Ministerial] = 2,
        [SignificanceClass.Cooperation] = 1.5,
        [SignificanceClass.Statement] = 1,
    });

    public double this[SignificanceClass c] => _weights[c];

    public static string Name(SignificanceClass c) => c switch
    {
        SignificanceClass.StateVisit => "state-visit",
        SignificanceClass.OfficialVisit => "official-visit",
        SignificanceClass.Agreement => "agreement",
        SignificanceClass.Ministerial => "ministerial",
        SignificanceClass.Cooperation => "cooperation",
        _ => "statement",
    };

    /// <summary>Parses overrides such as <c>state-visit=4,statement=0.5</c> on top of the defaults.</summary>
    public static bool TryParse(string? text, out SignificanceWeights weights, out string? error)
    {
        var map = new Dictionary<SignificanceClass, double>(Default._weights);
        weights = Default;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            var key = eq < 0 ? part : part[..eq].Trim();
            var cls = Enum.GetValues<SignificanceClass>().Where(c => Name(c) == key).Select(c => (SignificanceClass?)c).FirstOrDefault();
            if (eq < 0 || cls is null || !double.TryParse(part[(eq + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var w) || w < 0 || !double.IsFinite(w))
            {
                error = $"'{part}' is not CLASS=WEIGHT with CLASS one of {string.Join(", ", Enum.GetValues<SignificanceClass>().Select(Name))} and a finite, non-negative weight";
                return false;
            }

            map[cls.Value] = w;
        }

        weights = new SignificanceWeights(map);
        return true;
    }

    /// <summary>The class of an event: from the knowledge base's kind when present, else from its CAMEO code and roles.</summary>
    public static SignificanceClass Classify(Event e)
    {
        ArgumentNullException.ThrowIfNull(e);
        switch (e.Kind)
        {
            case "state_visit":
                return SignificanceClass.StateVisit;
            case "official_visit" or "working_visit" or "summit":
                return SignificanceClass.OfficialVisit;
            case "ministerial_visit":
                return SignificanceClass.Ministerial;
            case "treaty_signed" or "agreement_signed" or "partnership" or "establish_relations" or "membership_joined" or "observer_status":
                return SignificanceClass.Agreement;
        }

        var code = e.Cameo;
        if (code.StartsWith("042", StringComparison.Ordinal) || code.StartsWith("043", StringComparison.Ordinal))
        {
            return e.Source.Role == ActorRole.HeadOfState || e.Target.Role == ActorRole.HeadOfState ? SignificanceClass.StateVisit : SignificanceClass.OfficialVisit;
        }

        if (code.StartsWith("057", StringComparison.Ordinal) || code.StartsWith("054", StringComparison.Ordinal))
        {
            return SignificanceClass.Agreement;
        }

        if (code.StartsWith("04", StringComparison.Ordinal))
        {
            return SignificanceClass.Ministerial;
        }

        // Material acts (roots 06–08 and 14–20) weigh more than words (01–05, 09–13).
        var root = ((code[0] - '0') * 10) + (code[1] - '0');
        return root is (>= 6 and <= 8) or >= 14 ? SignificanceClass.Cooperation : SignificanceClass.Statement;
    }
}
