namespace Orkhon.Contracts;

/// <summary><c>tone</c>: cooperation and conflict grouped <c>by</c> <c>partner</c> (default) or <c>pillar</c>.</summary>
public sealed record ToneRequest(AnalysisScope Scope, bool ByPillar)
{
    public static bool TryParse(RequestValues values, out ToneRequest request, out RequestError? error)
    {
        ArgumentNullException.ThrowIfNull(values);
        request = null!;
        if (!AnalysisScope.TryParse(values, out var scope, out error))
        {
            return false;
        }

        switch (values.Get("by")?.Trim().ToLowerInvariant())
        {
            case null or "partner":
                request = new ToneRequest(scope, ByPillar: false);
                return true;
            case "pillar":
                request = new ToneRequest(scope, ByPillar: true);
                return true;
            default:
                error = new RequestError("by", $"'{Parameters.Shorten(values.Get("by")!)}' is not partner or pillar");
                return false;
        }
    }
}
