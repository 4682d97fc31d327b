using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A list of states opened by "from" inside a noun phrase ("asylum seekers, many of them from Eritrea, Sudan and Somalia, have
/// arrived") names where people come from; its members are no subject, even when the first member is read as a place and
/// left out of the group (SubjectFinder.IsListAfterFrom). A unit or an office named by its members' states ("the envoys from
/// …") and a fronted phrase that opens the clause ("From Cairo, Sudan and Somalia flew on …") keep their subjects. The
/// sentences are our own.
/// </summary>
public sealed class OriginListTests
{
    private static string[] Coded(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2025, 8, 10)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("Hundreds of migrants, most of them from Eritrea, Sudan and Somalia, arrived in Rome on Monday.", "ERI", "SDN", "SOM")]
    [InlineData("Nearly 2,000 asylum seekers, many of them from Iraq, Syria and Yemen, have arrived in Athens this month.", "IRQ", "SYR", "YEM")]
    [InlineData("About 300 students, mostly from Ghana, Togo and Benin, arrived in Paris on Friday.", "GHA", "TGO", "BEN")]
    public void Extract_ListAfterFromInsideANounPhrase_NamesNoActor(string text, params string[] origins)
    {
        var coded = Coded(text);
        Assert.DoesNotContain(coded, c => origins.Any(o => c.StartsWith(o + ">", StringComparison.Ordinal)));
    }

    // Twins: a unit or an office named after its states, and a fronted phrase, keep the states as the subject.
    [Theory]
    [InlineData("The envoys from Eritrea, Sudan and Somalia arrived in Rome on Monday.", "SDN>ITA 042")]
    [InlineData("A delegation from Iraq, Syria and Yemen arrived in Athens on Monday.", "SYR>GRC 042")]
    [InlineData("From Cairo, Sudan and Somalia flew on to Rome on Monday.", "SOM>ITA 042")]
    public void Extract_UnitOrFrontedPhrase_KeepsItsStates(string text, string expected) =>
        Assert.Contains(expected, Coded(text));
}
