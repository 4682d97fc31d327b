using System.Text.Json;
using Orkhon.Cli;

namespace Orkhon.Tests.Cli;

/// <summary>
/// Kazakhstan end to end on the command line, beside Mongolia (still the default): its framework, its
/// curated events, the provenance printed beside every result that uses a framework, and <c>compare</c>.
/// </summary>
public sealed class SecondCountryCliTests(KnowledgeBaseDatabase database) : IClassFixture<KnowledgeBaseDatabase>
{
    private CliResult Orkhon(params string[] args) => CliRunner.Run(database.Path, args);

    private JsonElement Json(params string[] args)
    {
        var r = Orkhon(args);
        Assert.True(r.ExitCode == ExitCodes.Success, r.ToString());
        return JsonDocument.Parse(r.Stdout).RootElement.Clone();
    }

    [Fact]
    public void Balance_Kazakhstan_UsesItsLatestConcept_AndSaysItIsAPolicyDocument()
    {
        var rows = Json("balance", "--country", "KAZ", "--format", "json");
        Assert.NotEmpty(rows.EnumerateArray());
        Assert.All(rows.EnumerateArray(), row =>
        {
            Assert.Equal("kazakhstan-2020", row.GetProperty("framework").GetString());
            var provenance = row.GetProperty("framework_provenance");
            Assert.Equal("policy-document", provenance.GetProperty("kind").GetString());
            Assert.Equal("https://adilet.zan.kz/eng/docs/U2000000280", provenance.GetProperty("source_url").GetString());
        });
        // The 2020 concept is in force from 6 March 2020: no earlier year is measured by it.
        Assert.Equal("2020", rows[0].GetProperty("period").GetProperty("label").GetString());
        Assert.Contains(rows.EnumerateArray(), r => r.GetProperty("events").GetInt32() > 0 && r.GetProperty("neighbour_dependence").ValueKind == JsonValueKind.Number);
    }

    [Fact]
    public void Balance_Kazakhstan2014_OverItsYears_SeesRussiaChinaAndCentralAsia()
    {
        var window = Assert.Single(Json("balance", "--country", "KAZ", "--framework", "kazakhstan-2014", "--by", "window", "--window", "2014..2019", "--format", "json").EnumerateArray());
        var pillars = window.GetProperty("pillars").EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!, p => p.GetProperty("events").GetInt32());
        Assert.True(pillars["russia"] > 0 && pillars["china"] > 0 && pillars["central-asia"] > 0, string.Join(", ", pillars));
    }

    [Fact]
    public void Balance_DefaultCountryIsStillMongolia_AndTheTableSaysItsFrameworkIsAnAnalystsConstruct()
    {
        var r = Orkhon("balance", "--from", "2023");
        Assert.True(r.ExitCode == ExitCodes.Success, r.ToString());
        Assert.Contains("Mongolia: engagement by pillar (mongolia-2023", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("Framework mongolia-2023: analyst's construct", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Pivot_Kazakhstan_ReportsCountryFrameworkAndProvenance()
    {
        var report = Json("pivot", "--country", "KAZ", "--pillar", "central-asia", "--before", "2014..2019", "--after", "2020..2025", "--format", "json");
        Assert.Equal("KAZ", report.GetProperty("country").GetString());
        Assert.Equal("kazakhstan-2020", report.GetProperty("framework").GetString());
        Assert.Equal("policy-document", report.GetProperty("framework_provenance").GetProperty("kind").GetString());
        Assert.True(report.GetProperty("total_after").GetInt32() > 0);

        var table = Orkhon("pivot", "--country", "KAZ", "--pillar", "central-asia", "--before", "2014..2019", "--after", "2020..2025");
        Assert.Contains("Framework kazakhstan-2020: policy document", table.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Tone_ByPillar_CarriesProvenance_ByPartner_DoesNot()
    {
        var byPillar = Json("tone", "--country", "KAZ", "--by", "pillar", "--format", "json");
        Assert.All(byPillar.EnumerateArray(), r => Assert.Equal("kazakhstan-2020", r.GetProperty("framework_provenance").GetProperty("framework").GetString()));
        var byPartner = Json("tone", "--country", "KAZ", "--format", "json");
        Assert.Contains(byPartner.EnumerateArray(), r => r.GetProperty("id").GetString() == "CHN");
        Assert.All(byPartner.EnumerateArray(), r => Assert.Equal(JsonValueKind.Null, r.GetProperty("framework_provenance").ValueKind));
    }

    [Fact]
    public void Report_Kazakhstan_NamesTheCountryAndItsFrameworksProvenance()
    {
        using var dir = new TempDirectory();
        var file = dir.File("kaz.html");
        var meta = Json("report", "--country", "KAZ", "--out", file, "--format", "json");
        Assert.Equal("KAZ", meta.GetProperty("country").GetString());
        Assert.Equal("policy-document", meta.GetProperty("framework_provenance").GetProperty("kind").GetString());
        var html = File.ReadAllText(file);
        Assert.Contains("Kazakhstan: engagement against its foreign-policy framework", html, StringComparison.Ordinal);
        Assert.Contains("Policy document</strong>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_CompareKazakhstan_AddsASideBySideSection_WithEachFrameworksProvenance()
    {
        using var dir = new TempDirectory();
        var file = dir.File("mng-kaz.html");
        var r = Orkhon("report", "--out", file, "--compare", "KAZ");
        Assert.True(r.ExitCode == ExitCodes.Success, r.ToString());
        var html = File.ReadAllText(file);
        var section = html[html.IndexOf("id=\"compare\"", StringComparison.Ordinal)..];
        Assert.Contains("Compared: Mongolia and Kazakhstan", section, StringComparison.Ordinal);
        Assert.Contains("analyst&#39;s construct</strong>", section, StringComparison.Ordinal);
        Assert.Contains("policy document</strong>", section, StringComparison.Ordinal);
        Assert.Contains("<th>KAZ neighbours</th>", section, StringComparison.Ordinal);
        Assert.Contains("<svg", section, StringComparison.Ordinal);
        // Thin periods (the demo data has some) show counts and "too few", never a bare index.
        Assert.Contains("<td><small>too few</small></td>", section, StringComparison.Ordinal);
        Assert.Contains("are left out of the chart", section, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FRA", "--compare: FRA has no framework")]
    [InlineData("mng", "--compare: MNG is the report's own country")]
    [InlineData("XXX", "--compare: 'XXX' is not a known actor code")]
    public void Report_CompareWithoutAFramework_IsAUsageError(string other, string message)
    {
        using var dir = new TempDirectory();
        var r = Orkhon("report", "--out", dir.File("x.html"), "--compare", other);
        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.Contains(message, r.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("x.html")));
    }

    [Fact]
    public void Compare_MongoliaAndKazakhstan_SamePeriods_EachWithItsFrameworkAndProvenance()
    {
        var report = Json("compare", "--country", "MNG", "--country", "KAZ", "--format", "json");
        var periods = report.GetProperty("periods").EnumerateArray().Select(p => p.GetString()).ToList();
        // Both frameworks are in force from 2020 (Kazakhstan's concept of 6 March 2020 is the later one).
        Assert.Equal("2020", periods[0]);
        var countries = report.GetProperty("countries").EnumerateArray().ToList();
        Assert.Equal(["MNG", "KAZ"], countries.Select(c => c.GetProperty("country").GetString()));
        Assert.Equal(["analyst-construct", "policy-document"], countries.Select(c => c.GetProperty("framework_provenance").GetProperty("kind").GetString()));
        Assert.All(countries, c => Assert.Equal(periods, c.GetProperty("periods").EnumerateArray().Select(p => p.GetProperty("period").GetProperty("label").GetString())));
    }

    [Fact]
    public void Compare_Windows_MeasureEachWindowWhole()
    {
        var report = Json("compare", "--country", "MNG", "KAZ", "--framework", "mongolia-2011", "kazakhstan-2014", "--by", "window", "--window", "1992..2010", "--window", "2011..2019", "--format", "json");
        Assert.Equal(["1992..2010", "2011..2019"], report.GetProperty("periods").EnumerateArray().Select(p => p.GetString()));
        Assert.All(report.GetProperty("countries").EnumerateArray(), c => Assert.True(c.GetProperty("periods")[0].GetProperty("events").GetInt32() > 0));
    }

    [Fact]
    public void Compare_Table_PrintsBothFootersAndAllPeriods()
    {
        var r = Orkhon("compare", "--country", "MNG", "KAZ");
        Assert.True(r.ExitCode == ExitCodes.Success, r.ToString());
        Assert.Contains("Mongolia (mongolia-2023) vs Kazakhstan (kazakhstan-2020)", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("Framework mongolia-2023: analyst's construct", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("Framework kazakhstan-2020: policy document", r.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--country: name two to 4 countries", "compare", "--country", "MNG")]
    [InlineData("--country: KAZ is named twice", "compare", "--country", "KAZ", "KAZ")]
    [InlineData("--framework: give one framework per country", "compare", "--country", "MNG", "KAZ", "--framework", "mongolia-2011")]
    [InlineData("--framework: 'mongolia-2011' is MNG's framework, not KAZ's", "compare", "--country", "KAZ", "MNG", "--framework", "mongolia-2011", "mongolia-2011")]
    [InlineData("--country: no framework for FRA", "compare", "--country", "MNG", "FRA")]
    [InlineData("--to: 2015 is before 2020, when kazakhstan-2020 came into force", "compare", "--country", "MNG", "KAZ", "--to", "2015")]
    public void Compare_BadRequests_ExitWithUsageAndAMessage(string message, params string[] args)
    {
        var r = Orkhon(args);
        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.Contains(message, r.Stderr, StringComparison.Ordinal);
        Assert.Empty(r.Stdout);
    }

    [Fact]
    public void Frameworks_Kazakhstan_ListsBothConceptsWithProvenance()
    {
        var rows = Json("frameworks", "--country", "KAZ", "--format", "json").EnumerateArray().ToList();
        Assert.Equal(["kazakhstan-2014", "kazakhstan-2020"], rows.Select(r => r.GetProperty("id").GetString()));
        Assert.All(rows, r => Assert.Equal("policy-document", r.GetProperty("provenance").GetString()));
    }
}
