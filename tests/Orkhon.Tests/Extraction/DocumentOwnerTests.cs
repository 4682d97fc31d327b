using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// An organisation's name that only owns a document, rule or law inside another actor's clause ("violated U.N. resolutions",
/// "under a U.N. mandate", "flouted WTO rules") is no party to the clause's act; opening its own clause, or as the owner of
/// sanctions or a warrant, it still is one (branch p28-precision6). The sentences are our own.
/// </summary>
public sealed class DocumentOwnerTests
{
    private static string[] Coded(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2025, 3, 10)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    // The owner of the document is never the target of the subject's act.
    [Theory]
    [InlineData("Russia has repeatedly violated U.N. resolutions, France said on Monday.", "UN")]
    [InlineData("Kenya sent 400 police officers to Haiti under a U.N. mandate on Tuesday.", "UN")]
    [InlineData("Hungary breached EU law by turning away asylum seekers, the European Commission said on Thursday.", "EU")]
    [InlineData("China has flouted WTO rules for years, the United States said on Wednesday.", "WTO")]
    [InlineData("Serbia accused NATO on Monday of violating the U.N. charter.", "UN")]
    [InlineData("Iran on Sunday rejected the IAEA's rules on surprise inspections.", "IAEA")]
    public void Extract_OrganisationOwningADocument_IsNoTarget(string text, string owner) =>
        Assert.DoesNotContain(Coded(text), c => c.Contains($">{owner} ", StringComparison.Ordinal));

    // The other party of the same sentence keeps its event.
    [Theory]
    [InlineData("Serbia accused NATO on Monday of violating the U.N. charter.", "SRB>NATO 112")]
    [InlineData("Kenya sent 400 police officers to Haiti under a U.N. mandate on Tuesday.", "KEN>HTI")]
    public void Extract_OtherPartyOfTheClause_Stays(string text, string expected) =>
        Assert.Contains(Coded(text), c => c.StartsWith(expected, StringComparison.Ordinal));

    // Hard negatives the other way: the organisation acts when its phrase opens the clause, when it is named alone, and
    // when the act is aimed at its sanctions or is its court's warrant.
    [Theory]
    [InlineData("The U.N. resolution adopted on Friday demands that Israel withdraw.", "UN>ISR")]
    [InlineData("North Korea demanded on Monday the lifting of U.N. sanctions.", "PRK>UN")]
    [InlineData("Japan criticised the EU on Tuesday.", "JPN>EU")]
    [InlineData("The EU imposed new sanctions on Russia on Monday.", "EU>RUS 163")]
    [InlineData("Mongolia welcomed Putin on Tuesday despite an International Criminal Court warrant for his arrest.", "MNG>RUS")]
    public void Extract_OrganisationThatActsOrIsAimedAt_Stays(string text, string expectedPrefix) =>
        Assert.Contains(Coded(text), c => c.StartsWith(expectedPrefix, StringComparison.Ordinal));
}
