namespace Orkhon.Contracts;

/// <summary><c>frameworks</c>: every framework shipped, or only <c>country</c>'s.</summary>
public sealed record FrameworksRequest(string? Country)
{
    public static bool TryParse(RequestValues values, out FrameworksRequest request, out RequestError? error)
    {
        ArgumentNullException.ThrowIfNull(values);
        request = null!;
        if (!Parameters.TryActor(values, "country", null, out var country, out error))
        {
            return false;
        }

        request = new FrameworksRequest(country);
        return true;
    }
}
