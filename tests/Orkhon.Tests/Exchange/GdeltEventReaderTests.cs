using System.IO.Compression;
using Orkhon.Domain;
using Orkhon.Exchange;

namespace Orkhon.Tests.Exchange;

public sealed class GdeltEventReaderTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Read_SampleFile_EventsKeepCodesDatesActorsAndSource()
    {
        var records = ExchangeTestData.Read(GdeltEventReader.Default, ExchangeTestData.File("gdelt-sample.export.CSV"));

        Assert.Equal(4, records.Count);
        var visit = records[0].Event!;
        Assert.Equal("gdelt-900000001", visit.Id);
        Assert.Equal("MNG", visit.Source.Code); // from the actor country code, the role suffix (MNGGOV) dropped
        Assert.Equal("KGZ", visit.Target.Code);
        Assert.Equal("042", visit.Cameo.Value); // leading zero kept
        Assert.Equal("2029-06-19", visit.Date.ToString());
        Assert.Equal("Bishkek, Kyrgyzstan", visit.Location);
        Assert.Equal(EventOrigin.Imported, visit.Origin);
        var source = Assert.IsType<SourceEvidence>(Assert.Single(visit.Evidences));
        Assert.Equal("https://example.org/wire/mng-kgz-visit", source.Url);
        Assert.Equal("GDELT event 900000001", source.Note);

        Assert.Equal("0311", records[1].Event!.Cameo.Value); // four digits with the leading zero
        Assert.Equal("MNG", records[1].Event!.Target.Code); // MNGBUS resolved through its country code
    }

    [Fact]
    public void Read_OneSidedOrUnknownActor_SkippedWithReasonNotError()
    {
        var records = ExchangeTestData.Read(GdeltEventReader.Default, ExchangeTestData.File("gdelt-sample.export.CSV"));

        Assert.Equal(ImportRecordKind.Skipped, records[2].Kind);
        Assert.Equal(3, records[2].Line);
        Assert.Contains("no Actor2", records[2].Reason, StringComparison.Ordinal);
        Assert.Equal(ImportRecordKind.Skipped, records[3].Kind);
        Assert.Contains("'ZZZ' is not a country or organisation", records[3].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BadRows_NamedByLineWithReason()
    {
        var records = ExchangeTestData.Read(GdeltEventReader.Default, ExchangeTestData.File("gdelt-bad.export.CSV"));

        Assert.Equal([ImportRecordKind.Event, ImportRecordKind.Bad, ImportRecordKind.Bad, ImportRecordKind.Bad, ImportRecordKind.Event], records.Select(r => r.Kind));
        Assert.Equal((2, "4 columns, a GDELT 2.0 event has 61 (tab-separated)"), (records[1].Line, records[1].Reason));
        Assert.Equal((3, "SQLDATE '20231341' is not a day (YYYYMMDD)"), (records[2].Line, records[2].Reason));
        Assert.Equal(4, records[3].Line);
        Assert.StartsWith("EventCode '04A' is not a CAMEO code", records[3].Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0", "GLOBALEVENTID '0' is not a positive integer")]
    [InlineData("-5", "GLOBALEVENTID '-5' is not a positive integer")]
    [InlineData("12x", "GLOBALEVENTID '12x' is not a positive integer")]
    public void Read_BadEventId_Refused(string id, string reason)
    {
        var row = Row(id, "20230709", "MNG", "CHN", "042");
        Assert.Equal(reason, Assert.Single(ExchangeTestData.ReadText(GdeltEventReader.Default, row)).Reason);
    }

    [Theory]
    [InlineData("0999", "not in the CAMEO catalogue")] // the shape of a code, but no such code
    [InlineData("42", "is not a CAMEO code")]           // GDELT keeps the zero: 42 would be root 42, which does not exist
    [InlineData("", "is not a CAMEO code")]
    public void Read_BadEventCode_Refused(string code, string reason)
    {
        var record = Assert.Single(ExchangeTestData.ReadText(GdeltEventReader.Default, Row("1", "20230709", "MNG", "CHN", code)));
        Assert.Equal(ImportRecordKind.Bad, record.Kind);
        Assert.Contains(reason, record.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Zip_ReadsTheOneFileInside()
    {
        var zip = _dir.File("20230709.export.CSV.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            archive.CreateEntryFromFile(ExchangeTestData.File("gdelt-sample.export.CSV"), "20230709.export.CSV");
        }

        var records = ExchangeTestData.Read(GdeltEventReader.Default, zip);
        Assert.Equal(2, records.Count(r => r.Kind == ImportRecordKind.Event));
    }

    [Fact]
    public void Read_TruncatedZip_FileErrorNotEvents()
    {
        var zip = _dir.File("t.export.CSV.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            var entry = archive.CreateEntry("t.export.CSV");
            using var w = new StreamWriter(entry.Open());
            for (var i = 1; i <= 2000; i++)
            {
                w.Write(Row(i.ToString(System.Globalization.CultureInfo.InvariantCulture), "20230709", "MNG", "CHN", "042"));
            }
        }

        var bytes = File.ReadAllBytes(zip);
        var cut = _dir.WriteBytes("cut.export.CSV.zip", bytes[..(bytes.Length / 2)]);
        var (lines, _, owner, error) = ImportSource.Open(cut);
        owner?.Dispose();
        lines?.Dispose();

        // Either the archive's directory (at its end) is missing, or the data ends early: never silently fewer rows.
        Assert.NotNull(error);
        Assert.Contains("zip", error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Read_InvalidUtf8_FatalAtItsLine()
    {
        var good = System.Text.Encoding.UTF8.GetBytes(Row("1", "20230709", "MNG", "CHN", "042"));
        byte[] bad = [.. System.Text.Encoding.UTF8.GetBytes(Row("2", "20230709", "MNG", "CHN", "042").TrimEnd('\n')), 0xC3, 0x28, (byte)'\n'];
        var path = _dir.WriteBytes("u.CSV", [.. good, .. bad]);

        var records = ExchangeTestData.Read(GdeltEventReader.Default, path);
        Assert.Equal(ImportRecordKind.Event, records[0].Kind);
        Assert.Equal((ImportRecordKind.FileFailed, 2L, "invalid UTF-8"), (records[1].Kind, records[1].Line, records[1].Reason));
        Assert.Equal(2, records.Count);
    }

    /// <summary>A GDELT row of our own with the given id, day, actor countries and event code.</summary>
    internal static string Row(string id, string day, string source, string target, string code)
    {
        var f = new string[GdeltColumns.Count];
        Array.Fill(f, "");
        f[GdeltColumns.GlobalEventId] = id;
        f[GdeltColumns.SqlDate] = day;
        f[GdeltColumns.Actor1Code] = f[GdeltColumns.Actor1CountryCode] = source;
        f[GdeltColumns.Actor2Code] = f[GdeltColumns.Actor2CountryCode] = target;
        f[GdeltColumns.EventCode] = code;
        f[GdeltColumns.SourceUrl] = "https://example.org/wire/" + id;
        return string.Join('\t', f) + "\n";
    }
}
