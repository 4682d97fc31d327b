using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Guards beside the coordination and context mechanisms of <see cref="CoordinationContextChallengeTests"/>: what they must not
/// read as an actor or a party (region adjectives, seas, a later participle's agent, a veto of no resolution, a "nor" subject).
/// Sentences of our own.
/// </summary>
public sealed class CoordinationGuardTests
{
    private static string[] Pairs(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 6, 5)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("Peru expelled diplomats from four Latin American countries on Monday.")]
    [InlineData("Kazakhstan hosted ministers from five Central Asian states on Monday.")]
    public void ARegionsAdjective_IsNoState(string text) =>
        Assert.DoesNotContain(Pairs(text), p => p.Contains("USA", StringComparison.Ordinal) || p.Contains("KAZ>KAZ", StringComparison.Ordinal));

    [Fact]
    public void ASeaNamedAfterAState_IsNoParty()
    {
        var pairs = Pairs("Japanese and Australian warships held joint drills in the South China Sea on Monday.");
        Assert.Contains(pairs, p => p is "JPN>AUS 062" or "AUS>JPN 062");
        Assert.DoesNotContain(pairs, p => p.Contains("CHN", StringComparison.Ordinal));
    }

    [Fact]
    public void ALaterParticiplesAgent_IsNotThePassiveVerbs()
    {
        var pairs = Pairs("Ties between Qatar and Bahrain were restored on Monday under a deal brokered by Kuwait.");
        Assert.Contains(pairs, p => p is "QAT>BHR 054" or "BHR>QAT 054");
        Assert.DoesNotContain(pairs, p => p.StartsWith("KWT>", StringComparison.Ordinal) && p.EndsWith("054", StringComparison.Ordinal));
    }

    [Fact]
    public void AVetoOfNoResolution_HasNoCouncilTarget() =>
        Assert.DoesNotContain(Pairs("Poland's president vetoed the media bill on Friday."), p => p.Contains("UNSC", StringComparison.Ordinal));

    [Theory]
    [InlineData("Neither Chile nor Peru sent troops to Bolivia.")]
    [InlineData("Neither Kenya nor Uganda signed the accord with Somalia.")]
    public void NeitherNor_DeniesTheActToBoth(string text) => Assert.Empty(Pairs(text));

    [Fact]
    public void APastFormAfterAPluralNoun_IsTheVerb() =>
        Assert.Contains("USA>IRN 111", Pairs("The United States and its partners condemned Iran on Monday."));

    [Fact]
    public void AnAidPledgeOfSeveralDonors_IsNoJointIntent() =>
        Assert.DoesNotContain(Pairs("Japan and South Korea pledged $2 billion to Sri Lanka on Monday."), p => p is "JPN>KOR 0333" or "KOR>JPN 0333" or "JPN>KOR 030" or "KOR>JPN 030");
}
