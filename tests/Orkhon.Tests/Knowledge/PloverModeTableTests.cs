using System.Text.RegularExpressions;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Knowledge;

public sealed class PloverModeTableTests
{
    [Fact]
    public void Default_EveryRow_SameTypeAsTheCatalogueOrNotACameoCode()
    {
        // 1213 and 1214 are in the PLOVER table but not in CAMEO 1.1b3 (121 has two children).
        var notCameo = PloverModeTable.Default.Rows.Where(r => !CameoCatalog.Default.Contains(r.Code)).Select(r => r.Code.Value);
        Assert.Equal(["1213", "1214"], notCameo);
        foreach (var row in PloverModeTable.Default.Rows.Where(r => CameoCatalog.Default.Contains(r.Code)))
        {
            Assert.Equal(CameoCatalog.Default.Get(row.Code).PloverType, row.Type);
        }
    }

    [Fact]
    public void Default_FollowsTheConversionTable()
    {
        // Each "code: TYPE, mode, context # name" line, first occurrence of a code (175 is listed twice, alike).
        var expected = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(SharedData.Path("reference/plover/CAMEO2PLOVER-2021.txt")))
        {
            var m = Regex.Match(line, @"^(\d{3,4}):\s*([^#]*)");
            if (!m.Success || !seen.Add(m.Groups[1].Value))
            {
                continue;
            }

            var parts = m.Groups[2].Value.Split(',').Select(p => p.Trim()).Concat(["", ""]).ToArray();
            var contexts = parts[2].ToLowerInvariant().Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            expected.Add($"{m.Groups[1].Value} {parts[0].ToUpperInvariant()} {parts[1].ToLowerInvariant()} {string.Join(';', contexts)}");
        }

        Assert.Equal(expected, PloverModeTable.Default.Rows.Select(r => $"{r.Code.Value} {r.Type} {r.Mode} {string.Join(';', r.Contexts)}"));
    }

    [Fact]
    public void Load_BadRows_ReportsFileAndLine()
    {
        var tsv = "code\tplover\tmode\tcontext\n090\tACCUSE\tinvestigate\t\n090\tACCUSE\t\t\n0x\tACCUSE\t\t\n091\taccuse\t\t\n";
        var e = Assert.Throws<DataFileException>(() => PloverModeTable.Load(TsvTable.Read("t.tsv", new StringReader(tsv))));
        Assert.Equal(3, e.Errors.Count);
        Assert.Equal([3, 4, 5], e.Errors.Select(x => x.Line));
    }
}
