using Orkhon.Exchange;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Exchange;

public sealed class IcewsReaderTests
{
    [Fact]
    public void Read_SampleFile_NamesResolvedCodesRestoredIdsWithDates()
    {
        var records = ExchangeTestData.Read(IcewsReader.Default, ExchangeTestData.File("icews-sample.tab"));

        Assert.Equal(4, records.Count);
        var visit = records[0].Event!;
        Assert.Equal(("MNG", "KAZ", "042", "2022-05-03", "Astana"), (visit.Source.Code, visit.Target.Code, visit.Cameo.Value, visit.Date.ToString(), visit.Location));
        Assert.Equal("icews-2022-05-03-7001", visit.Id);

        // The same Event ID on another day is another event.
        Assert.Equal("icews-2022-05-04-7001", records[1].Event!.Id);
        Assert.Equal("0211", records[1].Event!.Cameo.Value);
        Assert.Equal(("RUS", "100"), (records[2].Event!.Source.Code, records[2].Event!.Cameo.Value));
        Assert.Equal(ImportRecordKind.Skipped, records[3].Kind);
        Assert.Equal(5, records[3].Line);
        Assert.Contains("'Atlantis'", records[3].Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("42", "042")]     // the zero the number lost
    [InlineData("211", "0211")]   // 211 has no root 21: four digits with the zero
    [InlineData("100", "100")]    // a three-digit code as written
    [InlineData("40", "040")]     // how a root is written: its "not specified" code
    [InlineData("1711", "1711")]
    [InlineData("57", "057")]
    public void TryRestore_IcewsNumbers_CameoCodes(string written, string expected)
    {
        Assert.True(IcewsCameoCode.TryRestore(written, CameoCatalog.Default, out var code));
        Assert.Equal(expected, code.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("4a")]
    [InlineData("999")]
    [InlineData("12345")]
    public void TryRestore_NotACode_False(string written) =>
        Assert.False(IcewsCameoCode.TryRestore(written, CameoCatalog.Default, out _));

    [Theory]
    [InlineData("042", "42")]
    [InlineData("04", "40")]   // ICEWS has no two-digit roots
    [InlineData("10", "100")]
    [InlineData("0211", "211")]
    public void Write_Codes_AsIcewsNumbersThatReadBack(string code, string written)
    {
        var cameo = Orkhon.Domain.CameoCode.Parse(code);
        Assert.Equal(written, IcewsCameoCode.Write(cameo));
        Assert.True(IcewsCameoCode.TryRestore(written, CameoCatalog.Default, out var back));
        Assert.Equal(cameo.Root, back.Root);
    }

    [Fact]
    public void Read_HeaderWithoutRequiredColumn_FileFails()
    {
        var record = Assert.Single(ExchangeTestData.ReadText(IcewsReader.Default, "Event ID\tEvent Date\tSource Country\n1\t2022-01-01\tMongolia\n"));
        Assert.Equal(ImportRecordKind.FileFailed, record.Kind);
        Assert.Equal("the header row lacks the ICEWS column(s) 'CAMEO Code', 'Target Country'", record.Reason);
    }

    [Theory]
    [InlineData("x1\t2022-01-01\tMongolia\t42\tChina", "Event ID 'x1' is not a positive integer")]
    [InlineData("1\t2022-02-30\tMongolia\t42\tChina", "Event Date '2022-02-30' is not a day (YYYY-MM-DD)")]
    [InlineData("1\t2022-01-01\tMongolia\t999\tChina", "CAMEO Code '999' is not a code in the CAMEO catalogue, with or without a leading zero")]
    [InlineData("1\t2022-01-01\tMongolia\t42", "4 columns, the header has 5")]
    public void Read_BadRow_Reason(string row, string reason)
    {
        var records = ExchangeTestData.ReadText(IcewsReader.Default, "Event ID\tEvent Date\tSource Country\tCAMEO Code\tTarget Country\n" + row + "\n");
        var record = Assert.Single(records);
        Assert.Equal((ImportRecordKind.Bad, 2L, reason), (record.Kind, record.Line, record.Reason));
    }
}
