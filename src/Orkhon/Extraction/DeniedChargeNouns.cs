namespace Orkhon.Extraction;

/// <summary>
/// "Lavrov rejected U.S. accusations that Russia was massing troops", "Beijing dismissed Manila's charge that …": a charge
/// noun that a denial (016) takes as its object is what the denial answers. The denial is the act the sentence tells; the
/// charge is not coded again as an accusation of its own. Standing apart ("a row over Ottawa's allegation that …") the
/// noun keeps its reading.
/// </summary>
internal static class DeniedChargeNouns
{
    // Tokens that may stand between the denial and the charge noun: "rejected the latest U.S. accusations", "Canada 's".
    private const int ObjectReach = 5;

    public static bool IsDenied(IReadOnlyList<Trigger> triggers, int t)
    {
        var charge = triggers[t];
        if (!charge.Entry.IsNoun || charge.Entry.Cameo.RootNumber != 11)
        {
            return false;
        }

        for (var d = 0; d < t; d++)
        {
            var denial = triggers[d];
            if (denial.Entry.Cameo == DeniedCharges.Denial && !denial.Entry.IsNoun && denial.First < charge.First && charge.First - denial.End <= ObjectReach)
            {
                return true;
            }
        }

        return false;
    }
}
