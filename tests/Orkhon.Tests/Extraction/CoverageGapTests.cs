using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// The gaps the CAMEO coverage audit (<see cref="CameoCoverageTests"/>, branch <c>p30-coverage</c>) found, closed as general
/// grammar and verb classes, each with five or more phrasings of our own and hard negatives (the same verb in another sense).
/// </summary>
public sealed class CoverageGapTests
{
    private static string[] Coded(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 6, 15)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo.Root}")];

    [Theory]
    // A passive whose subject noun names no actor acts on the state of the national adjective on it (PassiveSubjectOwners).
    [InlineData("A Greek tanker was seized by Iran on Wednesday.", "IRN>GRC 17")]
    [InlineData("A Japanese businessman was detained by Chinese authorities on Wednesday.", "CHN>JPN 17")]
    [InlineData("Lebanese villages were shelled by Israeli tanks overnight.", "ISR>LBN 19")]
    [InlineData("A Philippine supply boat was rammed by Chinese vessels near the shoal.", "CHN>PHL 19")]
    [InlineData("The Chinese proposal was rejected by India on Monday.", "IND>CHN 12")]
    [InlineData("A Vietnamese fishing boat was rammed by a Chinese coast guard vessel.", "CHN>VNM 19")]
    public void PassiveSubjectUnderANationalAdjective_IsActedOn(string text, string expected) =>
        Assert.Contains(expected, Coded(text));

    [Theory]
    // Made in a state, built by it, or backed by it: no owner acted on.
    [InlineData("A Turkish-built drone was shot down by Russian forces over Crimea.", "TUR")]
    [InlineData("A Russian-made missile was fired by Ukrainian troops at Belgorod.", "RUS")]
    [InlineData("The Iranian-backed militia was attacked by American jets in Syria.", "IRN")]
    [InlineData("A Russian-language newspaper was shut down by Latvian authorities.", "RUS")]
    public void AdjectiveNotOwningThePassiveSubject_IsNoTarget(string text, string code) =>
        Assert.DoesNotContain(Coded(text), e => e.Contains(">" + code + " ", StringComparison.Ordinal));
}
