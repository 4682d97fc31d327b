using System.Globalization;
using Orkhon.Domain;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Knowledge;

public sealed class CameoCatalogTests
{
    // Known defects of the GDELT lookup file, corrected to the CAMEO 1.1b3 manual's wording.
    private static readonly Dictionary<string, string> s_corrections = new()
    {
        ["044"] = "Meet at a 'third' location", // garbled quotes in the source file
        ["105"] = "Demand that target yields",
        ["106"] = "Demand meeting, negotiation",
        ["107"] = "Demand settling of dispute",
        ["108"] = "Demand mediation",
    };

    [Fact]
    public void Default_HasAll311Codes_20Roots_147ThreeDigit_144FourDigit()
    {
        var all = CameoCatalog.Default.All;
        Assert.Equal(311, all.Count);
        Assert.Equal(20, all.Count(t => t.Level == 1));
        Assert.Equal(147, all.Count(t => t.Level == 2));
        Assert.Equal(144, all.Count(t => t.Level == 3));
    }

    [Theory]
    [InlineData("042", "Make a visit", "04", QuadClass.VerbalCooperation, 1.9, "CONSULT")]
    [InlineData("057", "Sign formal agreement", "05", QuadClass.VerbalCooperation, 8.0, "SUPPORT")]
    [InlineData("0874", "Retreat or surrender militarily", "08", QuadClass.MaterialCooperation, 10.0, "RETREAT")]
    [InlineData("111", "Criticize or denounce", "11", QuadClass.VerbalConflict, -2.0, "ACCUSE")]
    [InlineData("163", "Impose embargo, boycott, or sanctions", "16", QuadClass.MaterialConflict, -8.0, "COERCE")]
    [InlineData("010", "Make statement, not specified below", "01", QuadClass.VerbalCooperation, 0.0, null)]
    public void Get_KnownCode_HasNameRootQuadClassGoldsteinAndPlover(string code, string name, string root, QuadClass quad, double goldstein, string? plover)
    {
        var type = CameoCatalog.Default.Get(code);
        Assert.Equal(name, type.Name);
        Assert.Equal(root, type.Root);
        Assert.Equal(quad, type.QuadClass);
        Assert.Equal(goldstein, type.Goldstein);
        Assert.Equal(plover, type.PloverType);
    }

    [Fact]
    public void EveryCodeExceptStatements_HasAPloverType() =>
        Assert.All(CameoCatalog.Default.All.Where(t => t.Root != "01"), t => Assert.False(string.IsNullOrEmpty(t.PloverType), t.Code));

    [Fact]
    public void Catalogue_MatchesTheReferenceFiles_ExceptDocumentedCorrections()
    {
        var names = ReadReference("reference/cameo/CAMEO.eventcodes.txt");
        var goldstein = ReadReference("reference/cameo/CAMEO.goldsteinscale.txt");
        var catalog = CameoCatalog.Default;
        Assert.Equal(names.Keys.Order(), catalog.All.Select(t => t.Code).Order());
        foreach (var type in catalog.All)
        {
            var expected = s_corrections.TryGetValue(type.Code, out var fixedName) ? fixedName : names[type.Code].Trim();
            Assert.Equal(expected, type.Name, ignoreCase: true);
            Assert.Equal(double.Parse(goldstein[type.Code], CultureInfo.InvariantCulture), type.Goldstein);
        }
    }

    [Fact]
    public void Catalogue_PloverTypes_FollowTheConversionTable()
    {
        var table = File.ReadLines(SharedData.Path("reference/plover/CAMEO2PLOVER-2021.txt"))
            .Select(l => System.Text.RegularExpressions.Regex.Match(l, @"^(\d+):\s*([A-Z]+)"))
            .Where(m => m.Success)
            .GroupBy(m => m.Groups[1].Value)
            .ToDictionary(g => g.Key, g => g.First().Groups[2].Value);
        foreach (var type in CameoCatalog.Default.All.Where(t => table.ContainsKey(t.Code)))
        {
            Assert.Equal(table[type.Code], type.PloverType);
        }
    }

    [Fact]
    public void Load_BadRows_ReportsFileAndLine()
    {
        var tsv = "code\tname\tgoldstein\tplover\n01\tMake public statement\t0\t\n01\tDuplicate\t0\t\n0x\tBad\t0\t\n02\tAppeal\t99\tREQUEST\n";
        var e = Assert.Throws<DataFileException>(() => CameoCatalog.Load(TsvTable.Read("t.tsv", new StringReader(tsv))));
        Assert.Contains(e.Errors, x => x.Line == 3 && x.Message.Contains("duplicate", StringComparison.Ordinal));
        Assert.Contains(e.Errors, x => x.Line == 4);
        Assert.Contains(e.Errors, x => x.Line == 5 && x.Message.Contains("Goldstein", StringComparison.Ordinal));
    }

    private static Dictionary<string, string> ReadReference(string relative) =>
        File.ReadLines(SharedData.Path(relative)).Skip(1).Where(l => l.Length > 0)
            .Select(l => l.Split('\t')).ToDictionary(f => f[0], f => f[1]);
}
