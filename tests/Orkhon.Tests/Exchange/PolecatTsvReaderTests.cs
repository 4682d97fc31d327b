using Orkhon.Domain;
using Orkhon.Exchange;
using Orkhon.Storage;

namespace Orkhon.Tests.Exchange;

public sealed class PolecatTsvReaderTests : IDisposable
{
    private const string Header = "Event ID\tEvent Date\tEvent Type\tActor Country\tRecipient Country";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Read_SampleFileThroughPloverReader_TsvDetectedTypesMappedIdsKept()
    {
        var records = ExchangeTestData.Read(PloverReader.Default, ExchangeTestData.File("polecat-sample.tsv"));

        Assert.Equal(4, records.Count);
        var consult = records[0].Event!;
        Assert.Equal(("plover-ork-pc-0001", "MNG", "KAZ", "04", "2023-03-14", "Astana"),
            (consult.Id, consult.Source.Code, consult.Target.Code, consult.Cameo.Value, consult.Date.ToString(), consult.Location));
        Assert.Equal(EventOrigin.Imported, consult.Origin);
        var agree = records[1].Event!;
        Assert.Equal(("CHN", "MNG", "03", (string?)null), (agree.Source.Code, agree.Target.Code, agree.Cameo.Value, agree.Location));

        // ACCUSE with no mode spreads over CAMEO 09 and 11: kept as PLOVER codes it, as in the JSON form.
        Assert.Equal((ImportRecordKind.Plover, 4L), (records[2].Kind, records[2].Line));
        var accuse = records[2].Plover!;
        Assert.Equal(("plover-ork-pc-0003", "ACCUSE", (string?)null, "RUS", "USA", "2023-03-16"),
            (accuse.Id, accuse.Type, accuse.Mode, accuse.Source, accuse.Target, accuse.Date.ToString()));
        Assert.Equal((ImportRecordKind.Skipped, 5L), (records[3].Kind, records[3].Line));
        Assert.Equal("Actor Country 'ATL' is not a country or organisation Orkhon knows", records[3].Reason);
    }

    [Theory]
    [InlineData("ACCUSE\tinvestigate\t", "09")]
    [InlineData("accuse\tAllege\tlegal", "11")]
    [InlineData("COERCE\trestrict\tmilitary", "191")]          // the context decides
    [InlineData("COERCE\trestrict\teconomic, military", "191")] // contexts separated by commas
    public void Read_ModeAndContexts_OneCameoCode(string typeModeContexts, string code)
    {
        var text = "Event ID\tEvent Date\tEvent Type\tEvent Mode\tContexts\tActor Country\tRecipient Country\n"
            + $"e1\t2023-01-01\t{typeModeContexts}\tMNG\tKAZ\n";
        var record = Assert.Single(ExchangeTestData.ReadText(PloverReader.Default, text));
        Assert.Equal(code, record.Event!.Cameo.Value);
    }

    [Fact]
    public void Read_NoOneCameoCode_KeptWithModeAndContexts()
    {
        var text = "Event ID\tEvent Date\tEvent Type\tEvent Mode\tContexts\tActor Country\tRecipient Country\tPlacename\n"
            + "e1\t2023-01-01\tCOERCE\tRestrict\tEconomic;Legal\tCHN\tMNG\tErenhot\n";
        var record = Assert.Single(ExchangeTestData.ReadText(PloverReader.Default, text));
        var kept = record.Plover!;
        Assert.Equal(("plover-e1", "COERCE", "restrict", "CHN", "MNG", "Erenhot"), (kept.Id, kept.Type, kept.Mode, kept.Source, kept.Target, kept.Location));
        Assert.Equal(["economic", "legal"], kept.Contexts);
    }

    [Fact]
    public void Read_JsonLinesStillJson_NotTakenForAHeader()
    {
        var record = Assert.Single(ExchangeTestData.ReadText(PloverReader.Default,
            "\n{\"id\": \"j1\", \"date\": \"2023-03-14\", \"event\": \"CONSULT\", \"source\": \"MNG\", \"target\": \"KAZ\"}\n"));
        Assert.Equal(("plover-j1", "04"), (record.Event!.Id, record.Event.Cameo.Value));
    }

    [Fact]
    public void Read_HeaderWithoutRequiredColumn_FileFails()
    {
        var record = Assert.Single(ExchangeTestData.ReadText(PloverReader.Default, "Event ID\tEvent Date\tActor Country\nx\t2023-01-01\tMNG\n"));
        Assert.Equal((ImportRecordKind.FileFailed, 1L), (record.Kind, record.Line));
        Assert.Equal("the header row lacks the POLECAT column(s) 'Event Type', 'Recipient Country'", record.Reason);
    }

    [Theory]
    [InlineData("e1\t2023-01-01\tCONSULT\tMNG", "4 columns, the header has 5")]                            // a tab lost
    [InlineData("e1\t2023-01-01\tCONSULT\tMNG\tKAZ\t", "6 columns, the header has 5")]                      // a tab too many
    [InlineData("e1\t2023-02-30\tCONSULT\tMNG\tKAZ", "Event Date '2023-02-30' is not a day (YYYY-MM-DD)")] // no such day
    [InlineData("e1\t14/03/2023\tCONSULT\tMNG\tKAZ", "Event Date '14/03/2023' is not a day (YYYY-MM-DD)")]
    [InlineData("e1\t2023-01-01\tCONSULTATION\tMNG\tKAZ", "Event Type 'CONSULTATION' is not a PLOVER event type")]
    [InlineData("e1\t2023-01-01\t042\tMNG\tKAZ", "Event Type '042' is not a PLOVER event type")]          // a CAMEO code in the PLOVER column
    [InlineData("\t2023-01-01\tCONSULT\tMNG\tKAZ", "no Event ID")]
    public void Read_BadRow_Reason(string row, string reason)
    {
        var record = Assert.Single(ExchangeTestData.ReadText(PolecatTsvReader.Default.Read, Header + "\n" + row + "\n"));
        Assert.Equal((ImportRecordKind.Bad, 2L, reason), (record.Kind, record.Line, record.Reason));
    }

    [Fact]
    public void ImportFile_InvalidUtf8_FileFailsNamingLineAndStoresNothing()
    {
        byte[] bytes = [.. System.Text.Encoding.UTF8.GetBytes(Header + "\ne1\t2023-01-01\tCONSULT\tMNG\tKAZ\ne2\t2023-01-02\tCONSULT\tMNG\t"), 0xC3, 0x28, (byte)'\n'];
        var path = _dir.WriteBytes("broken.tsv", bytes);
        using var store = SqliteEventStore.Open(_dir.File("o.db"));

        var result = EventImporter.ImportFile(store, path, PloverReader.Default, new ImportOptions());

        Assert.False(result.Committed);
        Assert.Equal($"{path}:3: invalid UTF-8", Assert.Single(result.Errors).ToString());
        Assert.Empty(store.QueryEvents(new EventQuery { Origin = EventOrigin.Imported }));
    }

    [Fact]
    public void ImportFile_BadRows_CountedNothingStoredThenAllowPartialKeepsGoodOnes()
    {
        var path = _dir.Write("mixed.tsv", Header + "\ne1\t2023-01-01\tCONSULT\tMNG\tKAZ\ne2\t2023-13-01\tCONSULT\tMNG\tKAZ\ne3\t2023-01-03\tHUG\tMNG\tKAZ\n");
        using var store = SqliteEventStore.Open(_dir.File("o.db"));

        var whole = EventImporter.ImportFile(store, path, PloverReader.Default, new ImportOptions());
        Assert.False(whole.Committed);
        Assert.Equal([$"{path}:3: Event Date '2023-13-01' is not a day (YYYY-MM-DD)", $"{path}:4: Event Type 'HUG' is not a PLOVER event type"],
            whole.Errors.Select(e => e.ToString()));
        Assert.Empty(store.QueryEvents(new EventQuery { Origin = EventOrigin.Imported }));

        var gaveUp = EventImporter.ImportFile(store, path, PloverReader.Default, new ImportOptions { AllowPartial = true, MaxErrors = 1 });
        Assert.True(gaveUp.GaveUp);
        Assert.Empty(store.QueryEvents(new EventQuery { Origin = EventOrigin.Imported }));

        var partial = EventImporter.ImportFile(store, path, PloverReader.Default, new ImportOptions { AllowPartial = true });
        Assert.True(partial.Committed);
        Assert.Equal(["plover-e1"], store.QueryEvents(new EventQuery { Origin = EventOrigin.Imported }).Select(e => e.Id));
    }

    [Fact]
    public void ImportFile_SampleTwice_SecondChangesNothing()
    {
        using var store = SqliteEventStore.Open(_dir.File("o.db"));
        var path = ExchangeTestData.File("polecat-sample.tsv");

        var first = EventImporter.ImportFile(store, path, PloverReader.Default, new ImportOptions());
        var afterFirst = store.QueryEvents(new EventQuery { Origin = EventOrigin.Imported });
        var second = EventImporter.ImportFile(store, path, PloverReader.Default, new ImportOptions());
        var afterSecond = store.QueryEvents(new EventQuery { Origin = EventOrigin.Imported });

        Assert.True(first.Committed && second.Committed);
        Assert.Equal((1L, 1L, 1L, 1L), (first.Skipped, second.Skipped, first.KeptAsPlover, second.KeptAsPlover));
        Assert.Equal(["plover-ork-pc-0003"], store.QueryPloverEvents(new EventQuery()).Select(k => k.Id));
        Assert.Equal(1, store.GetStatistics().PloverEvents);
        Assert.Equal(["plover-ork-pc-0001", "plover-ork-pc-0002"], afterFirst.Select(e => e.Id).Order(StringComparer.Ordinal));
        Assert.Equal(afterFirst.Select(e => (e.Id, e.Cameo, e.Date, e.Evidences.Count)), afterSecond.Select(e => (e.Id, e.Cameo, e.Date, e.Evidences.Count)));
    }
}
