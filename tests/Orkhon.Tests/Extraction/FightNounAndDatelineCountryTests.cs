using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Fighting named by its noun with both sides after "between" (rows "fight-n-…-between" in events.tsv), and "the country"
/// as a destination under a dateline (Mentions/DatelineCountry), and "the city of X" as where an attack lands. Sentences of our own.
/// </summary>
public sealed class FightNounAndDatelineCountryTests
{
    private static string[] Pairs(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2025, 1, 10)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("Fighting between Ecuador and Peru flared along the Cenepa river in January 1995.", "ECU>PER 190")]
    [InlineData("Skirmishes between Thai and Cambodian troops broke out near the temple on Monday.", "THA>KHM 190")]
    [InlineData("Heavy fighting between Eritrea and Ethiopia resumed on Monday.", "ERI>ETH 190")]
    [InlineData("Deadly border clashes between Thailand and Cambodia killed a dozen soldiers on Monday.", "THA>KHM 190")]
    [InlineData("An exchange of fire between Indian and Pakistani troops was reported on Monday.", "IND>PAK 194")]
    public void FightingNoun_WithItsSidesAfterBetween_IsFighting(string text, string expected) =>
        Assert.Contains(Pairs(text), p => p == expected || p == Reversed(expected));

    [Theory]
    [InlineData("A clash between Canberra and Beijing over barley tariffs deepened on Monday.")]
    [InlineData("The battle between Washington and Beijing for influence in Africa intensified on Monday.")]
    [InlineData("Diplomats warned of the risk of clashes between Serbia and Kosovo on Monday.")]
    public void VerbalOrFearedClash_IsNoFighting(string text) =>
        Assert.DoesNotContain(Pairs(text), p => p.EndsWith(" 190", StringComparison.Ordinal) || p.EndsWith(" 194", StringComparison.Ordinal));

    [Fact]
    public void TheCountry_AfterAVisitUnderADateline_IsTheDatelinesState()
    {
        var pairs = Pairs("LIMA, Jan 9 (Reuters) - Chile's president arrived in Lima on Thursday. She last visited the country in 2019.");
        Assert.Equal(2, pairs.Count(p => p == "CHL>PER 042"));
    }

    [Fact]
    public void TheCountry_WithoutTheDatelinesStateNamed_IsTheStateNamedLast() =>
        // The story never names Peru as an actor: "the country" keeps meaning the state named last, and no visit is coded.
        Assert.DoesNotContain(Pairs("LIMA, Jan 9 (Reuters) - Chile's president said on Thursday that she would stay in the country."), p => p.EndsWith(" 042", StringComparison.Ordinal));

    [Fact]
    public void BetweenThem_IsTheSentencesTwoStates() =>
        Assert.Contains(Pairs("Kenya and Somalia traded accusations on Monday after the worst fighting between them in a decade."), p => p is "KEN>SOM 190" or "SOM>KEN 190");

    [Fact]
    public void BetweenThem_WithOneStateInTheSentence_FindsNoPair() =>
        Assert.DoesNotContain(Pairs("Kenya sent troops to the border. Somalia said on Monday that the fighting between them had ended."), p => p.EndsWith(" 190", StringComparison.Ordinal));

    [Fact]
    public void CityOfAPlace_IsWhereAnAttackLands() =>
        Assert.Contains("RUS>UKR 194", Pairs("Russian artillery pounded the southern city of Kharkiv overnight on Monday."));

    [Fact]
    public void CityOfAPlace_BeforeFrom_LeavesTheTargetToTheOtherParty() =>
        Assert.Contains("UKR>RUS 190", Pairs("Ukraine recaptured the city of Kherson from Russia in November 2022."));

    private static string Reversed(string pair)
    {
        var (states, code) = (pair[..pair.IndexOf(' ', StringComparison.Ordinal)], pair[(pair.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
        var parts = states.Split('>');
        return $"{parts[1]}>{parts[0]} {code}";
    }
}
