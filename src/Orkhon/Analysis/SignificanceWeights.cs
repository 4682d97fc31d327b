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
        return Classify(e.Cameo, e.Kind, e.Source.Role, e.Target.Role);
    }

    /// <summary>The class of an event with this code, kind and roles (all the class depends on).</summary>
    public static SignificanceClass Classify(CameoCode code, EventKind? kind, ActorRole? sourceRole, ActorRole? targetRole)
    {
        switch (kind)
        {
            case EventKind.StateVisit:
                return SignificanceClass.StateVisit;
            case EventKind.OfficialVisit or EventKind.WorkingVisit or EventKind.Summit:
                return SignificanceClass.OfficialVisit;
            case EventKind.MinisterialVisit:
                return SignificanceClass.Ministerial;
            case { } k when k.IsAgreement():
                return SignificanceClass.Agreement;
        }

        if (EventClasses.IsVisit(code))
        {
            return sourceRole == ActorRole.HeadOfState || targetRole == ActorRole.HeadOfState ? SignificanceClass.StateVisit : SignificanceClass.OfficialVisit;
        }

        if (code.IsIn(CameoCode.SignAgreement) || code.IsIn(CameoCode.GrantRecognition))
        {
            return SignificanceClass.Agreement;
        }

        if (code.IsIn(CameoCode.Consult))
        {
            return SignificanceClass.Ministerial;
        }

        // Material acts (quad classes 2 and 4: roots 06–08 and 14–20) weigh more than words (01–05, 09–13).
        return code.QuadClass is QuadClass.MaterialCooperation or QuadClass.MaterialConflict ? SignificanceClass.Cooperation : SignificanceClass.Statement;
    }
}
