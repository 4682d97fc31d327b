using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// <c>InquiryFindings</c>, in sentences of our own: an inquiry's finding that a party acted is the inquiry's investigation of that
/// party (CAMEO 09: 092 abuses, 093 military action, 094 mass violence, 090 otherwise) beside the act, which is coded on
/// attribution as before; each case has a twin that must give no investigation (the finding hedged by a modal or a negation, a
/// plain statement by a state, a finding denied, an inquiry only planned). And <c>OwnActAdmissions</c> widened: an adverbial
/// of occasion before "that" and a possessive agent ("its jets") still own up to the act (015).
/// </summary>
public sealed class InquiryFindingsTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, new DateOnly(2024, 6, 12));

    private static bool Investigates(List<EventMention> events, string source, string target) =>
        events.Exists(e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value.StartsWith("09", StringComparison.Ordinal));

    [Theory]
    [InlineData("A U.N. commission found that Sudanese forces had shelled Chadian villages.", "UN", "SDN", "093")]
    [InlineData("German intelligence concluded on Monday that Russia had supplied drones to Belarus.", "DEU", "RUS", "090")]
    [InlineData("Chadian troops shelled Sudanese villages in May 2023, a U.N. fact-finding mission concluded.", "UN", "TCD", "093")]
    [InlineData("According to a report published on Friday by the U.N. human rights office, Malian soldiers killed Burkinabe civilians.", "UN", "MLI", "092")]
    [InlineData("The U.N. human rights office said in a report released on Wednesday that Chinese forces had detained Indian citizens.", "UN", "CHN", "092")]
    public void InquiryFindsAnAct_InvestigatesItsAgent(string text, string source, string target, string code) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value == code);

    [Fact]
    public void HedgedFinding_StillInvestigates_ButCodesNoAct()
    {
        var events = Extract("The U.N. human rights office said in a report released on Wednesday that China's detention of Uyghurs may amount to crimes against humanity.");
        Assert.True(Investigates(events, "UN", "CHN"));
        Assert.DoesNotContain(events, e => e.Source.Code == "CHN");
    }

    [Fact]
    public void FindingOfAnAct_KeepsTheActOnAttribution()
    {
        var events = Extract("A U.N. commission found that Sudanese forces had shelled Chadian villages.");
        Assert.Contains(events, e => e.Source.Code == "SDN" && e.Target.Code == "TCD" && e.Cameo.Value == "194");
    }

    [Theory]
    // A finding that is only possible, or denied.
    [InlineData("A U.N. commission may conclude that Sudanese forces had shelled Chadian villages.")]
    [InlineData("A U.N. commission did not find that Sudanese forces had shelled Chadian villages.")]
    // A state that says or finds another acted reports or accuses; it is no inquiry.
    [InlineData("Chile said that Peru had shelled its border posts.")]
    [InlineData("Chile found that Peru had shelled Bolivian border posts.")]
    // A report of intent only: the inquiry is planned, nothing is found.
    [InlineData("A U.N. commission plans to investigate whether Sudanese forces shelled Chadian villages.")]
    // "According to" a speaker with no report is an attribution, not a finding.
    [InlineData("According to Chad, Sudanese forces shelled Chadian villages on Monday.")]
    public void NoFindingByAnInquiry_GivesNoInvestigation(string text) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.Value.StartsWith("09", StringComparison.Ordinal));

    [Fact]
    public void InquiryFindsResponsibility_IsAVerdictOfLiability() =>
        Assert.Contains(Extract("A U.N. panel found on Monday that Sudan was responsible for the attack on the convoy."),
            e => e.Source.Code == "UN" && e.Target.Code == "SDN" && e.Cameo.Value == "116");

    [Theory]
    [InlineData("A U.N. panel found that Sudan had not shelled Chadian villages.")]
    [InlineData("A U.N. commission concluded that Sudan had never supplied weapons to Chad.")]
    public void FindingThatClearsItsParty_GivesNothingAgainstIt(string text) =>
        Assert.DoesNotContain(Extract(text), e => e.Source.Code == "UN" && e.Target.Code == "SDN");

    [Fact]
    public void CourtFindingABreach_StaysAVerdict_WithNoInvestigationBeside()
    {
        var events = Extract("The ICC found that Mongolia had breached its obligations.");
        Assert.Contains(events, e => e.Source.Code == "ICC" && e.Target.Code == "MNG" && e.Cameo.Value == "116");
        Assert.False(Investigates(events, "ICC", "MNG"));
    }

    [Theory]
    [InlineData("North Korea confirmed for the first time on Monday that it had sent troops to Russia.", "PRK", "RUS")]
    [InlineData("Pakistan admitted on Tuesday that its jets had struck targets inside Afghanistan.", "PAK", "AFG")]
    public void OwnActAdmitted_AcknowledgesIt(string text, string source, string target) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value == "015");

    [Theory]
    [InlineData("Kyiv confirmed for the first time on Monday that Russian forces had shelled Kharkiv.")]
    [InlineData("Pakistan denied on Tuesday that its jets had struck targets inside Afghanistan.")]
    public void AnotherOrDeniedAct_IsNoAdmission(string text) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.Value == "015");
}
