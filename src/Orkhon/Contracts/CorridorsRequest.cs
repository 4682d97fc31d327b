namespace Orkhon.Contracts;

/// <summary>
/// <c>corridors</c>: overland access from <c>from</c> (default MNG), to <c>to</c> when given;
/// <c>without</c> (repeatable) names the states closed when measuring reachability (default: each land neighbour in turn).
/// </summary>
public sealed record CorridorsRequest(string From, string? To, IReadOnlyList<string>? Without)
{
    /// <summary>More closed states than a continent has is a mistake, not a question.</summary>
    public const int MaxWithout = 64;

    public static bool TryParse(RequestValues values, out CorridorsRequest request, out RequestError? error)
    {
        ArgumentNullException.ThrowIfNull(values);
        request = null!;
        if (!Parameters.TryState(values, "from", AnalysisScope.DefaultCountry, out var from, out error) || !Parameters.TryState(values, "to", null, out var to, out error))
        {
            return false;
        }

        var texts = values.All("without");
        if (texts.Count > MaxWithout)
        {
            error = new RequestError("without", $"at most {MaxWithout} states");
            return false;
        }

        var without = new List<string>(texts.Count);
        foreach (var text in texts)
        {
            if (!Parameters.TryState(new RequestValues().Add("without", text), "without", null, out var code, out error))
            {
                return false;
            }

            without.Add(code!);
        }

        request = new CorridorsRequest(from!, to, without.Count > 0 ? without : null);
        return true;
    }
}
