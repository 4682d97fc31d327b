namespace Orkhon.Analysis.Frameworks;

/// <summary>
/// Where a framework's pillars come from, so a result that uses it can say so beside its numbers: a policy
/// document a government adopted, or a grouping an analyst (this project included) built to test a claim.
/// </summary>
public enum FrameworkProvenance
{
    /// <summary>The file does not say; only hand-made frameworks in code (tests) leave it unstated.</summary>
    Unstated,

    /// <summary>An adopted document: a concept approved by a parliament or a decree.</summary>
    PolicyDocument,

    /// <summary>An analyst's construct: no adopted document states these pillars.</summary>
    AnalystConstruct,
}

/// <summary>The spellings of <see cref="FrameworkProvenance"/> in framework files and in JSON.</summary>
public static class FrameworkProvenances
{
    public const string PolicyDocument = "policy-document";
    public const string AnalystConstruct = "analyst-construct";

    public static bool TryParse(string? text, out FrameworkProvenance provenance)
    {
        provenance = text switch
        {
            PolicyDocument => FrameworkProvenance.PolicyDocument,
            AnalystConstruct => FrameworkProvenance.AnalystConstruct,
            _ => FrameworkProvenance.Unstated,
        };
        return provenance != FrameworkProvenance.Unstated;
    }

    public static string Name(FrameworkProvenance provenance) => provenance switch
    {
        FrameworkProvenance.PolicyDocument => PolicyDocument,
        FrameworkProvenance.AnalystConstruct => AnalystConstruct,
        _ => "unstated",
    };

    /// <summary>How a footer words it: "policy document" or "analyst's construct".</summary>
    public static string Describe(FrameworkProvenance provenance) => provenance switch
    {
        FrameworkProvenance.PolicyDocument => "policy document",
        FrameworkProvenance.AnalystConstruct => "analyst's construct",
        _ => "provenance unstated",
    };
}
