using FsCheck;
using FsCheck.Fluent;
using Orkhon.Knowledge;
using Orkhon.Knowledge.Economy;

namespace Orkhon.Tests.Knowledge;

/// <summary>The shipped trade, FDI and aid files load and validate; the validator names file and line for each kind of bad row.</summary>
public sealed class EconomicDataTests
{
    private const string Header = "reporter\tyear\tflow\tpartner\tvalue_musd\tshare_pct\tbasis\tsource_url\tnote";
    private const string Url = "https://example.org/table";

    [Fact]
    public void ShippedFiles_LoadAndValidate_WithASourceOnEveryRow()
    {
        var data = EconomicData.Default;
        Assert.NotEmpty(data.Figures);
        Assert.Contains("MNG", data.Reporters);
        Assert.All(data.Figures, f => Assert.StartsWith("http", f.SourceUrl, StringComparison.Ordinal));
        Assert.All(EconomicSeries.All, s => Assert.Contains(data.Figures, f => f.Series == s.Id));
        Assert.All(data.Figures, f => Assert.InRange(f.Year, 1990, 2024)); // "since 1990": nothing earlier, nothing not yet published
    }

    [Fact]
    public void ShippedFiles_AreTheEmbeddedOnes() =>
        Assert.Equal(["economy.aid.tsv", "economy.fdi.tsv", "economy.trade.tsv"], EmbeddedData.Names("economy."));

    [Fact]
    public void ShippedTrade_1998_PublishedSharesAndTotals()
    {
        // nationsencyclopedia.com: 30.1 % of exports to China, total exports US$316.8 million.
        var china = Assert.Single(EconomicData.Default.Of("trade", "MNG", 1998, "export"), f => f.Partner == "CHN");
        Assert.Equal(30.1, china.SharePct);
        Assert.Null(china.ValueMusd); // a share was published, not a value: none is made up
        var shares = PartnerShares.Resolve(EconomicData.Default.Of("trade", "MNG", 1998, "export"), out var total);
        Assert.Equal(316.8, total);
        Assert.Equal(0.301, shares["CHN"], 10);
        Assert.False(shares.ContainsKey("JPN")); // missing, not zero
    }

    [Fact]
    public void ShippedTrade_2010_NsoTurnover_ChinaByValue_RussiaByShare()
    {
        // Oxford Business Group quoting the NSO: turnover 6,110, China 3,440 (no share published), Russia 1,130 = 18.5 %.
        var shares = PartnerShares.Resolve(EconomicData.Default.Of("trade", "MNG", 2010, "turnover"), out var total);
        Assert.Equal(6110, total);
        Assert.Equal(3440.0 / 6110, shares["CHN"], 10);
        Assert.Equal(0.185, shares["RUS"], 10);
        var exports = EconomicData.Default.Of("trade", "MNG", 2010, "export").Single(f => f.IsTotal).ValueMusd;
        var imports = EconomicData.Default.Of("trade", "MNG", 2010, "import").Single(f => f.IsTotal).ValueMusd;
        Assert.InRange(exports!.Value + imports!.Value, 6110 * 0.98, 6110 * 1.02); // the rounded flows agree with the turnover
    }

    [Theory]
    [InlineData("MNG\t1998\texport\tCHN\t\t30\treported\t\t", "source_url is empty")]
    [InlineData("MNG\t1998\texport\tCHN\t\t30\treported\tftp://example.org\t", "is not an http(s) address")]
    [InlineData("XXX\t1998\texport\tCHN\t\t30\treported\t" + Url + "\t", "reporter 'XXX'")]
    [InlineData("MNG\t1898\texport\tCHN\t\t30\treported\t" + Url + "\t", "outside 1950–2100")]
    [InlineData("MNG\t98a\texport\tCHN\t\t30\treported\t" + Url + "\t", "is not a year")]
    [InlineData("MNG\t1998\tsmuggling\tCHN\t\t30\treported\t" + Url + "\t", "flow 'smuggling'")]
    [InlineData("MNG\t1998\texport\tQQQ\t\t30\treported\t" + Url + "\t", "partner 'QQQ'")]
    [InlineData("MNG\t1998\texport\tMNG\t\t30\treported\t" + Url + "\t", "not its own partner")]
    [InlineData("MNG\t1998\texport\tCHN\t\t\treported\t" + Url + "\t", "neither value_musd nor share_pct")]
    [InlineData("MNG\t1998\texport\tCHN\t-5\t\treported\t" + Url + "\t", "not a plain non-negative decimal")]
    [InlineData("MNG\t1998\texport\tCHN\t1,200\t\treported\t" + Url + "\t", "not a plain non-negative decimal")] // thousands separators hide typos
    [InlineData("MNG\t1998\texport\tCHN\t\t130\treported\t" + Url + "\t", "above 100")]
    [InlineData("MNG\t1998\texport\tCHN\t\t30\tguessed\t" + Url + "\t", "basis 'guessed'")]
    [InlineData("MNG\t1998\texport\tWLD\t300\t100\treported\t" + Url + "\t", "carries a value, not a share")]
    public void BadRow_IsRefused_WithFileAndLine(string row, string expected)
    {
        var errors = Errors(row);
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal(("data/economy/trade.tsv", 3), (e.File, e.Line))); // comment line, header, then the row
        Assert.Contains(errors, e => e.Message.Contains(expected, StringComparison.Ordinal));
        Assert.True(errors.Count == 1 || expected == "above 100", string.Join("; ", errors)); // 130 % is also more than the total
    }

    [Fact]
    public void DuplicateKey_IsRefused_NamingTheFirstLine()
    {
        var error = Assert.Single(Errors("MNG\t1998\texport\tCHN\t\t30\treported\t" + Url + "\t", "MNG\t1998\texport\tCHN\t\t31\treported\t" + Url + "\t"));
        Assert.Equal(4, error.Line);
        Assert.Contains("duplicate of line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PartnerAboveTheTotal_IsRefused()
    {
        var errors = Errors("MNG\t1998\texport\tWLD\t300\t\treported\t" + Url + "\t", "MNG\t1998\texport\tCHN\t400\t\treported\t" + Url + "\t");
        Assert.Contains(errors, e => e.Line == 4 && e.Message.Contains("exceeds the WLD total", StringComparison.Ordinal));
    }

    [Fact]
    public void ValueAndShareThatDisagree_AreRefused()
    {
        var error = Assert.Single(Errors("MNG\t1998\texport\tWLD\t300\t\treported\t" + Url + "\t", "MNG\t1998\texport\tCHN\t150\t30\treported\t" + Url + "\t"));
        Assert.Contains("is 50.0 % of the total", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PartnersAddingUpToMoreThanTheTotal_AreRefused_OnTheLastRow()
    {
        var error = Assert.Single(Errors(
            "MNG\t1998\texport\tCHN\t\t60\treported\t" + Url + "\t",
            "MNG\t1998\texport\tRUS\t\t30\treported\t" + Url + "\t",
            "MNG\t1998\texport\tCHE\t\t15\treported\t" + Url + "\t"));
        Assert.Equal(5, error.Line);
        Assert.Contains("add up to 105.0 %", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TurnoverThatIsNotExportsPlusImports_IsRefused_OnTheTurnoverRow()
    {
        var error = Assert.Single(Errors(
            "MNG\t2000\texport\tWLD\t466.1\t\treported\t" + Url + "\t",
            "MNG\t2000\timport\tWLD\t614.5\t\treported\t" + Url + "\t",
            "MNG\t2000\tturnover\tWLD\t1159.9\t\treported\t" + Url + "\t"));
        Assert.Equal(5, error.Line);
        Assert.Contains("is not exports 466.1 plus imports 614.5 (lines 3 and 4)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("WLD", 2900, 3200, 6110)] // rounded totals ("US$2.9 billion") a little off their published sum
    [InlineData("CHN", 30, 20, 50)]
    public void TurnoverWithinRoundingOfExportsPlusImports_IsAccepted(string partner, double export, double import, double turnover) =>
        Assert.Empty(Errors(
            FormattableString.Invariant($"MNG\t2010\texport\t{partner}\t{export}\t\treported\t{Url}\t"),
            FormattableString.Invariant($"MNG\t2010\timport\t{partner}\t{import}\t\treported\t{Url}\t"),
            FormattableString.Invariant($"MNG\t2010\tturnover\t{partner}\t{turnover}\t\treported\t{Url}\t")));

    [Fact]
    public void RoundedSharesJustOverAHundred_AreAccepted() =>
        Assert.Empty(Errors("MNG\t1998\texport\tCHN\t\t60.4\treported\t" + Url + "\t", "MNG\t1998\texport\tRUS\t\t40.4\treported\t" + Url + "\t"));

    [Fact]
    public void WrongHeader_IsOneErrorOnLineOne()
    {
        var table = TsvTable.Read("data/economy/trade.tsv", new StringReader("reporter\tyear\tflow\tpartner\tvalue\n"));
        var e = Assert.Throws<DataFileException>(() => EconomicData.Load([(EconomicSeries.Trade, table)], ReferenceData.Default));
        Assert.Equal(1, Assert.Single(e.Errors).Line);
    }

    [Fact]
    public void Property_SharesWithinTheTotal_AreAccepted_AndOverItRefused()
    {
        // Any number of distinct partners with shares in tenths of a point: the validator accepts exactly the
        // sets whose sum stays within 100 % plus the rounding tolerance.
        var partners = new[] { "CHN", "RUS", "JPN", "KOR", "USA", "DEU", "KAZ", "GBR", "CHE", "SGP" };
        var gen = Gen.Choose(0, 400).ArrayOf().Select(a => a.Take(partners.Length).ToArray());
        Prop.ForAll(gen.ToArbitrary(), tenths =>
        {
            var rows = tenths.Select((t, i) => $"MNG\t2000\texport\t{partners[i]}\t\t{t / 10.0:0.0}\treported\t{Url}\t").ToArray();
            var sum = tenths.Sum() / 10.0;
            var refused = Errors(rows).Any(e => e.Message.Contains("add up to", StringComparison.Ordinal));
            return refused == (sum > 100 + EconomicDataValidator.RoundingTolerancePoints);
        }).QuickCheckThrowOnFailure();
    }

    private static IReadOnlyList<DataFileError> Errors(params string[] rows)
    {
        var text = "# test\n" + Header + "\n" + string.Join("\n", rows) + "\n";
        var table = TsvTable.Read("data/economy/trade.tsv", new StringReader(text));
        try
        {
            EconomicData.Load([(EconomicSeries.Trade, table)], ReferenceData.Default);
            return [];
        }
        catch (DataFileException e)
        {
            return e.Errors;
        }
    }
}
