using Orkhon.Analysis;

namespace Orkhon.Contracts;

/// <summary>
/// One partner's row of <c>reciprocity</c>: visits the country made and received (totals), the balance
/// (received − made) / (received + made), and the counts by level (state, official, working, ministerial, other).
/// </summary>
public sealed record ReciprocityRow(string Partner, int Made, int Received, double? Balance,
    IReadOnlyDictionary<string, int> MadeByLevel, IReadOnlyDictionary<string, int> ReceivedByLevel)
{
    public static ReciprocityRow From(VisitReciprocity r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new ReciprocityRow(r.Partner, r.TotalMade, r.TotalReceived, r.Balance, r.Made, r.Received);
    }
}
