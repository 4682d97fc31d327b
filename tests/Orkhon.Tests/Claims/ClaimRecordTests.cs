using Orkhon.Claims;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Claims;

public sealed class ClaimRecordTests
{
    // Loading runs every check (codes, levels, dates, and that each row repeats its knowledge-base row's source).
    [Fact]
    public void Default_Loads()
    {
        var record = ClaimRecord.Default;
        Assert.NotEmpty(record.Statuses);
        Assert.NotEmpty(record.Partnerships);
        Assert.Equal(["MNG", "KAZ"], record.Countries.Order(StringComparer.Ordinal).Reverse());
    }

    // The dates the issue names, each checked against a public source (see the rows' source_url).
    [Theory]
    [InlineData("SCO", "observer", "2004-06-17")]
    [InlineData("OSCE", "member", "2012-11-21")]
    [InlineData("WTO", "member", "1997-01-29")]
    [InlineData("UN", "member", "1961-10-27")]
    [InlineData("ASEM", "member", "2007-05/2008-10")]
    [InlineData("ARF", "member", "1998-07-27")]
    public void Statuses_HaveTheSourcedDates(string organisation, string status, string from) =>
        Assert.Contains(ClaimRecord.Default.Statuses, s => s.Country == "MNG" && s.Organisation == organisation && s.Status == status && s.From.ToString() == from);

    // Kazakhstan's dates, each checked against the public source its row cites.
    [Theory]
    [InlineData("CIS", "1991-12-21")]
    [InlineData("OSCE", "1992-01-30")]
    [InlineData("UN", "1992-03-02")]
    [InlineData("ADB", "1994-01")]
    [InlineData("OIC", "1995-12")]
    [InlineData("SCO", "2001-06-15")]
    [InlineData("CSTO", "2002-10-07")] // the organisation's charter, not the 1992 treaty
    [InlineData("OTS", "2009-10-03")]
    [InlineData("EAEU", "2015-01-01")]
    [InlineData("WTO", "2015-11-30")]
    public void Statuses_Kazakhstan_HaveTheSourcedDates(string organisation, string from) =>
        Assert.Contains(ClaimRecord.Default.Statuses, s => s.Country == "KAZ" && s.Organisation == organisation && s.Status == "member" && s.From.ToString() == from);

    // Every row of a covered country that names no knowledge-base row still cites a web source of its own.
    [Fact]
    public void Statuses_Kazakhstan_AllCiteASource() =>
        Assert.All(ClaimRecord.Default.Statuses.Where(s => s.Country == "KAZ"), s => Assert.StartsWith("http", s.SourceUrl, StringComparison.Ordinal));

    // A status row and the knowledge-base row it names tell the same change in the same year.
    [Fact]
    public void Statuses_AgreeWithTheirKnowledgeBaseRows()
    {
        var events = KnowledgeBase.Shipped.Events.ToDictionary(e => e.Id);
        foreach (var s in ClaimRecord.Default.Statuses.Where(s => s.Event is not null))
        {
            var e = events[s.Event!];
            Assert.True(e.Date!.Value.Overlaps(s.From) || e.Date.Value.Earliest.Year == s.From.Earliest.Year, $"line {s.Line}: {s.From} vs {e.Date}");
            Assert.Contains(s.Organisation, new[] { e.Source.Code, e.Target.Code });
        }

        foreach (var p in ClaimRecord.Default.Partnerships)
        {
            var e = events[p.Event];
            Assert.True(e.Date!.Value.Overlaps(p.Date), $"line {p.Line}: {p.Date} vs {e.Date}");
            Assert.True(p.Concerns(e.Source.Code, e.Target.Code), $"line {p.Line}: {p.Country}-{p.Partner} vs {e.Source.Code}-{e.Target.Code}");
        }
    }

    [Fact]
    public void Load_BadRows_AreReportedWithTheirLines()
    {
        var statuses = "country\torganisation\tstatus\tfrom\tuntil\tevent\tsource_url\n"
            + "XXX\tSCO\tmember\t2004\t\t\thttps://example.org\n"                    // unknown country
            + "MNG\tSCO\tfriend\t2004\t\t\thttps://example.org\n"                    // unknown status
            + "MNG\tSCO\tobserver\tsoon\t\t\thttps://example.org\n"                  // not a date
            + "MNG\tSCO\tobserver\t2004\t\t2004-06-17-mng-sco-observer-status\thttps://example.org\n"; // source differs from the KB row's
        var partnerships = "country\tpartner\tlevel\tdate\tevent\tsource_url\nMNG\tCHN\tcosy\t2014\tx\thttps://example.org\n";
        var levels = "level\tname\timplies\nstrategic\tstrategic partnership\tnone\n";
        var coverage = "country\tvisits_from\tvisits\tnote\nMNG\t1987\tsome\t\n";                      // neither full nor selection
        var e = Assert.Throws<DataFileException>(() => ClaimRecord.Load(Table("s.tsv", statuses), Table("p.tsv", partnerships), Table("l.tsv", levels),
            Table("c.tsv", coverage), ReferenceData.Default, [KnowledgeBase.Mongolia, KnowledgeBase.Kazakhstan]));
        Assert.Contains(e.Errors, x => x.File == "s.tsv" && x.Line == 2 && x.Message.Contains("country", StringComparison.Ordinal));
        Assert.Contains(e.Errors, x => x.File == "s.tsv" && x.Line == 3 && x.Message.Contains("status", StringComparison.Ordinal));
        Assert.Contains(e.Errors, x => x.File == "s.tsv" && x.Line == 4 && x.Message.Contains("ISO 8601", StringComparison.Ordinal));
        Assert.Contains(e.Errors, x => x.File == "s.tsv" && x.Line == 5 && x.Message.Contains("source differs", StringComparison.Ordinal));
        Assert.Contains(e.Errors, x => x.File == "p.tsv" && x.Line == 2 && x.Message.Contains("level", StringComparison.Ordinal));
        Assert.Contains(e.Errors, x => x.File == "l.tsv" && x.Message.Contains("implies 'none'", StringComparison.Ordinal));
        Assert.Contains(e.Errors, x => x.File == "c.tsv" && x.Line == 2 && x.Message.Contains("full or selection", StringComparison.Ordinal));
        Assert.Contains(e.Errors, x => x.File == "c.tsv" && x.Message.Contains("slice for KAZ", StringComparison.Ordinal));
    }

    private static TsvTable Table(string name, string text) => TsvTable.Read(name, new StringReader(text));
}
