using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Coordination that keeps every party and the right subject: a verb whose own auxiliary follows "and" shares the subject of
/// the verb phrase before it, and a preposition repeated after "and" ("with A and with B") joins B to the objects.
/// Sentences of our own.
/// </summary>
public sealed class CoordinationKeepsPartiesTests
{
    private static string[] Pairs(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 6, 5)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    private static string[] Dated(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 6, 5)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo} {e.Date}")];

    [Fact]
    public void AuxiliaryAfterAnd_KeepsTheFirstVerbsSubject()
    {
        var pairs = Pairs("Germany said on Friday it would expel four Iranian diplomats and was recalling its ambassador from Tehran.");
        Assert.Contains("DEU>IRN 161", pairs);
        Assert.DoesNotContain(pairs, p => p.StartsWith("IRN>", StringComparison.Ordinal));
    }

    [Fact]
    public void AuxiliaryAfterAnd_WithANegation_KeepsTheSubject()
    {
        var pairs = Pairs("Norway said on Monday it had expelled two Russian diplomats and had also recalled its ambassador from Moscow.");
        Assert.Contains("NOR>RUS 161", pairs);
        Assert.DoesNotContain(pairs, p => p.StartsWith("RUS>", StringComparison.Ordinal));
    }

    [Fact]
    public void NewSubjectAfterAnd_IsStillItsOwn()
    {
        // "and Russia was recalling": an actor between "and" and the auxiliary opens a clause of its own.
        var pairs = Pairs("Germany said on Friday it would expel four Iranian diplomats, and Iran was recalling its ambassador from Berlin.");
        Assert.DoesNotContain("DEU>DEU 161", pairs);
        Assert.DoesNotContain("DEU>IRN 161", pairs);
    }

    [Theory]
    [InlineData("Canada imposed sanctions on Russia and on Belarus on Monday.", "CAN>RUS 163", "CAN>BLR 163")]
    [InlineData("Japan's foreign minister spoke on Monday with the South Korean foreign minister and with the Chinese foreign minister.", "JPN>KOR 040", "JPN>CHN 040")]
    public void RepeatedPreposition_JoinsTheNextParty(string text, string first, string second)
    {
        var pairs = Pairs(text);
        Assert.Contains(first, pairs);
        Assert.Contains(second, pairs);
    }

    [Fact]
    public void RepeatedPreposition_EachPartyKeepsItsOwnYear()
    {
        var dated = Dated("Chile established diplomatic ties with Cuba in 1970 and with Vietnam in 1971.");
        Assert.Contains("CHL>CUB 054 1970", dated);
        Assert.Contains("CHL>VNM 054 1971", dated);
    }

    [Theory]
    [InlineData("Japan's foreign minister met the Chinese foreign minister in Beijing and in Shanghai on Monday.")]
    [InlineData("Canada imposed sanctions on Russia and on its oil exports on Monday.")]
    public void OtherWordsAfterAnd_JoinNoParty(string text) =>
        Assert.Single(Pairs(text));
}
