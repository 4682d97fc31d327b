using Orkhon.Extraction;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// The guard switches of <see cref="ExtractionOptions.Guards"/> (the shipped extractor runs them all; one switched off lets
/// through what it blocks and nothing else), and the reach the guard ablation widened (docs/extraction.md, "Branch p34-balance").
/// </summary>
public sealed class GuardSwitchTests
{
    private static string[] Coded(ExtractionOptions options, string text) =>
        [.. new EventExtractor(new SentenceExtractor(EventLexicon.Default, MentionFinder.Default, ReferenceData.Default, options))
            .Extract(text, new DateOnly(2025, 3, 4)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}").Order(StringComparer.Ordinal)];

    [Fact]
    public void Default_RunsEveryGuard()
    {
        Assert.Equal(ExtractionGuards.All, ExtractionOptions.Default.Guards);
        Assert.All(Enum.GetValues<ExtractionGuards>().Where(g => g != ExtractionGuards.None), g => Assert.True(ExtractionOptions.Default.Runs(g), g.ToString()));
        Assert.False((ExtractionOptions.Default with { Guards = ExtractionGuards.All & ~ExtractionGuards.Modal }).Runs(ExtractionGuards.Modal));
    }

    [Fact]
    public void Guards_EachHasItsOwnBit()
    {
        var guards = Enum.GetValues<ExtractionGuards>().Where(g => g is not ExtractionGuards.None and not ExtractionGuards.All).ToList();
        Assert.All(guards, g => Assert.True(System.Numerics.BitOperations.PopCount((ulong)g) == 1, g.ToString()));
        Assert.Equal(ExtractionGuards.All, guards.Aggregate(ExtractionGuards.None, (all, g) => all | g));
    }

    // A negation before the verb silences it; with the guard off the verb is coded, and the sentence without the negation is
    // coded either way (the switch reaches the modality stage and touches nothing else).
    [Theory]
    [InlineData("Japan did not impose sanctions on Iran on Monday.", true, new string[0])]
    [InlineData("Japan did not impose sanctions on Iran on Monday.", false, new[] { "JPN>IRN 163" })]
    [InlineData("Japan imposed sanctions on Iran on Monday.", true, new[] { "JPN>IRN 163" })]
    [InlineData("Japan imposed sanctions on Iran on Monday.", false, new[] { "JPN>IRN 163" })]
    public void LocalNegation_SwitchedOff_LetsTheNegatedActThrough(string text, bool guarded, string[] expected)
    {
        var options = guarded ? ExtractionOptions.Default : ExtractionOptions.Default with { Guards = ExtractionGuards.All & ~ExtractionGuards.LocalNegation };
        Assert.Equal(expected, Coded(options, text));
    }

    // A modal without a condition silences a cooperative act ("could sign"): the guard switched off codes it.
    [Theory]
    [InlineData(true, new string[0])]
    [InlineData(false, new[] { "KAZ>UZB 057" })]
    public void Modal_SwitchedOff_LetsTheModalActThrough(bool guarded, string[] expected)
    {
        var options = guarded ? ExtractionOptions.Default : ExtractionOptions.Default with { Guards = ExtractionGuards.All & ~ExtractionGuards.Modal };
        Assert.Equal(expected, Coded(options, "Kazakhstan could sign a water treaty with Uzbekistan."));
    }

    // "ordered the envoys of five states to leave": the required word ("leave") follows an object that is a list, fourteen
    // tokens after the verb; the twin with a short object finds it at any reach.
    [Theory]
    [InlineData(20, "Venezuela ordered the envoys of Chile, Peru, Bolivia, Uruguay and Paraguay to leave the country.", 5)]
    [InlineData(10, "Venezuela ordered the envoys of Chile, Peru, Bolivia, Uruguay and Paraguay to leave the country.", 0)]
    [InlineData(20, "Venezuela ordered the envoys of Chile and Peru to leave the country.", 2)]
    [InlineData(10, "Venezuela ordered the envoys of Chile and Peru to leave the country.", 2)]
    public void RequiredObjectReach_FindsTheWordPastAListObject(int reach, string text, int expulsions)
    {
        var coded = Coded(ExtractionOptions.Default with { RequiredObjectReach = reach }, text);
        Assert.Equal(expulsions, coded.Count(c => c.StartsWith("VEN>", StringComparison.Ordinal) && c.EndsWith(" 174", StringComparison.Ordinal)));
    }

    [Fact]
    public void RequiredObjectReach_ShippedIsTwenty() => Assert.Equal(20, ExtractionOptions.Default.RequiredObjectReach);
}
