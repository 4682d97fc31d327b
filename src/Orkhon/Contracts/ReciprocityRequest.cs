namespace Orkhon.Contracts;

/// <summary><c>reciprocity</c>: visits made and received, for every partner or only <c>partner</c>.</summary>
public sealed record ReciprocityRequest(AnalysisScope Scope, string? Partner)
{
    public static bool TryParse(RequestValues values, out ReciprocityRequest request, out RequestError? error)
    {
        ArgumentNullException.ThrowIfNull(values);
        request = null!;
        if (!AnalysisScope.TryParse(values, out var scope, out error) || !Parameters.TryActor(values, "partner", null, out var partner, out error))
        {
            return false;
        }

        request = new ReciprocityRequest(scope, partner);
        return true;
    }
}
