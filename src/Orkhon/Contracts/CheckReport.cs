using Orkhon.Claims;

namespace Orkhon.Contracts;

/// <summary>The answer of <c>orkhon check --format json</c> and <c>POST /api/check</c>: counts per verdict and every claim.</summary>
public sealed record CheckReport(int Documents, int Consistent, int Contradicted, int Unknown, IReadOnlyList<ClaimRow> Claims)
{
    public static CheckReport From(int documents, IReadOnlyList<ClaimRow> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        return new CheckReport(documents,
            claims.Count(c => c.Verdict == ClaimVerdict.Consistent.ToName()),
            claims.Count(c => c.Verdict == ClaimVerdict.Contradicted.ToName()),
            claims.Count(c => c.Verdict == ClaimVerdict.Unknown.ToName()),
            claims);
    }
}
