using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Troops sent into a state at its request or invitation protect it (074, CAMEO's "provide military protection or
/// peacekeeping"), they do not occupy it (192): <see cref="RequestedDeployments"/>, <c>host-consent</c> of
/// <c>data/lexicon/phrase-words.tsv</c>. Troops sent in with no word of consent, or with one in another clause, stay 192.
/// The sentences are our own.
/// </summary>
public sealed class RequestedDeploymentTests
{
    private static string[] Coded(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2025, 3, 4)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("Russia sent 2,000 troops into Kazakhstan on Thursday at the request of its president.", "RUS>KAZ 074")]
    [InlineData("Russia sent 2,000 troops into Kazakhstan on Thursday at the invitation of the Kazakh government.", "RUS>KAZ 074")]
    [InlineData("Nigeria sent troops into Gambia on Friday at the behest of its new president.", "NGA>GMB 074")]
    public void Extract_TroopsSentInWithConsent_AreProtection(string text, string expected)
    {
        var coded = Coded(text);
        Assert.Contains(expected, coded);
        Assert.DoesNotContain(coded, c => c.EndsWith(" 192", StringComparison.Ordinal));
    }

    // Twins: no consent named, and a request in a clause of its own after "but".
    [Theory]
    [InlineData("Russia sent 2,000 troops into Kazakhstan on Thursday.", "RUS>KAZ 192")]
    [InlineData("Russia sent 2,000 troops into Georgia on Thursday, but Tbilisi had made no request of any kind.", "RUS>GEO 192")]
    public void Extract_TroopsSentInWithoutConsent_StayAnOccupation(string text, string expected) => Assert.Contains(expected, Coded(text));
}
