namespace Orkhon.Claims;

/// <summary>The lower-case names claim kinds and verdicts have in data files and in JSON and CSV output.</summary>
public static class ClaimNames
{
    public static string ToName(this ClaimKind kind) => kind switch
    {
        ClaimKind.Member => "member",
        ClaimKind.Observer => "observer",
        ClaimKind.Partnership => "partnership",
        ClaimKind.Treaty => "treaty",
        ClaimKind.FirstVisit => "first-visit",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string ToName(this ClaimVerdict verdict) => verdict switch
    {
        ClaimVerdict.Consistent => "consistent",
        ClaimVerdict.Contradicted => "contradicted",
        ClaimVerdict.Unknown => "unknown",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict)),
    };

    public static bool TryParseKind(string name, out ClaimKind kind)
    {
        foreach (var k in Enum.GetValues<ClaimKind>())
        {
            if (k.ToName() == name)
            {
                kind = k;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
