namespace Orkhon.Contracts;

/// <summary><c>actors</c>: the actors that occur in events (or <c>all</c> known ones), optionally those whose code or name contains <c>search</c>.</summary>
public sealed record ActorsRequest(bool All, string? Search)
{
    /// <summary>A search text longer than any actor's name finds nothing; it is refused rather than scanned.</summary>
    public const int MaxSearchLength = 200;

    public static bool TryParse(RequestValues values, out ActorsRequest request, out RequestError? error)
    {
        ArgumentNullException.ThrowIfNull(values);
        request = null!;
        if (!values.TryGetFlag("all", out var all, out error))
        {
            return false;
        }

        var search = values.Get("search");
        if (search is { Length: > MaxSearchLength })
        {
            error = new RequestError("search", $"at most {MaxSearchLength} characters");
            return false;
        }

        request = new ActorsRequest(all, string.IsNullOrEmpty(search) ? null : search);
        return true;
    }
}
