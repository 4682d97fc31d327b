using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Two rows of branch <c>p41-coercion</c>: a regional or international body suspending a member state (160,
/// <c>p41-reduce-body-suspend-member</c>), never a state's or a lender's suspension of funds, loans or supplies, nor one only
/// considered; and people of another state charged or indicted (173, <c>p41-coerce-charge-people</c>), never a state's own
/// people. Sentences written for these tests.
/// </summary>
public sealed class BodySuspensionAndChargeTests
{
    private static readonly DateOnly Published = new(2024, 5, 10);

    private static List<string> Coded(string text, string cameo) =>
        EventExtractor.Default.Extract(text, Published).Where(e => e.Cameo.Value == cameo).Select(e => $"{e.Source.Code}>{e.Target.Code}").ToList();

    [Theory]
    [InlineData("The African Union suspended Mali from all its activities on Wednesday.", "AU>MLI")]
    [InlineData("ECOWAS suspended Burkina Faso on Friday after the coup.", "ECOWAS>BFA")]
    [InlineData("The Arab League suspended Syria in November 2011.", "LAS>SYR")]
    public void ABodySuspendingAMemberState_ReducesRelations(string text, string expected) =>
        Assert.Contains(expected, Coded(text, "160"));

    [Theory]
    [InlineData("The World Bank suspended Mozambique's loans on Monday.")]
    [InlineData("Russia suspended Ukraine's gas supplies on Monday.")]
    [InlineData("The European Union suspended Hungary's funds on Monday.")]
    [InlineData("The African Union may suspend Niger, diplomats said on Monday.")]
    public void FundsOrSuppliesSuspendedOrASuspensionConsidered_AreNoSuspensionOfAMember(string text) =>
        Assert.Empty(Coded(text, "160"));

    [Theory]
    [InlineData("The United States charged seven Chinese nationals over a hacking campaign on Monday.", "USA>CHN")]
    [InlineData("Germany indicted three Russian agents in March 2023.", "DEU>RUS")]
    public void PeopleOfAnotherStateCharged_AreCoercedLegally(string text, string expected) =>
        Assert.Contains(expected, Coded(text, "173"));

    [Theory]
    [InlineData("The United States charged two American soldiers on Monday.")]
    [InlineData("Prosecutors may charge three Chinese nationals, officials said on Monday.")]
    public void OwnPeopleOrAChargeOnlyConsidered_GiveNothing(string text) =>
        Assert.Empty(Coded(text, "173"));
}
