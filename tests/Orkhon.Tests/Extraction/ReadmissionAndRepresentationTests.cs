using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A member readmitted by an organisation joins it again (057 towards the organisation, row <c>p29-join-readmit</c>, also
/// when a vote "to readmit" is told); a protest told as "representations" or a "démarche" over the other side's act needs no
/// "with" (114, row <c>p29-complain-representations-over</c>). Sentences of our own, with hard negatives.
/// </summary>
public sealed class ReadmissionAndRepresentationTests
{
    private static List<string> Codes(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 5, 10)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("The Arab League readmitted Syria in May 2023.", "SYR>LAS 057")]
    [InlineData("The Arab League voted on Sunday to readmit Syria.", "SYR>LAS 057")]
    [InlineData("The African Union readmitted Egypt in June 2014, a year after suspending it.", "EGY>AU 057")]
    [InlineData("Beijing lodged solemn representations over the Japanese minister's visit to the shrine.", "CHN>JPN 114")]
    [InlineData("China made stern representations to Tokyo about the remarks.", "CHN>JPN 114")]
    [InlineData("Seoul lodged a demarche against Tokyo's claim to the islands on Monday.", "KOR>JPN 114")]
    public void ReadmissionsAndRepresentations_AreCoded(string text, string expected) =>
        Assert.Contains(expected, Codes(text));

    // Hard negatives: a player readmitted, a body that only discussed readmission, representations with no other side.
    [Theory]
    [InlineData("The club readmitted the player after his suspension.")]
    [InlineData("Arab foreign ministers discussed whether Syria should return to the bloc.")]
    [InlineData("The minister made representations to parliament about the budget.")]
    public void NoStateReadmittedAndNoOtherSideProtested_GivesNothing(string text) =>
        Assert.DoesNotContain(Codes(text), c => c.EndsWith(" 057", StringComparison.Ordinal) || c.EndsWith(" 114", StringComparison.Ordinal));
}
